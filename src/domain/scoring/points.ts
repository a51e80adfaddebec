/**
 * The points of one criterion for one unit: typed, stepped from a measure by the criterion's tiers, or
 * proportional to a share done; and a heading's points, summed from its parts.
 */
import type { Criterion, ScoreRow, Tier } from '../model';

/**
 * A finite number, or null for a blank cell or anything else.
 * @param value - a cell's value as the model holds it
 * @returns the number, or null
 * @example
 * ```ts
 * numberOrNull(Number.NaN); //=> null
 * numberOrNull(7.5); //=> 7.5
 * ```
 */
export function numberOrNull(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/**
 * How a criterion's points are given, `typed` when it does not say.
 * @param criterion - the criterion
 * @returns its scoring method
 * @example
 * ```ts
 * methodOf({ code: 'I.1', group: 'I', text: '', max: 2, kind: 'standard' }); //=> 'typed'
 * ```
 */
export function methodOf(criterion: Criterion): 'typed' | 'tiers' | 'proportional' {
  return criterion.method ?? 'typed';
}

/**
 * Whether the criterion is scored from a measured result (tiers, proportional) rather than typed points.
 * @param criterion - the criterion
 * @returns true when the officer types a measure
 * @example
 * ```ts
 * isMeasured({ code: 'I.1', group: 'I', text: '', max: 2, kind: 'standard', method: 'tiers' }); //=> true
 * ```
 */
export function isMeasured(criterion: Criterion): boolean {
  return methodOf(criterion) !== 'typed';
}

/**
 * The measure typed for a measured criterion.
 * @param row - the unit's score row
 * @param code - the criterion's code
 * @returns the measure, or null when blank
 * @example
 * ```ts
 * measureOf({ row: 1, unit: 'U1', values: {}, inputs: {}, measures: { 'I.1': 96 } }, 'I.1'); //=> 96
 * ```
 */
export function measureOf(row: ScoreRow, code: string): number | null {
  return numberOrNull(row.measures?.[code]);
}

/** A step of a tiered criterion with what it adds to the step just below it. */
export interface TierStep extends Tier {
  /** The step's points minus those of the step just below it (0 below the lowest). */
  increment: number;
}

/**
 * The steps of one criterion with their increments, in table order. A step's place is 1 + the steps
 * below it; the step just below is the one (or, for a repeated bound, the ones) at the place before. The
 * sheet computes the same in the Tiers table (`Bậc`, `Điểm cộng thêm`), so both add the same numbers.
 * @param steps - the criterion's tiers, in table order
 * @returns the steps with their increments
 * @example
 * ```ts
 * tierSteps([
 *   { criterion: 'B', from: 0, points: 2, label: 'đúng hạn' },
 *   { criterion: 'B', from: 1, points: 1.5, label: 'chậm 1–2 ngày' },
 * ]).map((s) => s.increment);
 * //=> [2, -0.5]
 * ```
 */
export function tierSteps(steps: readonly Tier[]): TierStep[] {
  const placeOf = (from: number): number => 1 + steps.filter((s) => s.from < from).length;
  return steps.map((step) => {
    const place = placeOf(step.from);
    let below = 0;
    for (const other of steps) if (placeOf(other.from) === place - 1) below += other.points;
    return { ...step, increment: step.points - below };
  });
}

/**
 * The points a tiered criterion gives a measure: the sum of the increments of its steps at or below the
 * measure, which is the points of the highest such step (lower and higher is better alike: steps are
 * lower bounds); 0 below every step.
 * @param steps - the criterion's steps with their increments (see {@link tierSteps})
 * @param measure - the measured result
 * @returns the points
 * @example
 * ```ts
 * const steps = tierSteps([
 *   { criterion: '1.1', from: 0, points: 0, label: 'dưới 60%' },
 *   { criterion: '1.1', from: 60, points: 0.5, label: '60% đến dưới 70%' },
 *   { criterion: '1.1', from: 95, points: 1.75, label: '95% đến dưới 100%' },
 *   { criterion: '1.1', from: 100, points: 2, label: '100%' },
 * ]);
 * tierPoints(steps, 97); //=> 1.75
 * tierPoints(steps, 100); //=> 2
 * tierPoints(steps, -1); //=> 0
 * ```
 */
export function tierPoints(steps: readonly TierStep[], measure: number): number {
  // Summed in table order from 0, as SUMIFS adds the matching rows.
  let points = 0;
  for (const step of steps) if (step.from <= measure) points += step.increment;
  return points;
}

/**
 * The step a measure falls in, for the explanation ("95% đến dưới 100%").
 * @param steps - the criterion's tiers
 * @param measure - the measured result
 * @returns the first step with the greatest `from` at or below the measure, or null below every step
 * @example
 * ```ts
 * tierOf([{ criterion: 'B', from: 0, points: 2, label: 'đúng hạn' }, { criterion: 'B', from: 1, points: 1.5, label: 'chậm 1–2 ngày' }], 2)?.label;
 * //=> 'chậm 1–2 ngày'
 * ```
 */
export function tierOf(steps: readonly Tier[], measure: number): Tier | null {
  let found: Tier | null = null;
  for (const step of steps)
    if (step.from <= measure && (found === null || step.from > found.from)) found = step;
  return found;
}

/**
 * The points of a criterion without parts: typed; for tiers, the step of the measure; for proportional,
 * `max × measure ÷ 100`, at most `max` unless the criterion may exceed it.
 * @param criterion - the criterion
 * @param row - the unit's score row
 * @param steps - the criterion's steps with their increments (for a tiered criterion)
 * @returns the points, or null when nothing was typed
 * @example
 * ```ts
 * const share = { code: 'II.1', group: 'II', text: '', max: 10, kind: 'standard' as const, method: 'proportional' as const };
 * leafPoints(share, { row: 1, unit: 'U1', values: {}, inputs: {}, measures: { 'II.1': 85 } }, []); //=> 8.5
 * leafPoints(share, { row: 1, unit: 'U1', values: {}, inputs: {}, measures: { 'II.1': 120 } }, []); //=> 10
 * ```
 */
export function leafPoints(criterion: Criterion, row: ScoreRow, steps: readonly TierStep[]): number | null {
  switch (methodOf(criterion)) {
    case 'typed':
      return numberOrNull(row.values[criterion.code]);
    case 'tiers': {
      const measure = measureOf(row, criterion.code);
      return measure === null ? null : tierPoints(steps, measure);
    }
    case 'proportional': {
      const measure = measureOf(row, criterion.code);
      if (measure === null) return null;
      const points = (criterion.max * measure) / 100;
      return criterion.mayExceed === true ? points : Math.min(criterion.max, points);
    }
  }
}

/**
 * How a part counts in its heading's sum: a deduction under a heading that is not one is taken away;
 * everything else adds.
 * @param part - the part
 * @param heading - its heading, or null at the top of the table (where deductions are taken away)
 * @returns 1 or −1
 * @example
 * ```ts
 * signIn({ code: 'TR', group: 'TR', text: '', max: 10, kind: 'deduction' }, null); //=> -1
 * ```
 */
export function signIn(part: Criterion, heading: Criterion | null): 1 | -1 {
  if (part.kind !== 'deduction') return 1;
  return heading !== null && heading.kind === 'deduction' ? 1 : -1;
}

/**
 * A heading's points: the sum of its parts' points (deductions taken away, see {@link signIn}), at most
 * its `max` unless it may exceed it; null when no part has points.
 * @param heading - the heading
 * @param parts - its parts, in catalogue order, with their points
 * @returns the heading's points, or null
 * @example
 * ```ts
 * const bonus = { code: 'T', group: 'T', text: 'Điểm thưởng', max: 10, kind: 'bonus' as const };
 * const flag = { code: 'T.1', group: 'T', text: 'Cờ thi đua của Bộ', max: 10, kind: 'bonus' as const, parent: 'T' };
 * const gov = { code: 'T.2', group: 'T', text: 'Cờ thi đua của Chính phủ', max: 15, kind: 'bonus' as const, parent: 'T' };
 * headingPoints(bonus, [[flag, 10], [gov, 15]]); //=> 10
 * headingPoints(bonus, [[flag, null], [gov, null]]); //=> null
 * ```
 */
export function headingPoints(
  heading: Criterion,
  parts: readonly (readonly [Criterion, number | null])[],
): number | null {
  let any = false;
  let added = 0;
  let taken = 0;
  // Added and taken are summed apart, as the sheet writes SUM(…)-SUM(…), so both round the same way.
  for (const [part, points] of parts) {
    if (points === null) continue;
    any = true;
    if (signIn(part, heading) === 1) added += points;
    else taken += points;
  }
  if (!any) return null;
  const sum = added - taken;
  return heading.mayExceed === true ? sum : Math.min(heading.max, sum);
}
