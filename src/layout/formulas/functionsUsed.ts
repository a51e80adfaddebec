/**
 * Every spreadsheet function the plan's formulas (columns, cells, names, conditional formats) call.
 * All of them are evaluated alike by Excel 2019, LibreOffice 7.4 and HyperFormula, and none is newer
 * than Excel 2007, so a file stores them without an `_xlfn.` prefix. The tests check every formula of a
 * plan against this list; a new function must be added here on purpose.
 *
 * Left out on purpose: RANK/RANK.EQ (no groups; HyperFormula has none), AVERAGEIFS (HyperFormula),
 * MAXIFS/MINIFS (the ordinal lookup makes them unnecessary), MEDIAN over an array, IFS, dynamic arrays
 * (FILTER, SORTBY, UNIQUE, LET, XLOOKUP), and TRUE/FALSE literals.
 */
export const FUNCTIONS_USED = [
  'ABS',
  'AND',
  'COUNT',
  'COUNTA',
  'COUNTIF',
  'COUNTIFS',
  'DAY',
  'IF',
  'IFERROR',
  'INDEX',
  'INT',
  'LEFT',
  'ISNUMBER',
  'ISTEXT',
  'LOWER',
  'MATCH',
  'MIN',
  'MOD',
  'MONTH',
  'NOT',
  'OR',
  'RIGHT',
  'ROUND',
  'ROW',
  'SMALL',
  'SUM',
  'SUMIFS',
  'SUMPRODUCT',
  'UPPER',
  'YEAR',
] as const;

/** A function of {@link FUNCTIONS_USED}. */
export type FunctionUsed = (typeof FUNCTIONS_USED)[number];
