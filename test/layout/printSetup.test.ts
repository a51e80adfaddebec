import fc from 'fast-check';
import { columnSpan, printedWidth, printSetup } from '../../src/layout/_lib/printSetup';

/** A4 between Excel's default margins, in points (as the module computes it). */
const PRINTABLE = { landscape: 842 - 2 * 50.4, portrait: 595 - 2 * 50.4 };

describe('printSetup', () => {
  const widths = fc.array(fc.array(fc.integer({ min: 1, max: 80 }), { minLength: 1, maxLength: 60 }), {
    minLength: 1,
    maxLength: 9,
  });

  it('fits to the page width only where the text stays at 8 pt or more of 11 pt', () => {
    fc.assert(
      fc.property(widths, (blocks) => {
        const plan = printSetup({ blocks, area: null, repeatRows: '$3:$3', repeatColumns: '$A:$B' });
        const widest = Math.max(...blocks.map(printedWidth));
        const scale = PRINTABLE[plan.orientation] / widest;
        expect(plan.paper).toBe('A4');
        if (plan.fitToWidth) {
          expect(Math.min(1, scale) * 11).toBeGreaterThanOrEqual(8);
          expect(plan.repeatColumns).toBeNull();
        } else {
          expect(plan.scale).toBe(85);
          expect(plan.orientation).toBe('landscape');
          expect(plan.repeatColumns).toBe('$A:$B');
        }
      }),
    );
  });

  it('prints portrait exactly when every block fits a portrait page at full size', () => {
    fc.assert(
      fc.property(widths, (blocks) => {
        const plan = printSetup({ blocks, area: null, repeatRows: null });
        const fitsPortrait = blocks.every((b) => printedWidth(b) <= PRINTABLE.portrait);
        expect(plan.orientation === 'portrait').toBe(fitsPortrait);
      }),
    );
  });

  it('gives a table whole columns as its print range, up to the last printed one', () => {
    const table = {
      name: 'Units',
      sheet: 'Danh mục',
      origin: { row: 1, col: 6 },
      headers: ['a', 'b', 'c', 'd'],
      rowCount: 3,
    };
    expect(columnSpan(table)).toBe('$G:$J');
    expect(columnSpan(table, 1)).toBe('$G:$H');
    expect(columnSpan({ ...table, origin: { row: 2, col: 0 } }, 31)).toBe('$A:$AF');
  });
});
