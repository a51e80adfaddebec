import type { Criterion, ScoreRow, Unit } from '../../model';
import { VOTES_INPUT } from '../../rules/defaultTieBreaks';
import type { Random } from './prng';

/** How two units are made to tie on total, and what parts them. */
export interface TiePlan {
  cluster: string;
  /**
   * `firstGroup`: the subtotal of the first criteria group differs, so the first link of the chain
   * parts them; `deductions`: the first group is equal and the deductions differ, so the second does.
   */
  partedBy: 'firstGroup' | 'deductions';
}

/** What the sample scores show besides plausible points. */
export interface ScorePlan {
  ties?: readonly TiePlan[];
  /** Statutory targets: a unit meets one with full points or visibly misses it. */
  targets?: readonly string[];
}

/** Reviewed scores (Chấm điểm) and self-scores (Tự chấm) of every unit. */
export interface SampleScores {
  scores: ScoreRow[];
  selfScores: ScoreRow[];
}

type Values = Record<string, number>;

/**
 * Sample scores for every unit: points within each criterion's maximum, in half or quarter points
 * (so totals are exact and equal totals compare equal), deductions entered as positive points, a
 * distinct vote share per unit within its cluster, a total never above the table's scale (bonus
 * points do not lift it past the maximum), and a self-score within 3 points of the reviewed total.
 * Each cluster spreads from about 75% to about 95% of the table, so its leader usually reaches the
 * flag threshold.
 *
 * @param random - the preset's seeded generator
 * @param units - every unit of the campaign; all get scored
 * @param criteria - the scoring table
 * @param plan - ties to stage and targets to treat as met or missed
 * @returns score rows and self-score rows, in unit order, numbered from 1
 * @example
 * const { scores, selfScores } = sampleScores(random, units, criteria, { ties: [{ cluster: 'K1', partedBy: 'firstGroup' }] });
 * scores.length === units.length // true
 */
export function sampleScores(
  random: Random,
  units: readonly Unit[],
  criteria: readonly Criterion[],
  plan: ScorePlan = {},
): SampleScores {
  const values = new Map<string, Values>();
  const votes = new Map<string, number>();

  for (const members of byCluster(units).values()) {
    const qualities = random.shuffle(
      members.map((_, i) => 0.95 - (0.2 * i) / Math.max(1, members.length - 1)),
    );
    const usedVotes = new Set<number>();
    members.forEach((unit, i) => {
      const quality = qualities[i] ?? 0.9;
      const unitScores = unitValues(random, criteria, quality, plan.targets ?? []);
      capAtScale(unitScores, criteria);
      values.set(unit.code, unitScores);
      let vote = Math.min(100, snap(50 + 45 * quality + (random.next() - 0.5) * 6, 0.5));
      while (usedVotes.has(vote)) vote -= 0.5;
      usedVotes.add(vote);
      votes.set(unit.code, vote);
    });
  }

  const clusters = byCluster(units);
  for (const tie of plan.ties ?? []) {
    stageTie(random, clusters.get(tie.cluster) ?? [], values, criteria, tie.partedBy);
  }

  const scores = units.map((unit, i): ScoreRow => {
    return {
      row: i + 1,
      unit: unit.code,
      values: { ...valuesOf(values, unit) },
      inputs: { [VOTES_INPUT.key]: votes.get(unit.code) ?? null },
    };
  });
  const selfScores = units.map((unit, i): ScoreRow => {
    return {
      row: i + 1,
      unit: unit.code,
      values: selfValues(random, criteria, valuesOf(values, unit)),
      inputs: {},
    };
  });
  return { scores, selfScores };
}

/**
 * A unit's total under the model's arithmetic: standard plus bonus minus deductions.
 * @param criteria - the scoring table
 * @param values - criterion code → points
 * @returns the total
 * @example
 * totalOf([{ code: 'I.1', group: 'I', text: '', max: 100, kind: 'standard' }], { 'I.1': 90 }) // 90
 */
export function totalOf(
  criteria: readonly Criterion[],
  values: Readonly<Record<string, number | null>>,
): number {
  let total = 0;
  for (const c of criteria) {
    const v = values[c.code] ?? 0;
    total += c.kind === 'deduction' ? -v : v;
  }
  return total;
}

function unitValues(
  random: Random,
  criteria: readonly Criterion[],
  quality: number,
  targets: readonly string[],
): Values {
  const values: Values = {};
  for (const c of criteria) {
    const step = stepOf(c);
    if (c.kind === 'standard' && targets.includes(c.code)) {
      const met = random.chance(quality >= 0.9 ? 0.85 : quality >= 0.82 ? 0.6 : 0.35);
      values[c.code] = met
        ? c.max
        : Math.min(c.max - step, snap(c.max * random.stepped(0.6, 0.92, 0.01), step));
    } else if (c.kind === 'standard') {
      const share = clamp(quality + (random.next() - 0.5) * 0.1, 0.5, 1);
      values[c.code] = clamp(snap(c.max * share, step), 0, c.max);
    } else if (c.kind === 'bonus') {
      const awarded = random.chance(clamp(0.2 + (quality - 0.8) * 2, 0.1, 0.7));
      values[c.code] = awarded ? clamp(snap(c.max * random.stepped(0.2, 0.8, 0.01), 0.25), 0.25, c.max) : 0;
    } else {
      const deducted = random.chance(clamp(0.5 - (quality - 0.8) * 2, 0.15, 0.7));
      values[c.code] = deducted ? clamp(snap(c.max * random.stepped(0.05, 0.4, 0.01), 0.25), 0.25, c.max) : 0;
    }
  }
  return values;
}

