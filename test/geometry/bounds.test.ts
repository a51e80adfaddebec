import fc from 'fast-check';
import { intersects, parseRangeA1, rangeA1 } from '../../src/geometry/bounds';
import { bodyRows, columnBody, columnOf, tableBounds } from '../../src/geometry/tableGeometry';
import { tableAt } from './support/tables';

const bounds = fc
  .tuple(fc.nat(2000), fc.nat(300), fc.nat(50), fc.nat(20))
  .map(([top, left, height, width]) => ({ top, left, bottom: top + height, right: left + width }));

describe('blocks of cells', () => {
  it('reads back the A1 text it writes', () => {
    fc.assert(fc.property(bounds, (b) => expect(parseRangeA1(rangeA1(b))).toEqual(b)));
  });

  it('reads corners in either order and refuses what is no block', () => {
    expect(parseRangeA1('F40:B3')).toEqual({ top: 2, left: 1, bottom: 39, right: 5 });
    expect(parseRangeA1('$C$2')).toEqual({ top: 1, left: 2, bottom: 1, right: 2 });
    expect(parseRangeA1('H:H')).toBeNull();
    expect(parseRangeA1('')).toBeNull();
  });

  it('says two blocks meet exactly when they share a cell', () => {
    fc.assert(
      fc.property(bounds, bounds, (a, b) => {
        let shared = false;
        for (let r = a.top; r <= a.bottom && !shared; r++) {
          shared = r >= b.top && r <= b.bottom && a.left <= b.right && b.left <= a.right;
        }
        expect(intersects(a, b)).toBe(shared);
        expect(intersects(b, a)).toBe(shared);
      }),
    );
  });
});

describe('table geometry', () => {
  const units = tableAt('Units', 'Danh mục', 'B3', ['Mã đơn vị', 'Tên đơn vị', 'Mã cụm', 'Số người'], 10);

  it('covers the header row and the data rows', () => {
    expect(tableBounds(units)).toEqual({ top: 2, left: 1, bottom: 12, right: 4 });
    expect(rangeA1(columnBody(units, columnOf(units, 'Mã cụm') ?? -1))).toBe('D4:D13');
  });

  it('keeps one blank data row in a table with none, as Excel does', () => {
    const empty = { ...units, rowCount: 0 };
    expect(bodyRows(empty)).toBe(1);
    expect(tableBounds(empty)).toEqual({ top: 2, left: 1, bottom: 3, right: 4 });
  });

  it('finds a column by its exact header only', () => {
    expect(columnOf(units, 'Mã đơn vị')).toBe(1);
    expect(columnOf(units, 'mã đơn vị')).toBeNull();
  });
});
