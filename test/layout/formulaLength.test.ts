// Excel refuses a formula longer than 8,192 characters: every formula of every preset's plan, and of a
// campaign whose tree has many groups (each with its points in `Giải thích`), stays within it.
import type { Campaign } from '../../src/domain/model';
import { PRESETS } from '../../src/domain/presets';
import { buildPlan } from '../../src/layout/buildPlan';
import { campaignWith, cluster, criterion, score, unit } from '../domain/rank/rankBuilders';

const EXCEL_FORMULA_LIMIT = 8192;

function longestFormula(campaign: Campaign): { length: number; header: string } {
  let longest = { length: 0, header: '' };
  for (const sheet of buildPlan(campaign).sheets)
    for (const table of sheet.tables)
      for (const column of table.columns) {
        const length = column.formula?.length ?? 0;
        if (length > longest.length) longest = { length, header: `${table.name}[${column.header}]` };
      }
  return longest;
}

/** Twenty groups of two criteria each, scored to two decimals. */
function manyGroups(): Campaign {
  const groups = Array.from({ length: 20 }, (_, i) => `G${i + 1}`);
  const criteria = groups.flatMap((g) => [
    { ...criterion(`${g}.1`, g), max: 2.5 },
    { ...criterion(`${g}.2`, g), max: 2.5 },
  ]);
  return campaignWith({
    clusters: [cluster('C1')],
    units: [unit('U1', 'C1')],
    criteria,
    scores: [score('U1', Object.fromEntries(criteria.map((c) => [c.code, 1.25])))],
  });
}

describe('formula length', () => {
  it.each(PRESETS.map((p): [string, Campaign] => [p.id, p]))(
    'preset %s stays within Excel’s limit',
    (_id, preset) => {
      expect(longestFormula(preset).length).toBeLessThanOrEqual(EXCEL_FORMULA_LIMIT);
    },
  );

  it('a tree of twenty groups stays within it too', () => {
    const longest = longestFormula(manyGroups());
    expect(longest.length).toBeLessThanOrEqual(EXCEL_FORMULA_LIMIT);
  });
});
