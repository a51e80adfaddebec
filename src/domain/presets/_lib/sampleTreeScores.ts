import type { Campaign, Criterion, ScoreRow, Unit } from '../../model';
import { criteriaTree, isMeasured, methodOf, tableOf } from '../../scoring';
import type { Random } from './prng';
import type { SampleScores } from './sampleScores';

/** What the sample of a tree-shaped table shows besides plausible points. */
export interface TreeScorePlan {
  /** A measured deduction a unit may pass the exclusion line of, and the unit that does (Không xét). */
  pastTheLine?: { criterion: string; unit: string; measure: number };
}

const snap = (x: number, step: number): number => Math.round(x / step) * step;
const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

/** A measure for a unit of a given quality: a share done in percent, days late, or a share left undone. */
function measureFor(random: Random, criterion: Criterion, quality: number): number {
  const unit = criterion.measureUnit ?? '';
  if (criterion.kind === 'deduction')
    return clamp(Math.round((1 - quality) * 30 + (random.next() - 0.5) * 6), 0, 18);
  if (/ngày/.test(unit)) return quality > 0.9 ? 0 : random.int(0, Math.round((1 - quality) * 40));
  const share = quality * (methodOf(criterion) === 'proportional' ? 112 : 104) + (random.next() - 0.5) * 12;
  return clamp(Math.round(share), 40, methodOf(criterion) === 'proportional' ? 130 : 100);
}

/**
 * Sample scores for a campaign scored on criteria trees: every unit gets the criteria of its cluster's
 * scoring table (and the shared ones), typed points on quarter points within their maximum, measures for
 * tiered and proportional criteria, an occasional flag bonus and a rare deduction; the self-score is the
 * reviewed score with a few points more. Clusters spread from about 75% to about 95% of their table.
 * @param random - the preset's seeded generator
 * @param units - every unit; all get scored
 * @param campaign - clusters, criteria and tiers
 * @param plan - a unit to send past an exclusion line
 * @returns score rows and self-score rows, in unit order, numbered from 1
 * @example
 * sampleTreeScores(random, units, campaign).scores.length === units.length // true
 */
export function sampleTreeScores(
  random: Random,
  units: readonly Unit[],
  campaign: Pick<Campaign, 'clusters' | 'criteria'>,
  plan: TreeScorePlan = {},
): SampleScores {
  const tree = criteriaTree(campaign.criteria);
  const tableOfCluster = new Map(campaign.clusters.map((c) => [c.code, c.scoringTable ?? ''] as const));
  const qualityOf = new Map<string, number>();
  for (const cluster of campaign.clusters) {
    const members = units.filter((u) => u.cluster === cluster.code);
    const qualities = random.shuffle(
      members.map((_, i) => 0.95 - (0.2 * i) / Math.max(1, members.length - 1)),
    );
    members.forEach((u, i) => qualityOf.set(u.code, qualities[i] ?? 0.85));
  }
  const rowOf = (unit: Unit, index: number, lift: number): ScoreRow => {
    const quality = clamp((qualityOf.get(unit.code) ?? 0.85) + lift, 0, 1);
    const table = tableOfCluster.get(unit.cluster) ?? '';
    const values: Record<string, number | null> = {};
    const measures: Record<string, number | null> = {};
    for (const leaf of tree.leaves) {
      const own = tableOf(tree, leaf);
      if (own !== '' && own !== table) continue;
      if (isMeasured(leaf)) {
        const past = plan.pastTheLine;
        measures[leaf.code] =
          past !== undefined && past.criterion === leaf.code && past.unit === unit.code
            ? past.measure
            : measureFor(random, leaf, quality);
      } else if (leaf.kind === 'bonus') {
        values[leaf.code] = random.chance(clamp(quality - 0.75, 0.05, 0.3)) ? leaf.max : null;
      } else if (leaf.kind === 'deduction') {
        values[leaf.code] = random.chance(clamp(0.9 - quality, 0.05, 0.3))
          ? snap(leaf.max * 0.2, 0.25)
          : null;
      } else {
        const share = clamp(quality + (random.next() - 0.5) * 0.1, 0.5, 1);
        values[leaf.code] = clamp(snap(leaf.max * share, 0.25), 0, leaf.max);
      }
    }
    return { row: index + 1, unit: unit.code, values, inputs: {}, measures };
  };
  return {
    scores: units.map((unit, i) => rowOf(unit, i, 0)),
    // Units score themselves a little higher than the council does.
    selfScores: units.map((unit, i) => rowOf(unit, i, 0.03)),
  };
}
