import { parseAreasAddress, parseRangeAddress } from '../../src/excel/_lib/address';
import { columnRangeA1, rangeA1 } from '../../src/geometry/bounds';
import { quoteSheetName } from '../../src/geometry/sheetName';
import { charsToPoints } from '../../src/excel/_lib/units';

describe('range addresses', () => {
  it('reads the addresses Office.js returns, with Vietnamese and quoted sheet names', () => {
    expect(parseRangeAddress("'Chấm điểm'!A3:H40")).toEqual({
      sheet: 'Chấm điểm',
      bounds: { top: 2, left: 0, bottom: 39, right: 7 },
    });
    expect(parseRangeAddress('Sheet1!B2')).toEqual({
      sheet: 'Sheet1',
      bounds: { top: 1, left: 1, bottom: 1, right: 1 },
    });
    expect(parseRangeAddress("'It''s'!AA10:AB11")?.sheet).toBe("It's");
    expect(parseRangeAddress('C3:D4')).toEqual({
      sheet: null,
      bounds: { top: 2, left: 2, bottom: 3, right: 3 },
    });
  });

  it('refuses what is not a rectangular A1 range', () => {
    expect(parseRangeAddress('Sheet1!A:A')).toBeNull();
    expect(parseRangeAddress('not an address')).toBeNull();
  });

  it('writes what it reads', () => {
    for (const text of ['A1', 'B2:D9', 'AA10:AB11']) {
      const parsed = parseRangeAddress(text);
      expect(parsed && rangeA1(parsed.bounds)).toBe(text);
    }
    expect(columnRangeA1(27)).toBe('AB:AB');
  });

  it('reads a RangeAreas address: rectangles separated by commas, never inside a quoted sheet name', () => {
    expect(parseAreasAddress("'Chấm điểm'!B4:C1003, 'Chấm điểm'!AI4:AU1003")).toEqual([
      { sheet: 'Chấm điểm', bounds: { top: 3, left: 1, bottom: 1002, right: 2 } },
      { sheet: 'Chấm điểm', bounds: { top: 3, left: 34, bottom: 1002, right: 46 } },
    ]);
    expect(parseAreasAddress("'Điểm, ''24'!E5,'Điểm, ''24'!F6:F7").map((area) => area.sheet)).toEqual([
      "Điểm, '24",
      "Điểm, '24",
    ]);
    expect(parseAreasAddress('Sheet1!A1')).toHaveLength(1);
    // A part that is not a rectangle (whole columns) is left out, and so is nothing at all.
    expect(parseAreasAddress('Sheet1!H:H, Sheet1!B2')).toEqual([
      { sheet: 'Sheet1', bounds: { top: 1, left: 1, bottom: 1, right: 1 } },
    ]);
    expect(parseAreasAddress('')).toEqual([]);
  });

  it('quotes sheet names only where Excel needs it', () => {
    expect(quoteSheetName('Scores')).toBe('Scores');
    expect(quoteSheetName('Chấm điểm')).toBe("'Chấm điểm'");
    expect(quoteSheetName("It's")).toBe("'It''s'");
  });
});

describe('column widths', () => {
  it('converts characters to points as Excel does', () => {
    expect(charsToPoints(8.43)).toBe(48);
    expect(charsToPoints(12)).toBe(66.75);
  });
});
