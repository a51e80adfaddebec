import { SCORE_HEADERS, TABLES } from '../../contract';
import type { Campaign, Criterion, Issue, ScoreRow } from '../../model';
import { makeIssue } from '../../issues';

/** Points typed as 10.000000001 after a paste are still 10; anything above by more is above. */
const MAX_TOLERANCE = 1e-9;

/**
 * Checks one table of points — the reviewed Scores or the SelfScores — row by row: a known unit
 * scored once; then either "not scored yet" (no criterion has points: one warning for the row, not
 * one per cell) or, for a scored unit, every cell: no blank standard criterion, nothing negative,
 * nothing above the criterion's maximum.
 *
 * Deductions are typed as positive points taken away. A negative deduction is reported per cell;
 * when the same column also holds positive deductions, the message says the column mixes signs.
 *
 * Only criteria of the catalogue are read: a column for an unknown code, or a catalogue criterion
 * whose column is missing (its code absent from `values`), is reported when the table is read.
 *
 * @param campaign - the campaign: units and criteria
 * @param rows - the rows of the table
 * @param table - `TABLES.scores` or `TABLES.selfScores`
 * @returns issues in row order, each row's in column order
 * @example
 * // criterion I.1 is worth at most 60 points
 * scoreTableIssues(campaign, [{ row: 1, unit: 'U1', values: { 'I.1': 70 }, inputs: {} }], 'Scores')
 *   .map((i) => i.code) //=> ['SCORE_ABOVE_MAX']
 */
export function scoreTableIssues(campaign: Campaign, rows: readonly ScoreRow[], table: string): Issue[] {
  const units = new Set(campaign.units.map((u) => u.code));
  const criteria = firstPerCode(campaign.criteria);
  const signs = deductionSigns(criteria, rows);
  const firstRowOf = new Map<string, number>();
  const issues: Issue[] = [];

  for (const row of rows) {
    const scored = criteria.some((c) => pointsOf(row, c.code) !== null);
    const unitBlank = row.unit.trim() === '';
    // An empty line left in the table says nothing; a line with points but no unit does.
    if (unitBlank && !scored) continue;
    const unitCell = { table, row: row.row, column: SCORE_HEADERS.unit };
    if (!units.has(row.unit))
      issues.push(makeIssue('SCORE_UNIT_UNKNOWN', { unit: row.unit.trim() }, unitCell));
    const first = firstRowOf.get(row.unit);
    if (first === undefined) firstRowOf.set(row.unit, row.row);
    else issues.push(makeIssue('SCORE_UNIT_DUPLICATE', { unit: row.unit, firstRow: first }, unitCell));

    if (!scored) {
      issues.push(makeIssue('UNIT_UNSCORED', { unit: row.unit }, unitCell));
      continue;
    }
    for (const criterion of criteria) {
      if (!(criterion.code in row.values)) continue;
      const issue = cellIssue(row, criterion, signs.get(criterion.code), table);
      if (issue !== null) issues.push(issue);
    }
  }
  return issues;
}

function cellIssue(
  row: ScoreRow,
  criterion: Criterion,
  signs: { positives: number; negatives: number } | undefined,
  table: string,
): Issue | null {
  const where = { table, row: row.row, column: criterion.code };
  const value = pointsOf(row, criterion.code);
  const unit = row.unit;
  if (value === null) {
    return criterion.kind === 'standard'
      ? makeIssue('SCORE_MISSING', { unit, criterion: criterion.code }, where)
      : null;
  }
  if (value < 0) {
    if (criterion.kind !== 'deduction') {
      return makeIssue('SCORE_NEGATIVE', { unit, criterion: criterion.code, value }, where);
    }
    return signs !== undefined && signs.positives > 0
      ? makeIssue('DEDUCTION_MIXED_SIGNS', { unit, criterion: criterion.code, value, ...signs }, where)
      : makeIssue('DEDUCTION_NEGATIVE', { unit, criterion: criterion.code, value }, where);
  }
  // A maximum that is not a positive number is reported on the Criteria table; nothing to compare.
  if (Number.isFinite(criterion.max) && criterion.max > 0 && value > criterion.max + MAX_TOLERANCE) {
    return makeIssue(
      'SCORE_ABOVE_MAX',
      {
        unit,
        criterion: criterion.code,
        value,
        max: criterion.max,
        deduction: criterion.kind === 'deduction',
      },
      where,
    );
  }
  return null;
}

/** How many cells of each deduction column are positive and negative, to tell a slip from a habit. */
function deductionSigns(
  criteria: readonly Criterion[],
  rows: readonly ScoreRow[],
): Map<string, { positives: number; negatives: number }> {
  const signs = new Map<string, { positives: number; negatives: number }>();
  for (const criterion of criteria) {
    if (criterion.kind !== 'deduction') continue;
    const count = { positives: 0, negatives: 0 };
    for (const row of rows) {
      const value = pointsOf(row, criterion.code);
      if (value !== null && value > 0) count.positives += 1;
      if (value !== null && value < 0) count.negatives += 1;
    }
    signs.set(criterion.code, count);
  }
  return signs;
}

/** A cell's points, or null when blank or not a number (an unreadable cell is reported on reading). */
function pointsOf(row: ScoreRow, code: string): number | null {
  const value = row.values[code];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** A repeated criterion code is one column: check it once, by its first definition. */
function firstPerCode(criteria: readonly Criterion[]): Criterion[] {
  const byCode = new Map<string, Criterion>();
  for (const criterion of criteria) if (!byCode.has(criterion.code)) byCode.set(criterion.code, criterion);
  return [...byCode.values()];
}

/**
 * Units of the catalogue with no row in the reviewed Scores table: they would not be ranked at all.
 * (Self-scores are the units' own submissions; a missing one is not the officer's table to fill.)
 * @param campaign - the campaign: units and scores
 * @returns one warning per missing unit, in catalogue order
 * @example
 * missingScoreRowIssues({ ...campaign, scores: [] }).length //=> campaign.units.length
 */
export function missingScoreRowIssues(campaign: Campaign): Issue[] {
  const scored = new Set(campaign.scores.map((r) => r.unit));
  const reported = new Set<string>();
  const issues: Issue[] = [];
  for (const unit of campaign.units) {
    if (scored.has(unit.code) || reported.has(unit.code)) continue;
    reported.add(unit.code);
    issues.push(
      makeIssue(
        'SCORE_ROW_MISSING',
        { unit: unit.code, name: unit.name },
        { table: TABLES.scores, row: null, column: SCORE_HEADERS.unit },
      ),
    );
  }
  return issues;
}
