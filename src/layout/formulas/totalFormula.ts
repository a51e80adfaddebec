import { thisRow } from './refs';
import { criterionCount, netPoints, type CriterionColumns } from './pointSums';

/**
 * The row total (`Tổng điểm`, `Tổng tự chấm`): standard plus bonus points minus deductions, ROUNDed to
 * the campaign's precision so that totals equal on paper compare equal when ranked; blank when no
 * criterion cell of the row holds a number (an unscored unit is blank, never 0).
 *
 * Same semantics as the domain's `unitTotal`: text in a criterion cell counts as blank on both sides.
 *
 * @param table - the table's headers (in order) and the criteria catalogue
 * @param precision - decimals kept
 * @returns the formula; `=""` when the table has no criterion column
 * @example
 * totalFormula({ headers: ['Mã đơn vị', 'I.1', 'I.2', 'TR.1'], criteria }, 2)
 * // '=IF(COUNT([@[I.1]:[TR.1]])=0,"",ROUND(SUM([@[I.1]:[I.2]])-SUM([@[TR.1]]),2))'
 */
export function totalFormula(table: CriterionColumns, precision: number): string {
  const count = criterionCount(table);
  if (count === null) return '=""';
  return `=IF(${count}=0,"",ROUND(${netPoints(table)},${precision}))`;
}

/**
 * Guards a row formula on a total: blank while the total is blank.
 * @param totalHeader - header of the total column
 * @param expression - what the cell shows once there is a total
 * @returns `=IF([@[total]]="","",expression)`
 * @example
 * whenTotal('Tổng điểm', 'ROUND(SUM([@[I.1]]),2)') // '=IF([@[Tổng điểm]]="","",ROUND(SUM([@[I.1]]),2))'
 */
export function whenTotal(totalHeader: string, expression: string): string {
  return `=IF(${thisRow(totalHeader)}="","",${expression})`;
}
