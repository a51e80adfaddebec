import { measureHeader, SCORE_HEADERS, TABLES } from '../contract';
import type { Criterion, Issue, ScoreRow, TieBreak } from '../model';
import { criteriaTree, isMeasured } from '../scoring';
import type { WorkbookData } from '../workbook';
import type { Reading } from './_lib/reading';
import { headerKey } from './tableRows';
import type { ColumnSpec } from './tableRows';
import { readTableRows } from './tableRows';
import { inputKey } from '../cellCodecs';

/** Which scores table: the reviewed scores (Chấm điểm) or the units' own (Tự chấm). */
export type ScoresTable = typeof TABLES.scores | typeof TABLES.selfScores;

/**
 * Reads a scores table: one column per criterion, headed by its code, and for the reviewed scores
 * one column per tie-break input, found by {@link inputKey} of its header. Computed columns (total,
 * rank, proposal) are not read: the workbook computes them, the domain recomputes them. A unit whose
 * criterion cells are all blank is unscored: its values are all null, never 0.
 * @param data - what the host read back
 * @param name - `Scores` or `SelfScores`
 * @param criteria - the criteria, whose codes head the columns
 * @param tieBreaks - the tie-break chain, whose `input` links name extra columns
 * @returns the rows, each with its 1-based data row; unusable when the table or a column is missing
 * @example
 * readScores(data, 'Scores', criteria, tieBreaks).value[0] // { row: 1, unit: 'VP', values: { 'I.1': 9.5 }, inputs: { ty_le_phieu_bau: 80 } }
 */
export function readScores(
  data: WorkbookData,
  name: ScoresTable,
  criteria: readonly Criterion[],
  tieBreaks: readonly TieBreak[],
): Reading<ScoreRow[]> {
  const isReviewed = name === TABLES.scores;
  const spec: Record<string, ColumnSpec> = {
    unit: { header: SCORE_HEADERS.unit, kind: 'code', required: true },
  };
  // Headings are summed by the sheet and measured criteria's points computed from their measure: only
  // what the officer types is read.
  const tree = criteriaTree(criteria);
  const typed = tree.leaves.filter((c) => !isMeasured(c));
  const measured = tree.leaves.filter(isMeasured);
  for (const c of typed) {
    spec[`criterion:${c.code}`] = {
      header: c.code,
      kind: 'points',
      required: true,
      matches: (h) => headerKey(h) === headerKey(c.code),
    };
  }
  for (const c of measured) {
    // Found by the code before the unit, so a unit reworded in the catalogue still finds its column.
    const prefix = headerKey(`${c.code} (`);
    spec[`measure:${c.code}`] = {
      header: measureHeader(c.code, c.measureUnit),
      kind: 'number',
      required: true,
      matches: (h) => headerKey(h).startsWith(prefix),
    };
  }
  const inputs = tieBreaks.flatMap((t) => (t.kind === 'input' ? [t] : []));
  for (const t of inputs) {
    // Councils fill the tie-break inputs on the reviewed scores only.
    spec[`input:${t.key}`] = {
      header: t.header,
      kind: 'number',
      required: isReviewed,
      matches: (h) => inputKey(h) === t.key,
    };
  }
  const presence = isReviewed ? 'required' : 'optional';
  const table = readTableRows(data, name, spec, presence);
  // An input column missing from the self-scores is not there to read, rather than blank.
  const present = inputs.filter((t) => (table.columns[`input:${t.key}`] ?? -1) >= 0);
  // The spec keys are built once, not once per row and column: a Ministry file has 60,000 score cells.
  const criterionKeys = typed.map((c): Pair => [c.code, `criterion:${c.code}`]);
  const measureKeys = measured.map((c): Pair => [c.code, `measure:${c.code}`]);
  const inputKeys = present.map((t): Pair => [t.key, `input:${t.key}`]);
  const unreadable = unreadableCells(table.issues, spec);
  const value = table.rows.map(({ row, cells }): ScoreRow => {
    const scoreRow: ScoreRow = {
      row,
      unit: cells.unit as string,
      values: pick(cells, criterionKeys),
      inputs: pick(cells, inputKeys),
    };
    if (measureKeys.length > 0) scoreRow.measures = pick(cells, measureKeys);
    const bad = unreadable.get(row);
    if (bad !== undefined) {
      scoreRow.unreadable = bad;
      // What the sheet's sums pass over counts as nothing here too.
      for (const code of bad) {
        if (code in scoreRow.values) scoreRow.values[code] = null;
        if (scoreRow.measures !== undefined && code in scoreRow.measures) scoreRow.measures[code] = null;
      }
    }
    return scoreRow;
  });
  return { value, issues: table.issues, usable: table.usable };
}

/**
 * Codes of a cell that holds no number for the sheet's formulas: text that is not a number, and a number
 * typed as text ("5,5", " 7 "), which Excel's SUM and COUNT pass over as the sheet's status formula does.
 * The unit is held until the cell holds a number, so the sheet and the ranking never disagree.
 */
const NOT_A_NUMBER_CELL: ReadonlySet<string> = new Set([
  'NUMBER_INVALID',
  'NUMBER_AS_TEXT',
  'NUMBER_DECIMAL_COMMA',
  'NUMBER_PERCENT',
  'POINTS_ARE_DATE',
]);

/**
 * The criterion cells of each row that hold something that is not a number: reading reported them (by
 * the column's header of the specification), and the unit is held until they are fixed.
 */
function unreadableCells(
  issues: readonly Issue[],
  spec: Readonly<Record<string, ColumnSpec>>,
): Map<number, string[]> {
  const codeOfHeader = new Map<string, string>();
  for (const [key, column] of Object.entries(spec)) {
    const code = /^(?:criterion|measure):(.*)$/s.exec(key)?.[1];
    if (code !== undefined) codeOfHeader.set(column.header, code);
  }
  const byRow = new Map<number, string[]>();
  for (const issue of issues) {
    if (!NOT_A_NUMBER_CELL.has(issue.code) || issue.row === null || issue.column === null) continue;
    const code = codeOfHeader.get(issue.column);
    if (code !== undefined) byRow.set(issue.row, [...(byRow.get(issue.row) ?? []), code]);
  }
  return byRow;
}

/** A name in the model and the key of its cell in the row read. */
type Pair = readonly [name: string, key: string];

/**
 * `{ [name]: cells[key] }` for each pair, the object Object.fromEntries would build: a plain loop,
 * since fromEntries costs several times more and runs on every row of both scores tables.
 */
function pick(
  cells: Readonly<Record<string, unknown>>,
  pairs: readonly Pair[],
): Record<string, number | null> {
  const picked: Record<string, number | null> = {};
  for (const [name, key] of pairs) {
    const value = cells[key] as number | null;
    // Assigning "__proto__" would set the prototype, not a property; a code is whatever was typed.
    if (name === '__proto__') {
      Object.defineProperty(picked, name, { value, enumerable: true, writable: true, configurable: true });
    } else picked[name] = value;
  }
  return picked;
}
