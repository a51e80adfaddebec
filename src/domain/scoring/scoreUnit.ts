/**
 * One unit's score: the points of every criterion of the tree, its total, what is wrong in what was
 * typed (a unit with a score error is held: no rank, no proposal) and whether a rule leaves it out of the
 * ranking (Không xét).
 */
import type { Campaign, Criterion, Exclusion, ScoreRow, Tier } from '../model';
import { roundLikeExcel } from '../rank/roundLikeExcel';
import { councilPointsOf, type CouncilPoints } from './councilPoints';
import { criteriaTree, tableOf, type CriteriaTree } from './criteriaTree';
import { isMeasured, leafPoints, measureOf, numberOrNull, signIn, tierSteps, type TierStep } from './points';

/** Points typed as 10.000000001 after a paste are still 10; anything above by more is above. */
export const MAX_TOLERANCE = 1e-9;

/** What is wrong in one cell of a unit's scores. */
export type ScoreProblem =
  /** Text or anything else that is not a number (reported where the table is read). */
  | { kind: 'unreadable'; criterion: string }
  /** Points or a measure below zero. */
  | { kind: 'negative'; criterion: string; value: number; measure: boolean }
  /** Typed points above the criterion's maximum (where it may not be exceeded). */
  | { kind: 'aboveMax'; criterion: string; value: number; max: number }
  /** A standard criterion of the unit's scoring table (or of none) left blank while others are scored. */
  | { kind: 'missing'; criterion: string }
  /** Points typed under a criterion of another scoring table than the unit's. */
  | { kind: 'otherTable'; criterion: string; table: string }
  /**
   * A council member's score of the unit on the criterion cannot be (member not on the council, criterion
   * unknown, score out of range): the council's combined score waits for it (reported on the Reviews row).
   */
  | { kind: 'review'; criterion: string };

/** Where a unit stands before ranking. */
export type ScoreStatus =
  /** Nothing typed yet: no total, no rank. */
  | 'unscored'
  /** A score error: the total is shown, but neither rank nor proposal until it is fixed (Chờ sửa lỗi). */
  | 'held'
  /** Left out by a rule (Không xét): a floor score, a result past a line. */
  | 'excluded'
  /** Ranked in its cluster. */
  | 'ranked';

/** The points of every criterion of one row, leaves and headings, by code. */
export interface CriterionPoints {
  /**
   * @param code - a criterion's code
   * @returns its points, null when blank, undefined for a code the catalogue does not have
   */
  get(code: string): number | null | undefined;
}

/** One unit's score. */
export interface UnitScore {
  /** Points of every criterion, leaves and headings, by code; null when blank. */
  points: CriterionPoints;
  /** The total rounded to the campaign's precision; null when nothing was typed. */
  total: number | null;
  problems: ScoreProblem[];
  /** The first rule that leaves the unit out, when it is scored and held by nothing. */
  exclusion: Exclusion | null;
  status: ScoreStatus;
}

/** What scoring needs of a campaign, prepared once. */
export interface ScoringContext {
  tree: CriteriaTree;
  /** The steps of each tiered criterion by code, with their increments. */
  tiers: ReadonlyMap<string, readonly TierStep[]>;
  /** The scoring table of each cluster by cluster code (`''` for the main table). */
  clusterTables: ReadonlyMap<string, string>;
  /** The scoring table of each criterion by code. */
  criterionTables: ReadonlyMap<string, string>;
  exclusions: readonly Exclusion[];
  precision: number;
  /** Each row's points, computed once: ranking, validation, tie-breaks and bands all ask for them. */
  points: WeakMap<ScoreRow, CriterionPoints>;
  /** The criteria in the order their points are computed, parts before their heading. */
  postOrder: readonly PlannedCriterion[];
  /** Each criterion's place in {@link ScoringContext.postOrder}, by code. */
  slot: ReadonlyMap<string, number>;
  /** Each row's problems by the unit's scoring table, computed once for ranking and validation alike. */
  problems: WeakMap<ScoreRow, Map<string, ScoreProblem[]>>;
  /**
   * The council's combined points of the Scores rows whose unit council members scored: they take the
   * place of the typed points of those criteria. Self-scores (Tự chấm) are never in it.
   */
  council: WeakMap<ScoreRow, CouncilPoints>;
}

