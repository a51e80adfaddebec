// A preset whose first two score rows of one cluster have the same points and differ only on a typed
// tie-break: equal totals that the tie-break parts, as the council meets them.
import type { Campaign, TieBreak } from '../../src/domain/model';
import { PRESETS } from '../../src/domain/presets';

/** The campaign, the two units (the first ranks above the second) and the link that parts them. */
export function partedTieCampaign(): {
  campaign: Campaign;
  upper: string;
  lower: string;
  link: Extract<TieBreak, { kind: 'input' }>;
} {
  const preset = PRESETS.find((p) => p.tieBreaks.some((link) => link.kind === 'input'));
  if (preset === undefined) throw new Error('no preset with a typed tie-break');
  const link = preset.tieBreaks.find((l) => l.kind === 'input');
  if (link?.kind !== 'input') throw new Error('no typed tie-break');
  const clusterOf = new Map(preset.units.map((u) => [u.code, u.cluster]));
  const first = preset.scores[0];
  const second = preset.scores.find(
    (r) => r.unit !== first?.unit && clusterOf.get(r.unit) === clusterOf.get(first?.unit ?? ''),
  );
  if (first === undefined || second === undefined) throw new Error('no two units in one cluster');
  const scores = preset.scores.map((r) =>
    r.unit === first.unit
      ? { ...r, inputs: { ...r.inputs, [link.key]: 90 } }
      : r.unit === second.unit
        ? { ...first, row: r.row, unit: r.unit, inputs: { ...first.inputs, [link.key]: 80 } }
        : r,
  );
  return { campaign: { ...preset, scores }, upper: first.unit, lower: second.unit, link };
}
