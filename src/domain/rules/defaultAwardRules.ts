import type { AwardRules } from '../model';
import { DEFAULTS } from './defaults';
import type { RuleSet } from './ruleSet';
import { TITLE_CODES } from './titleCodes';

/**
 * Award rules a new campaign starts from: flags per cluster from the rule set, the flag title
 * `CTD_BO`, and the product's bands and flag threshold scaled to the table (90% and 80% of it).
 * Bands carry no gates here; a campaign with statutory targets adds its own (see the 200-point
 * preset `mien-nui-phia-bac-2017`).
 *
 * @param ruleSet - the rule set the campaign applies
 * @param scale - total points of the scoring table (100 or 200)
 * @returns the default award rules
 * @example
 * defaultAwardRules(VN_2013, 200).bands.map((b) => [b.code, b.minScore, b.proposal])
 * // [['XS', 180, 'BK_BO'], ['T', 160, 'GK']]
 */
export function defaultAwardRules(ruleSet: RuleSet, scale = 100): AwardRules {
  const points = (percent: number): number => (scale * percent) / 100;
  return {
    flagsPerCluster: ruleSet.rules.flagsPerCluster.value,
    flagTitle: TITLE_CODES.CTD_BO,
    flagMinScore: points(DEFAULTS.flagMinPercent),
    bands: DEFAULTS.bands.map((band) => ({
      code: band.code,
      name: band.name,
      minScore: points(band.minPercent),
      gates: [],
      proposal: band.proposal,
    })),
  };
}
