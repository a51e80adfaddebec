/**
 * Conditional formats with a custom formula (ExcelApi 1.6). The formula is A1, relative to the range's
 * top-left cell: Excel refuses structured references there.
 */
import type { ConditionalFormatPlan } from '../layout/plan';
import { writeOp, type WriteOp } from './writeOp';

/**
 * The writes of a sheet's conditional formats. Each distinct range is cleared once before its formats
 * are added, so applying the plan again replaces them instead of stacking copies.
 * @param sheet - the sheet name
 * @param formats - the planned formats of that sheet
 * @returns the writes, in plan order
 * @example
 * conditionalFormatOps('Chấm điểm', [{ sheet: 'Chấm điểm', range: 'H2:H41', formula: '=H2=1', fill: '#C6EFCE', meaning: 'Dẫn đầu cụm' }])
 */
export function conditionalFormatOps(sheet: string, formats: readonly ConditionalFormatPlan[]): WriteOp[] {
  const cleared = new Set<string>();
  return formats.map((format) => {
    const clearFirst = !cleared.has(format.range);
    cleared.add(format.range);
    return writeOp('conditionalFormat', sheet, format, (session) => {
      const range = session.sheet(sheet).getRange(format.range);
      if (clearFirst) range.conditionalFormats.clearAll();
      const added = range.conditionalFormats.add('Custom');
      added.custom.rule.formula = format.formula;
      if (format.fill !== undefined) added.custom.format.fill.color = format.fill;
      if (format.fontColor !== undefined) added.custom.format.font.color = format.fontColor;
      // A conditional format has no inside lines: each cell's four edges rule the range.
      if (format.ruled === true) {
        for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const) {
          added.custom.format.borders.getItem(edge).style = 'Continuous';
        }
      }
    });
  });
}
