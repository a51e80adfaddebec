/**
 * Rank bands with conditions (QĐ 1682/QĐ-BTP for civil judgment enforcement offices): a band is reached
 * with a minimum total and its targets met — all of them, or `need` of them with the others short by at
 * most `tolerance` percent; rows sharing a code are alternatives; a quota caps how many units of a
 * cluster get the band, best ranked first.
 */
import type { Campaign, Gate, RankBand, ScoreRow } from '../model';
import {
  criterionPoints,
  ruleValue,
  scoringContext,
  type ScoringContext,
  type CriterionPoints,
} from '../scoring';
import { roundLikeExcel } from './roundLikeExcel';

/**
 * The lowest value a band's tolerance accepts for a target: `min × (1 − tolerance ÷ 100)`, rounded to
 * ten decimals so that the number the sheet's formula holds is the number compared here.
 * @param min - the target's minimum
 * @param tolerance - how far short, in percent, a target not met in full may fall (absent for 0)
 * @returns the floor
 * @example
 * ```ts
 * bandFloor(100, 15); //=> 85
 * ```
 */
export function bandFloor(min: number, tolerance: number | undefined): number {
  return roundLikeExcel(min * (1 - (tolerance ?? 0) / 100), 10);
}

/** How one target of a band row fares for a unit. */
export interface GateResult {
  gate: Gate;
  /** The value compared (the criterion's measure, or its points), 0 when blank. */
  value: number;
  /** Met in full: value ≥ min. */
  met: boolean;
  /** Met within the row's tolerance: value ≥ min × (1 − tolerance ÷ 100). */
  withinTolerance: boolean;
  /** The lowest value the tolerance accepts. */
  floor: number;
}

/** How one band row fares for a unit. */
export interface BandRowResult {
  band: RankBand;
  /** The total reaches the row's minimum. */
  scoreReached: boolean;
  gates: GateResult[];
  /** Targets met in full. */
  met: number;
  /** Targets the row needs met in full. */
  need: number;
  passed: boolean;
}

/**
 * The band codes of a campaign, in the order they are tried (first row of each code). A band's minimum
 * total and quota are its first row's; its other rows are other sets of conditions.
 * @param campaign - the campaign
 * @returns the codes, each once
 * @example
 * ```ts
 * bandCodes({ ...campaign, awardRules: { ...campaign.awardRules, bands: [] } }); //=> []
 * ```
 */
export function bandCodes(campaign: Campaign): string[] {
  return [...new Set(campaign.awardRules.bands.map((band) => band.code))];
}

/** How one band row fares for a unit: its minimum total, then its targets. */
function bandRowResult(
  context: ScoringContext,
  band: RankBand,
  minScore: number,
  total: number,
  row: ScoreRow,
  points: CriterionPoints,
): BandRowResult {
  const gates = band.gates.map((gate): GateResult => {
    // A target on a blank cell is not met: 0, as the sheet's SUM() of it reads.
    const value = ruleValue(context, gate.criterion, row, points, total) ?? 0;
    const floor = bandFloor(gate.min, band.tolerance);
    return { gate, value, met: value >= gate.min, withinTolerance: value >= floor, floor };
  });
  const met = gates.filter((g) => g.met).length;
  const need = Math.min(band.need ?? gates.length, gates.length);
  const scoreReached = total >= minScore;
  const passed = scoreReached && met >= need && gates.every((g) => g.met || g.withinTolerance);
  return { band, scoreReached, gates, met, need, passed };
}

/**
 * Whether a unit reaches a band by its conditions (any row of the code), before quotas.
 * @param campaign - the campaign
 * @param code - the band's code
 * @param total - the unit's rounded total
 * @param row - the unit's score row
 * @returns each row's result and whether one passed
 * @example
 * ```ts
 * // Hạng B: two of the targets met, the third short by at most 15%.
 * const band = { code: 'B', name: 'Hạng B', minScore: 60, proposal: '', need: 1, tolerance: 15,
 *   gates: [{ criterion: 'P', min: 80 }, { criterion: 'P', min: 90 }] };
 * const banded = { ...campaign, awardRules: { ...campaign.awardRules, bands: [band] } };
 * bandReach(banded, 'B', 80, banded.scores[0]!).reached; //=> true
 * bandReach(banded, 'B', 80, banded.scores[0]!).rows[0]?.gates.map((g) => [g.met, g.withinTolerance]);
 * //=> [[true, true], [false, true]]
 * ```
 */