/** A criterion with the places of its parts, so a row's points are one pass over an array. */
export interface PlannedCriterion {
  criterion: Criterion;
  /** Places of the parts that add (null for a criterion without parts), in catalogue order. */
  added: readonly number[] | null;
  /** Places of the parts taken away (deductions under a heading that is not one). */
  taken: readonly number[];
  steps: readonly TierStep[];
}

// Ranking, validation and the summary each ask for the same campaign's context.
const contexts = new WeakMap<Campaign, ScoringContext>();

/**
 * Prepares what scoring needs of a campaign: the criteria tree, the tiers by criterion, the scoring table
 * of each cluster and criterion. The same campaign object gives the same context.
 * @param campaign - the campaign
 * @returns the context
 * @example
 * ```ts
 * scoringContext(campaign).tree.leaves.length > 0; //=> true
 * ```
 */
export function scoringContext(campaign: Campaign): ScoringContext {
  const known = contexts.get(campaign);
  if (known !== undefined) return known;
  const tree = criteriaTree(campaign.criteria);
  const byCriterion = new Map<string, Tier[]>();
  for (const tier of campaign.tiers)
    byCriterion.set(tier.criterion, [...(byCriterion.get(tier.criterion) ?? []), tier]);
  const tiers = new Map([...byCriterion].map(([code, steps]) => [code, tierSteps(steps)] as const));
  const criterionTables = new Map(tree.order.map((c) => [c.code, tableOf(tree, c)] as const));
  const clusterTables = new Map(
    campaign.clusters.map((c) => [c.code, c.scoringTable?.trim() ?? ''] as const),
  );
  const postOrder: PlannedCriterion[] = [];
  const slot = new Map<string, number>();
  const visit = (criterion: Criterion): void => {
    const parts = tree.parts.get(criterion.code);
    for (const part of parts ?? []) visit(part);
    const places = (sign: 1 | -1): number[] =>
      (parts ?? []).filter((p) => signIn(p, criterion) === sign).map((p) => slot.get(p.code) ?? -1);
    slot.set(criterion.code, postOrder.length);
    postOrder.push({
      criterion,
      added: parts === undefined ? null : places(1),
      taken: parts === undefined ? [] : places(-1),
      steps: tiers.get(criterion.code) ?? [],
    });
  };
  for (const root of tree.roots) visit(root);
  const context: ScoringContext = {
    tree,
    tiers,
    clusterTables,
    criterionTables,
    exclusions: campaign.exclusions,
    precision: campaign.settings.precision,
    points: new WeakMap(),
    postOrder,
    slot,
    problems: new WeakMap(),
    council: councilPointsOf(campaign, tree),
  };
  contexts.set(campaign, context);
  return context;
}

/**
 * The points of every criterion of the tree for one row, leaves then headings up to the top.
 * @param context - the campaign's scoring context
 * @param row - the unit's score row
 * @returns points by criterion code (null when blank)
 * @example
 * ```ts
 * criterionPoints(scoringContext(campaign), campaign.scores[0]!).get('P'); //=> 80
 * ```
 */
export function criterionPoints(context: ScoringContext, row: ScoreRow): CriterionPoints {
  const known = context.points.get(row);
  if (known !== undefined) return known;
  // One pass, parts before their heading, into an array by place; null is a blank. The same additions,
  // in the same order, as headingPoints and the sheet's SUM(added)-SUM(taken).
  const values: (number | null)[] = new Array<number | null>(context.postOrder.length);
  const council = context.council.get(row)?.points;
  context.postOrder.forEach((planned, i) => {
    const { criterion, added, taken } = planned;
    if (added === null) {
      values[i] = council?.get(criterion.code) ?? leafPoints(criterion, row, planned.steps);
      return;
    }
    let any = false;
    let plus = 0;
    let minus = 0;
    for (const at of added) {
      const v = values[at] ?? null;
      if (v === null) continue;
      any = true;
      plus += v;
    }
    for (const at of taken) {
      const v = values[at] ?? null;
      if (v === null) continue;
      any = true;
      minus += v;
    }
    if (!any) values[i] = null;
    else {
      const sum = plus - minus;
      values[i] = criterion.mayExceed === true ? sum : Math.min(criterion.max, sum);
    }
  });
  const points: CriterionPoints = {
    get: (code) => {
      const at = context.slot.get(code);
      return at === undefined ? undefined : (values[at] ?? null);
    },
  };
  context.points.set(row, points);
  return points;
}

