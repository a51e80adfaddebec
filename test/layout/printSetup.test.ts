import fc from 'fast-check';
import {
  columnSpan,
  libreOfficeColumnPoints,
  pageStarts,
  printedWidth,
  printSetup,
} from '../../src/layout/_lib/printSetup';

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

describe('pageStarts', () => {
  const columns = fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 3, maxLength: 120 });

  it.each([
    ['Excel', undefined],
    ['LibreOffice', libreOfficeColumnPoints],
  ] as const)(
    'fills each page of a split sheet up to its width with the unit columns repeated (%s widths)',
    (_program, points) => {
      const width = points ?? ((w: number) => printedWidth([w]));
      fc.assert(
        fc.property(columns, (widths) => {
          const plan = printSetup({
            blocks: [[...widths, 400]],
            area: null,
            repeatRows: null,
            repeatColumns: '$A:$B',
          });
          const starts = pageStarts(plan, widths, 2, points);
          const room = PRINTABLE[plan.orientation] / ((plan.scale ?? 100) / 100);
          const repeated = width(widths[0] ?? 0) + width(widths[1] ?? 0);
          const pages = [0, ...starts, widths.length];
          for (let p = 0; p + 1 < pages.length; p++) {
            const from = pages[p] ?? 0;
            const to = pages[p + 1] ?? 0;
            const used = (p === 0 ? 0 : repeated) + widths.slice(from, to).reduce((a, w) => a + width(w), 0);
            // A page holds its columns, or one column alone when it is wider than the room.
            if (to - from > 1) expect(used).toBeLessThanOrEqual(room + 1e-9);
            // And it could not have taken the next one.
            if (to < widths.length) expect(used + width(widths[to] ?? 0)).toBeGreaterThan(room);
          }
          expect([...starts].sort((a, b) => a - b)).toEqual(starts);
        }),
      );
    },
  );

  it('finds no page start on a sheet that fits the page width', () => {
    const plan = printSetup({ blocks: [[10, 20, 30]], area: null, repeatRows: null });
    expect(plan.fitToWidth).toBe(true);
    expect(pageStarts(plan, [10, 20, 30], 2)).toEqual([]);
  });
});