export function bandReach(
  campaign: Campaign,
  code: string,
  total: number,
  row: ScoreRow,
): { reached: boolean; rows: BandRowResult[] } {
  const context = scoringContext(campaign);
  const points = criterionPoints(context, row);
  const own = campaign.awardRules.bands.filter((band) => band.code === code);
  // A band's minimum total is its first row's, as the sheet looks it up by code.
  const minScore = own[0]?.minScore ?? 0;
  const rows = own.map((band) => bandRowResult(context, band, minScore, total, row, points));
  return { reached: rows.some((r) => r.passed), rows };
}

/** A ranked unit, as band quotas see it. */
export interface BandCandidate {
  unit: string;
  rank: number;
  total: number;
  row: ScoreRow;
}

/** The band a unit gets once quotas are applied. */
export interface BandAssignment {
  /** The band's first row, or null when the unit gets none. */
  band: RankBand | null;
  /** Bands the unit reached but lost to the quota (best ranked first), by code. */
  quotaLost: string[];
  /** Tied with another unit on the quota's last place: the council votes who keeps the band. */
  quotaVote: boolean;
}

/**
 * Gives each ranked unit of a cluster its band: bands are tried in order; among the units that reach a
 * band (and got none before it), the best ranked keep it up to its quota, and the others try the next band.
 * Units tied on the quota's last place all keep it, marked for the council's vote.
 * @param campaign - the campaign
 * @param units - the ranked units of one cluster
 * @returns the assignment of every unit, by code
 * @example
 * ```ts
 * const limited = { ...campaign, awardRules: { ...campaign.awardRules, bands: [{ code: 'A', name: 'Hạng A', minScore: 50, gates: [], proposal: '', quota: 1 }] } };
 * const [u1, u2] = limited.scores;
 * const given = assignBands(limited, [
 *   { unit: 'U2', rank: 1, total: 90, row: u2! },
 *   { unit: 'U1', rank: 2, total: 80, row: u1! },
 * ]);
 * [given.get('U2')?.band?.code, given.get('U1')?.band, given.get('U1')?.quotaLost]; //=> ['A', null, ['A']]
 * ```
 */
export function assignBands(
  campaign: Campaign,
  units: readonly BandCandidate[],
): Map<string, BandAssignment> {
  const assignments = new Map<string, BandAssignment>(
    units.map((u) => [u.unit, { band: null, quotaLost: [], quotaVote: false }]),
  );
  let remaining = [...units];
  for (const code of bandCodes(campaign)) {
    const rows = campaign.awardRules.bands.filter((band) => band.code === code);
    const first = rows[0];
    if (first === undefined) continue;
    // The quota is the band's first row's, as the sheet looks it up by code.
    const quota = first.quota;
    const candidates = remaining.filter((u) => bandReach(campaign, code, u.total, u.row).reached);
    const given = new Set<string>();
    for (const candidate of candidates) {
      const assignment = assignments.get(candidate.unit);
      if (assignment === undefined) continue;
      const better = candidates.filter((c) => c.rank < candidate.rank).length;
      if (quota !== undefined && better >= quota) {
        assignment.quotaLost.push(code);
        continue;
      }
      given.add(candidate.unit);
      assignment.band = first;
      const atOrAbove = candidates.filter((c) => c.rank <= candidate.rank).length;
      if (quota !== undefined && atOrAbove > quota) assignment.quotaVote = true;
    }
    remaining = remaining.filter((u) => !given.has(u.unit));
  }
  return assignments;
}