/**
 * The raw total of a row: the top criteria's points, deductions taken away (each kind summed apart, as
 * the sheet does), not rounded; null when nothing was typed.
 * @param context - the campaign's scoring context
 * @param points - the row's points by criterion
 * @returns the total before rounding, or null
 * @example
 * ```ts
 * const context = scoringContext(campaign);
 * rawTotal(context, criterionPoints(context, campaign.scores[0]!)); //=> 80
 * ```
 */
export function rawTotal(context: ScoringContext, points: CriterionPoints): number | null {
  let any = false;
  // Kept apart by kind and combined as the sheet writes it: SUM(standard)+SUM(bonus)-SUM(deductions).
  let standard = 0;
  let bonus = 0;
  let deduction = 0;
  for (const root of context.tree.roots) {
    const value = points.get(root.code) ?? null;
    if (value === null) continue;
    any = true;
    if (root.kind === 'standard') standard += value;
    else if (root.kind === 'bonus') bonus += value;
    else deduction += value;
  }
  return any ? standard + bonus - deduction : null;
}

/**
 * Whether anything was typed in the row (points, a measure, or something that is not a number), or the
 * council combined scores of the unit.
 */
function anythingTyped(context: ScoringContext, row: ScoreRow): boolean {
  if ((row.unreadable?.length ?? 0) > 0) return true;
  if ((context.council.get(row)?.points.size ?? 0) > 0) return true;
  return context.tree.leaves.some((leaf) =>
    isMeasured(leaf) ? measureOf(row, leaf.code) !== null : numberOrNull(row.values[leaf.code]) !== null,
  );
}

/**
 * What is wrong in a row, cell by cell in catalogue order: text, negative points or measures, points above
 * the maximum, a standard criterion of the unit's table left blank, points under another table's criterion.
 * Nothing when nothing was typed (the unit is simply not scored yet).
 * @param context - the campaign's scoring context
 * @param row - the unit's score row
 * @param table - the unit's scoring table (`''` for the main one)
 * @returns the problems; empty for a row that can be ranked
 * @example
 * ```ts
 * const context = scoringContext(campaign);
 * scoreProblems(context, { row: 1, unit: 'U1', values: { P: 120 }, inputs: {} }, '');
 * //=> [{ kind: 'aboveMax', criterion: 'P', value: 120, max: 100 }]
 * ```
 */
export function scoreProblems(context: ScoringContext, row: ScoreRow, table: string): ScoreProblem[] {
  const byTable = context.problems.get(row) ?? new Map<string, ScoreProblem[]>();
  context.problems.set(row, byTable);
  const known = byTable.get(table);
  if (known !== undefined) return known;
  const found = problemsOf(context, row, table);
  byTable.set(table, found);
  return found;
}

