import { SCORE_HEADERS, TABLES } from '../contract';
import type { Criterion, ScoreRow, TieBreak } from '../model';
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
  for (const c of criteria) {
    spec[`criterion:${c.code}`] = {
      header: c.code,
      kind: 'number',
      required: true,
      matches: (h) => headerKey(h) === headerKey(c.code),
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
  const criterionKeys = criteria.map((c): Pair => [c.code, `criterion:${c.code}`]);
  const inputKeys = present.map((t): Pair => [t.key, `input:${t.key}`]);
  const value = table.rows.map(({ row, cells }) => ({
    row,
    unit: cells.unit as string,
    values: pick(cells, criterionKeys),
    inputs: pick(cells, inputKeys),
  }));
  return { value, issues: table.issues, usable: table.usable };
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
