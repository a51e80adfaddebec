/**
 * The free cells of a sheet (headings, the signature block, `_meta`): value or formula, style, merge.
 */
import { rangeA1 } from '../geometry/bounds';
import type { CellPlan, CellStyle } from '../layout/plan';
import { parseRangeAddress } from './_lib/address';
import { asText } from './_lib/text';
import { writeOp, type WriteOp } from './writeOp';

const ALIGNMENT: Readonly<Record<NonNullable<CellStyle['align']>, 'Left' | 'Center' | 'Right'>> = {
  left: 'Left',
  center: 'Center',
  right: 'Right',
};

function applyStyle(range: Excel.Range, style: CellStyle): void {
  if (style.bold !== undefined) range.format.font.bold = style.bold;
  if (style.italic !== undefined) range.format.font.italic = style.italic;
  if (style.size !== undefined) range.format.font.size = style.size;
  if (style.color !== undefined) range.format.font.color = style.color;
  if (style.fill !== undefined) range.format.fill.color = style.fill;
  if (style.align !== undefined) range.format.horizontalAlignment = ALIGNMENT[style.align];
  if (style.wrap !== undefined) range.format.wrapText = style.wrap;
}

/**
 * The write of one free cell. A merged cell is styled over the whole merge, so centring spans it.
 * @param sheet - the sheet name
 * @param cell - the planned cell
 * @returns the write
 * @example
 * cellOp('Tổng hợp', { address: 'A1', value: 'BẢNG TỔNG HỢP', style: { bold: true }, mergeAcross: 6 })
 */
export function cellOp(sheet: string, cell: CellPlan): WriteOp {
  const located = parseRangeAddress(cell.address);
  const merge =
    located && cell.mergeAcross !== undefined && cell.mergeAcross > 1
      ? rangeA1({ ...located.bounds, right: located.bounds.left + cell.mergeAcross - 1 })
      : null;
  // A value is text as planned: one Excel would read as a number, date or formula gets the text prefix.
  const value = asText(cell.value);
  const content = cell.formula !== undefined ? [[cell.formula]] : value !== null ? [[value]] : null;
  return writeOp('cell', sheet, content, (session) => {
    const ws = session.sheet(sheet);
    const range = ws.getRange(cell.address);
    // The format comes before the content: a text format keeps a code such as 001 as typed.
    if (cell.style?.numberFormat !== undefined) range.numberFormat = [[cell.style.numberFormat]];
    if (cell.formula !== undefined) range.formulas = [[cell.formula]];
    else if (value !== null) range.values = [[value]];
    const styled = merge ? ws.getRange(merge) : range;
    if (merge) styled.merge(false);
    if (cell.style) applyStyle(styled, cell.style);
  });
}
