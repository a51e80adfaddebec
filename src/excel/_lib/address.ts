/**
 * Range addresses as Office.js returns them (`'Chấm điểm'!A1:H40`): the sheet before `!`, then a block
 * of cells. The A1 arithmetic itself is the geometry layer's (`geometry/bounds`).
 */
import type { CellBounds } from '../../domain/workbook';
import { parseRangeA1 } from '../../geometry/bounds';

/**
 * Reads an address as Office.js returns it (`range.address`): an optional sheet prefix, then a cell or
 * a rectangular range.
 * @param address - e.g. `'Chấm điểm'!A1:H40`, `Sheet1!B2`, `C3:D4`
 * @returns the sheet name (null without prefix) and the bounds, or null when the text is not such an address
 * @example
 * parseRangeAddress("'Đăng ký'!A1:G3") // { sheet: 'Đăng ký', bounds: { top: 0, left: 0, bottom: 2, right: 6 } }
 */
export function parseRangeAddress(address: string): { sheet: string | null; bounds: CellBounds } | null {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(address.trim());
  const sheet = m ? (m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? null)) : null;
  const bounds = parseRangeA1(m ? (m[3] ?? '') : address.trim());
  return bounds === null ? null : { sheet, bounds };
}

/**
 * Reads the address of a `RangeAreas` as Office.js returns it: its rectangles, each with its sheet,
 * separated by commas (`'Chấm điểm'!B4:C1003, 'Chấm điểm'!AI4:AU1003`). A comma inside a quoted sheet
 * name does not separate; a part that is not a rectangle (a whole column such as `H:H`) is left out.
 * @param address - the `RangeAreas.address`
 * @returns the rectangles, in the order given
 * @example
 * parseAreasAddress("'Tổng hợp'!B9:C48, 'Tổng hợp'!E9") // two rectangles on 'Tổng hợp'
 */
export function parseAreasAddress(address: string): { sheet: string | null; bounds: CellBounds }[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    // A doubled quote inside a quoted name toggles twice, which leaves it quoted.
    if (ch === "'") quoted = !quoted;
    else if (ch === ',' && !quoted) {
      parts.push(address.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(address.slice(start));
  return parts.flatMap((part) => {
    const located = part.trim() === '' ? null : parseRangeAddress(part);
    return located === null ? [] : [located];
  });
}
