import type { Settings } from '../model';
import { DEFAULTS } from './defaults';
import type { RuleSet } from './ruleSet';

/**
 * The settings a new campaign starts from: registration check from the rule set, the self-score gap
 * as a share of the scale (5%: see `DEFAULTS.selfReviewGapPercent`) and two decimals.
 *
 * @param ruleSet - the rule set the campaign applies
 * @param scale - total points of the scoring table (100 or 200)
 * @returns the default settings
 * @example
 * defaultSettings(VN_2013, 200) // { selfReviewGap: 10, precision: 2, registrationCheck: 'required' }
 * defaultSettings(VN_2022).registrationCheck // 'optional'
 */
export function defaultSettings(ruleSet: RuleSet, scale = 100): Settings {
  return {
    selfReviewGap: (scale * DEFAULTS.selfReviewGapPercent) / 100,
    precision: DEFAULTS.precision,
    registrationCheck: ruleSet.rules.registration.value,
  };
}
