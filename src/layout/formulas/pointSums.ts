/**
 * Sums over the criterion cells of a row, written as ranges of adjacent columns
 * (`SUM([@[I.1]:[III.2]])`) rather than one term per criterion: a 30-criterion table still gives a
 * formula a council member can read.
 */
import type { Criterion, CriterionKind } from '../../domain/model';
import { thisRowSpan } from './refs';

/** A table holding one column per criterion (Scores, SelfScores), as its row formulas see it. */
export interface CriterionColumns {
  /** Every header of the table, in table order: adjacency decides the ranges. */
  headers: readonly string[];
  /** The catalogue; a criterion without a column in the table counts nothing. */
  criteria: readonly Criterion[];
  /**
   * The header a criterion's points are read from, where it is not the criterion's own column: in the
   * Scores table, a criterion without parts counts the council's combined score where members scored
   * it (`Điểm tính <code>`). Absent: every criterion's points are its own column.
   */
  pointsHeader?: (code: string) => string;
}

/**
 * The column a criterion's points are read from: the table's points column for it when the table has
 * one, else the criterion's own column.
 * @param table - the table's headers and its points columns
 * @param code - the criterion's code
 * @returns the header
 * @example
 * pointHeader({ headers: ['I.1', 'Điểm tính I.1'], criteria, pointsHeader: (c) => `Điểm tính ${c}` }, 'I.1') // 'Điểm tính I.1'
 */
export function pointHeader(table: CriterionColumns, code: string): string {
  const mapped = table.pointsHeader?.(code);
  return mapped !== undefined && table.headers.includes(mapped) ? mapped : code;
}

/**
 * The ranges of adjacent columns covering some criteria of the row, in table order: one reference per
 * run of criteria that sit side by side (another column in between starts a new run).
 * @param table - the table's headers and the catalogue
 * @param codes - the criterion codes to cover
 * @returns `[@[a]:[b]]` / `[@[a]]` references, empty when none of the codes has a column
 * @example
 * criterionRuns({ headers: ['Mã đơn vị', 'I.1', 'I.2', 'Ghi chú', 'II.1'], criteria }, ['I.1', 'I.2', 'II.1'])
 * // ['[@[I.1]:[I.2]]', '[@[II.1]]']
 */
export function criterionRuns(table: CriterionColumns, codes: readonly string[]): string[] {
  return headerRuns(table, codes).map(([first, last]) => thisRowSpan(first, last));
}

/**
 * The runs of adjacent columns covering some headers, in table order, each as its first and last header.
 * @param table - the table's headers
 * @param headers - the headers to cover
 * @returns `[first, last]` per run
 * @example
 * headerRuns({ headers: ['Mã đơn vị', 'I.1', 'I.2', 'Ghi chú', 'II.1'], criteria }, ['I.1', 'I.2', 'II.1'])
 * // [['I.1', 'I.2'], ['II.1', 'II.1']]
 */
export function headerRuns(
  table: Pick<CriterionColumns, 'headers'>,
  headers: readonly string[],
): [string, string][] {
  const wanted = new Set(headers);
  const runs: [string, string][] = [];
  let first: string | null = null;
  let last: string | null = null;
  for (const header of table.headers) {
    if (wanted.has(header)) {
      first ??= header;
      last = header;
      continue;
    }
    if (first !== null && last !== null) runs.push([first, last]);
    first = null;
    last = null;
  }
  if (first !== null && last !== null) runs.push([first, last]);
  return runs;
}

function codesOf(table: CriterionColumns, criteria: readonly Criterion[], kind: CriterionKind): string[] {
  return criteria
    .map((c) => ({ c, header: pointHeader(table, c.code) }))
    .filter(({ c, header }) => c.kind === kind && table.headers.includes(header))
    .map(({ header }) => header);
}

/**
 * `SUM(…)` over the criteria of one kind, or null when the table has no column of that kind.
 * @param table - the table's headers and the catalogue
 * @param kind - standard, bonus or deduction
 * @param criteria - the criteria to take (default: the whole catalogue)
 * @returns the sum, or null
 * @example
 * kindSum(table, 'deduction') // 'SUM([@[TR.1]:[TR.2]])'
 */
export function kindSum(
  table: CriterionColumns,
  kind: CriterionKind,
  criteria: readonly Criterion[] = table.criteria,
): string | null {
  const runs = criterionRuns(table, codesOf(table, criteria, kind));
  return runs.length === 0 ? null : `SUM(${runs.join(',')})`;
}

/**
 * Standard plus bonus points minus deductions (entered positive) over some criteria of the row, in the
 * order the domain adds them (`unitTotal`): `SUM(standard)+SUM(bonus)-SUM(deductions)`, a kind
 * without columns left out; `0` when there is nothing to add.
 * @param table - the table's headers and the catalogue
 * @param criteria - the criteria to take (default: the whole catalogue)
 * @returns the expression
 * @example
 * netPoints(table) // 'SUM([@[I.1]:[III.2]])+SUM([@[TH.1]])-SUM([@[TR.1]:[TR.2]])'
 */
export function netPoints(table: CriterionColumns, criteria: readonly Criterion[] = table.criteria): string {
  const standard = kindSum(table, 'standard', criteria);
  const bonus = kindSum(table, 'bonus', criteria);
  const deduction = kindSum(table, 'deduction', criteria);
  const added = [standard, bonus].filter((term): term is string => term !== null).join('+');
  if (deduction === null) return added === '' ? '0' : added;
  return `${added}-${deduction}`;
}

/**
 * `COUNT(…)` over every criterion cell of the row: 0 means the unit has not been scored, which the
 * domain reads as "no total" (a blank, never 0).
 * @param table - the table's headers and the catalogue
 * @returns the count expression, or null when the table has no criterion column
 * @example
 * criterionCount(table) // 'COUNT([@[I.1]:[TR.2]])'
 */
export function criterionCount(table: CriterionColumns): string | null {
  const runs = criterionRuns(
    table,
    table.criteria.map((c) => pointHeader(table, c.code)),
  );
  return runs.length === 0 ? null : `COUNT(${runs.join(',')})`;
}