/** Takes back bonus, then standard points, until the total is within the scale. */
function capAtScale(values: Values, criteria: readonly Criterion[]): void {
  const scale = criteria.filter((c) => c.kind === 'standard').reduce((sum, c) => sum + c.max, 0);
  const excess = totalOf(criteria, values) - scale;
  if (excess <= 0) return;
  const left = shift(
    values,
    -excess,
    criteria.filter((c) => c.kind === 'bonus'),
  );
  shift(
    values,
    left,
    criteria.filter((c) => c.kind === 'standard'),
  );
}

/**
 * Makes the third and fourth units of a cluster (by total) tie on total, adjusting the fourth
 * outside the first group, and parts them as the plan says. Ranks 3–4 keep the leader untouched.
 */
function stageTie(
  random: Random,
  members: readonly Unit[],
  values: Map<string, Values>,
  criteria: readonly Criterion[],
  partedBy: TiePlan['partedBy'],
): void {
  if (members.length < 2) throw new Error('stageTie: a tie needs two units in the cluster');
  const ranked = [...members].sort(
    (x, y) =>
      totalOf(criteria, valuesOf(values, y)) - totalOf(criteria, valuesOf(values, x)) ||
      (x.code < y.code ? -1 : 1),
  );
  const at = Math.min(2, ranked.length - 2);
  const a = valuesOf(values, ranked[at] as Unit);
  const b = valuesOf(values, ranked[at + 1] as Unit);
  const firstGroup = criteria.find((c) => c.kind === 'standard')?.group;
  const inFirst = criteria.filter((c) => c.kind === 'standard' && c.group === firstGroup);
  const others = random.shuffle(criteria.filter((c) => c.kind === 'standard' && c.group !== firstGroup));

  if (partedBy === 'deductions') {
    for (const c of inFirst) b[c.code] = a[c.code] ?? 0;
    const deductions = criteria.filter((c) => c.kind === 'deduction');
    for (const c of deductions) b[c.code] = a[c.code] ?? 0;
    const first = deductions[0];
    if (first === undefined) throw new Error('stageTie: parting by deductions needs a deduction criterion');
    const d = a[first.code] ?? 0;
    b[first.code] = d + 0.5 <= first.max ? d + 0.5 : d - 0.5;
  }
  mustShift(b, totalOf(criteria, a) - totalOf(criteria, b), others);
  if (partedBy === 'firstGroup' && subtotal(inFirst, a) === subtotal(inFirst, b)) {
    mustShift(b, -0.5, inFirst);
    mustShift(b, 0.5, others);
  }
  if (totalOf(criteria, a) !== totalOf(criteria, b)) throw new Error('stageTie: totals did not meet');
}

/** A self-score (tự chấm): the reviewed points with a gap of −1 to +3, units erring upwards. */
function selfValues(random: Random, criteria: readonly Criterion[], reviewed: Values): Values {
  const self = { ...reviewed };
  const gap = random.pick([-1, -0.5, 0, 0.5, 1, 1, 1.5, 2, 2.5, 3]);
  shift(self, gap, random.shuffle(criteria.filter((c) => c.kind === 'standard')));
  capAtScale(self, criteria);
  return self;
}

/** Moves points across candidates (at most half a point per pass each, so the change spreads). */
function shift(values: Values, delta: number, candidates: readonly Criterion[]): number {
  let remaining = delta;
  let moved = true;
  while (remaining !== 0 && moved) {
    moved = false;
    for (const c of candidates) {
      if (remaining === 0) break;
      const v = values[c.code] ?? 0;
      const room = remaining > 0 ? c.max - v : v;
      const take = Math.min(room, Math.abs(remaining), 0.5);
      if (take <= 0) continue;
      values[c.code] = remaining > 0 ? v + take : v - take;
      remaining = remaining > 0 ? remaining - take : remaining + take;
      moved = true;
    }
  }
  return remaining;
}

function mustShift(values: Values, delta: number, candidates: readonly Criterion[]): void {
  if (shift(values, delta, candidates) !== 0) throw new Error('stageTie: not enough room to move points');
}

function subtotal(criteria: readonly Criterion[], values: Values): number {
  return criteria.reduce((sum, c) => sum + (values[c.code] ?? 0), 0);
}

function valuesOf(values: Map<string, Values>, unit: Unit): Values {
  const found = values.get(unit.code);
  if (found === undefined) throw new Error(`sampleScores: no values for ${unit.code}`);
  return found;
}

function byCluster(units: readonly Unit[]): Map<string, Unit[]> {
  const clusters = new Map<string, Unit[]>();
  for (const unit of units) clusters.set(unit.cluster, [...(clusters.get(unit.cluster) ?? []), unit]);
  return clusters;
}

function stepOf(c: Criterion): number {
  return c.max >= 10 ? 0.5 : 0.25;
}

function snap(value: number, step: number): number {
  return Math.round(value / step) * step;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}
