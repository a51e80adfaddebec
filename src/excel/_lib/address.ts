/**
 * A1 range addresses as Office.js writes and reads them (`'Chấm điểm'!A1:H40`). The host computes every
 * address it writes from the plan and from what it read, so the arithmetic lives in one place.
 */
import { a1, columnLetters, parseA1 } from '../../domain/workbook';

/** Zero-based, inclusive bounds of a rectangular range. */
export interface RangeBounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * The A1 text of a range on its sheet, without the sheet name.
 * @param bounds - zero-based inclusive bounds
 * @returns `B2:D9`, or `B2` for a single cell
 * @example
 * rangeA1({ top: 1, left: 1, bottom: 8, right: 3 }) // 'B2:D9'
 */
export function rangeA1(bounds: RangeBounds): string {
  const start = a1({ row: bounds.top, col: bounds.left });
  if (bounds.top === bounds.bottom && bounds.left === bounds.right) return start;
  return `${start}:${a1({ row: bounds.bottom, col: bounds.right })}`;
}

/**
 * The A1 text of whole sheet columns.
 * @param col - zero-based column
 * @returns `C:C` for column 2
 * @example
 * columnRangeA1(2) // 'C:C'
 */
export function columnRangeA1(col: number): string {
  const letters = columnLetters(col);
  return `${letters}:${letters}`;
}

/**
 * A sheet name as it appears before `!` in a formula or an address: quoted when it holds anything but
 * letters, digits and underscores, with inner quotes doubled.
 * @param name - the sheet name
 * @returns the name, quoted where Excel needs it
 * @example
 * quoteSheetName('Chấm điểm') // "'Chấm điểm'"
 */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * Reads an address as Office.js returns it (`range.address`): an optional sheet prefix, then a cell or
 * a rectangular range.
 * @param address - e.g. `'Chấm điểm'!A1:H40`, `Sheet1!B2`, `C3:D4`
 * @returns the sheet name (null without prefix) and the bounds, or null when the text is not such an address
 * @example
 * parseRangeAddress("'Đăng ký'!A1:G3") // { sheet: 'Đăng ký', bounds: { top: 0, left: 0, bottom: 2, right: 6 } }
 */
export function parseRangeAddress(address: string): { sheet: string | null; bounds: RangeBounds } | null {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(address.trim());
  const sheet = m ? (m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? null)) : null;
  const local = m ? (m[3] ?? '') : address.trim();
  const [first, second] = local.split(':');
  const start = first === undefined ? null : parseA1(first);
  const end = second === undefined ? start : parseA1(second);
  if (!start || !end) return null;
  return {
    sheet,
    bounds: {
      top: Math.min(start.row, end.row),
      left: Math.min(start.col, end.col),
      bottom: Math.max(start.row, end.row),
      right: Math.max(start.col, end.col),
    },
  };
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
export function parseAreasAddress(address: string): { sheet: string | null; bounds: RangeBounds }[] {
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