function problemsOf(context: ScoringContext, row: ScoreRow, table: string): ScoreProblem[] {
  if (!anythingTyped(context, row)) return [];
  const unreadable = new Set(row.unreadable ?? []);
  const problems: ScoreProblem[] = [];
  const council = context.council.get(row);
  for (const leaf of context.tree.leaves) {
    const code = leaf.code;
    if (unreadable.has(code)) {
      problems.push({ kind: 'unreadable', criterion: code });
      continue;
    }
    const measured = isMeasured(leaf);
    const value = measured ? measureOf(row, code) : numberOrNull(row.values[code]);
    // A criterion of no scoring table is shared by every table (a bonus for the flags, say).
    const criterionTable = context.criterionTables.get(code) ?? '';
    const own = criterionTable === '' || criterionTable === table;
    if (value === null) {
      // The council's combined score stands for points the officer left blank, under the unit's own table.
      const combined = council?.points.has(code) === true;
      if (!own && combined)
        problems.push({
          kind: 'otherTable',
          criterion: code,
          table: context.criterionTables.get(code) ?? '',
        });
      else if (own && leaf.kind === 'standard' && !combined)
        problems.push({ kind: 'missing', criterion: code });
      continue;
    }
    if (!own) {
      problems.push({ kind: 'otherTable', criterion: code, table: context.criterionTables.get(code) ?? '' });
      continue;
    }
    if (value < 0) problems.push({ kind: 'negative', criterion: code, value, measure: measured });
    else if (
      !measured &&
      leaf.mayExceed !== true &&
      Number.isFinite(leaf.max) &&
      value > leaf.max + MAX_TOLERANCE
    ) {
      problems.push({ kind: 'aboveMax', criterion: code, value, max: leaf.max });
    }
  }
  for (const criterion of council?.held ?? []) problems.push({ kind: 'review', criterion });
  return problems;
}

/**
 * The value a rule compares: the total, else the criterion's measure when it is measured, else its points.
 * @param context - the campaign's scoring context
 * @param criterion - a criterion code, or null for the total
 * @param row - the unit's score row
 * @param points - the row's points
 * @param total - the row's rounded total
 * @returns the value, or null when blank
 * @example
 * ```ts
 * const context = scoringContext(campaign);
 * const row = campaign.scores[0]!;
 * ruleValue(context, null, row, criterionPoints(context, row), 80); //=> 80
 * ```
 */
export function ruleValue(
  context: ScoringContext,
  criterion: string | null,
  row: ScoreRow,
  points: CriterionPoints,
  total: number | null,
): number | null {
  if (criterion === null) return total;
  const found = context.tree.byCode.get(criterion);
  if (found === undefined) return null;
  if (isMeasured(found) && !context.tree.parts.has(found.code)) return measureOf(row, found.code);
  return points.get(found.code) ?? null;
}

/**
 * Whether `value` meets a comparison.
 * @param value - the value compared
 * @param comparison - `<`, `<=`, `>`, `>=`
 * @param threshold - what it is compared with
 * @returns the result
 * @example
 * ```ts
 * compares(21, '>=', 21); //=> true
 * ```
 */
export function compares(value: number, comparison: Exclusion['comparison'], threshold: number): boolean {
  switch (comparison) {
    case '<':
      return value < threshold;
    case '<=':
      return value <= threshold;
    case '>':
      return value > threshold;
    case '>=':
      return value >= threshold;
  }
}

/** The points of a unit without a score row: none. */
const NO_POINTS: CriterionPoints = { get: () => null };

/**
 * Scores one unit: its points, its total, what is wrong, and the rule that leaves it out.
 * @param context - the campaign's scoring context
 * @param row - the unit's score row, or null when it has none
 * @param cluster - the unit's cluster (its scoring table)
 * @returns the unit's score
 * @example
 * ```ts
 * const context = scoringContext(campaign);
 * scoreUnit(context, campaign.scores[0]!, 'C1').status; //=> 'ranked'
 * scoreUnit(context, null, 'C1').status; //=> 'unscored'
 * ```
 */
export function scoreUnit(context: ScoringContext, row: ScoreRow | null, cluster: string): UnitScore {
  if (row === null)
    return { points: NO_POINTS, total: null, problems: [], exclusion: null, status: 'unscored' };
  const points = criterionPoints(context, row);
  const raw = rawTotal(context, points);
  const total = raw === null ? null : roundLikeExcel(raw, context.precision);
  const problems = scoreProblems(context, row, context.clusterTables.get(cluster) ?? '');
  if (problems.length > 0) return { points, total, problems, exclusion: null, status: 'held' };
  if (total === null) return { points, total, problems, exclusion: null, status: 'unscored' };
  const exclusion =
    context.exclusions.find((rule) => {
      const value = ruleValue(context, rule.criterion, row, points, total);
      return value !== null && compares(value, rule.comparison, rule.value);
    }) ?? null;
  return { points, total, problems, exclusion, status: exclusion === null ? 'ranked' : 'excluded' };
}
