import { measureHeader, SCORE_HEADERS, TABLES, TOTAL_SUBJECT } from '../../contract';
import type { Campaign, Criterion, Issue, ScoreRow } from '../../model';
import { makeIssue } from '../../issues';
import { statusReason } from '../../rank';
import {
  isMeasured,
  MAX_TOLERANCE,
  measureOf,
  numberOrNull,
  ruleValue,
  scoreUnit,
  scoringContext,
  type ScoreProblem,
  type ScoringContext,
} from '../../scoring';

/** Counts of a deduction column's positive and negative cells, to tell a slip from a habit. */
interface Signs {
  positives: number;
  negatives: number;
}

/**
 * Checks one table of points — the reviewed Scores or the SelfScores — row by row: a known unit
 * scored once; then either "not scored yet" (nothing typed: one warning for the row, not one per cell)
 * or, for a scored unit, the score errors that hold a unit in the ranking (`scoreProblems`), each on its
 * cell: a blank standard criterion of the unit's scoring table, a negative point or measure, points above
 * the maximum, points under a criterion of another table. A cell that is not a number was reported when
 * the table was read, and is not reported again. Typed points of a criterion with steps in the Tiers
 * table should be the points of a step.
 *
 * Deductions are typed as positive points taken away. A negative deduction is reported per cell;
 * when the same column also holds positive deductions, the message says the column mixes signs.
 *
 * In the reviewed Scores, the row the ranking reads for a unit (its first) also says why the unit has no
 * rank: held by its score errors (Chờ sửa lỗi), or left out by a rule (Không xét).
 *
 * @param campaign - the campaign: units, clusters and their scoring tables, criteria, tiers, exclusions
 * @param rows - the rows of the table
 * @param table - `TABLES.scores` or `TABLES.selfScores`
 * @returns issues in row order: each row's cells in catalogue order, then its unit's status
 * @example
 * // criterion I.1 is worth at most 60 points
 * scoreTableIssues(campaign, [{ row: 1, unit: 'U1', values: { 'I.1': 70 }, inputs: {} }], 'Scores')
 *   .map((i) => i.code) //=> ['SCORE_ABOVE_MAX', 'SCORE_UNIT_HELD']
 */
export function scoreTableIssues(campaign: Campaign, rows: readonly ScoreRow[], table: string): Issue[] {
  const context = scoringContext(campaign);
  const clusterOf = new Map<string, string>();
  for (const unit of campaign.units) if (!clusterOf.has(unit.code)) clusterOf.set(unit.code, unit.cluster);
  const signs = deductionSigns(context.tree.leaves, rows);
  const firstRowOf = new Map<string, number>();
  const issues: Issue[] = [];

  for (const row of rows) {
    const cluster = clusterOf.get(row.unit);
    // The same score the ranking computes: a unit of no known cluster is on the main table. It is
    // unscored when nothing was typed: no points, no measure, nothing that is not a number.
    const score = scoreUnit(context, row, cluster ?? '');
    const scored = score.status !== 'unscored';
    const unitBlank = row.unit.trim() === '';
    // An empty line left in the table says nothing; a line with points but no unit does.
    if (unitBlank && !scored) continue;
    const unitCell = { table, row: row.row, column: SCORE_HEADERS.unit };
    if (cluster === undefined)
      issues.push(makeIssue('SCORE_UNIT_UNKNOWN', { unit: row.unit.trim() }, unitCell));
    const first = firstRowOf.get(row.unit);
    if (first === undefined) firstRowOf.set(row.unit, row.row);
    else issues.push(makeIssue('SCORE_UNIT_DUPLICATE', { unit: row.unit, firstRow: first }, unitCell));

    if (!scored) {
      issues.push(makeIssue('UNIT_UNSCORED', { unit: row.unit }, unitCell));
      continue;
    }
    const unitTable = context.clusterTables.get(cluster ?? '') ?? '';
    // A typed cell's problem is the cell's; the members' rows say theirs on the council sheet.
    const problemOf = new Map(
      score.problems.filter((p) => p.kind !== 'review').map((p) => [p.criterion, p] as const),
    );
    for (const leaf of context.tree.leaves) {
      const problem = problemOf.get(leaf.code);
      const issue =
        problem === undefined
          ? notATierIssue(context, row, leaf, table)
          : problemIssue(problem, row, leaf, { table, unitTable, signs: signs.get(leaf.code) });
      if (issue !== null) issues.push(issue);
    }
    // Only the row the ranking reads has a status: a repeated row, or an unknown unit's, has none.
    if (table !== TABLES.scores || cluster === undefined || first !== undefined) continue;
    if (score.status === 'held') {
      issues.push(
        makeIssue(
          'SCORE_UNIT_HELD',
          { unit: row.unit, status: statusReason(score, null), problems: score.problems },
          unitCell,
        ),
      );
    } else if (score.status === 'excluded' && score.exclusion !== null) {
      const rule = score.exclusion;
      const value = ruleValue(context, rule.criterion, row, score.points, score.total);
      issues.push(
        makeIssue(
          'SCORE_UNIT_EXCLUDED',
          {
            unit: row.unit,
            status: statusReason(score, value),
            reason: rule.reason,
            subject: rule.criterion ?? TOTAL_SUBJECT,
            value,
            comparison: rule.comparison,
            threshold: rule.value,
            ruleRow: campaign.exclusions.indexOf(rule) + 1,
          },
          unitCell,
        ),
      );
    }
  }
  return issues;
}

/** What the officer typed for a criterion without parts: its measure when measured, else its points. */
function typedValue(row: ScoreRow, leaf: Criterion): number | null {
  return isMeasured(leaf) ? measureOf(row, leaf.code) : numberOrNull(row.values[leaf.code]);
}

/** The column a criterion's typed value sits in: its measure's for a measured criterion, else its code. */
function columnOf(leaf: Criterion): string {
  return isMeasured(leaf) ? measureHeader(leaf.code, leaf.measureUnit) : leaf.code;
}

/** Where a row's cells are checked: its table, the unit's scoring table, its deduction column's signs. */
interface CellContext {
  table: string;
  unitTable: string;
  signs: Signs | undefined;
}

/** The issue of one score error, on its cell; none for a cell that reading already reported. */
function problemIssue(
  problem: ScoreProblem,
  row: ScoreRow,
  leaf: Criterion,
  cell: CellContext,
): Issue | null {
  const { table, unitTable, signs } = cell;
  const where = { table, row: row.row, column: columnOf(leaf) };
  const unit = row.unit;
  const criterion = leaf.code;
  switch (problem.kind) {
    case 'unreadable':
      // NUMBER_INVALID says it where the table is read: one message per problem.
      return null;
    case 'review':
      // The council check says it on the members' row that cannot be.
      return null;
    case 'missing':
      return makeIssue('SCORE_MISSING', { unit, criterion, measured: isMeasured(leaf) }, where);
    case 'otherTable':
      return makeIssue(
        'SCORE_OTHER_TABLE',
        {
          unit,
          criterion,
          value: typedValue(row, leaf) ?? 0,
          measured: isMeasured(leaf),
          unitTable,
          criterionTable: problem.table,
        },
        where,
      );
    case 'negative': {
      const value = problem.value;
      if (problem.measure) return makeIssue('MEASURE_NEGATIVE', { unit, criterion, value }, where);
      if (leaf.kind !== 'deduction') return makeIssue('SCORE_NEGATIVE', { unit, criterion, value }, where);
      return signs !== undefined && signs.positives > 0
        ? makeIssue('DEDUCTION_MIXED_SIGNS', { unit, criterion, value, ...signs }, where)
        : makeIssue('DEDUCTION_NEGATIVE', { unit, criterion, value }, where);
    }
    case 'aboveMax':
      return makeIssue(
        'SCORE_ABOVE_MAX',
        { unit, criterion, value: problem.value, max: problem.max, deduction: leaf.kind === 'deduction' },
        where,
      );
  }
}
/**
 * Typed points of a typed criterion with steps in the Tiers table that are the points of none of them
 * (the steps guide the points typed); 0 is the points below every step, so it is accepted.
 */
function notATierIssue(context: ScoringContext, row: ScoreRow, leaf: Criterion, table: string): Issue | null {
  const steps = context.tiers.get(leaf.code);
  if (isMeasured(leaf) || steps === undefined || steps.length === 0) return null;
  const value = numberOrNull(row.values[leaf.code]);
  if (value === null || Math.abs(value) <= MAX_TOLERANCE) return null;
  if (steps.some((step) => Math.abs(step.points - value) <= MAX_TOLERANCE)) return null;
  return makeIssue(
    'SCORE_NOT_A_TIER',
    {
      unit: row.unit,
      criterion: leaf.code,
      value,
      steps: [...steps].sort((a, b) => b.from - a.from).map(({ points, label }) => ({ points, label })),
    },
    { table, row: row.row, column: leaf.code },
  );
}

/** How many cells of each typed deduction column are positive and negative. */
function deductionSigns(leaves: readonly Criterion[], rows: readonly ScoreRow[]): Map<string, Signs> {
  const signs = new Map<string, Signs>();
  for (const leaf of leaves) {
    if (leaf.kind !== 'deduction' || isMeasured(leaf)) continue;
    const count = { positives: 0, negatives: 0 };
    for (const row of rows) {
      const value = numberOrNull(row.values[leaf.code]);
      if (value !== null && value > 0) count.positives += 1;
      if (value !== null && value < 0) count.negatives += 1;
    }
    signs.set(leaf.code, count);
  }
  return signs;
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
