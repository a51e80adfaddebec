import type { Campaign } from '../model';
import type { RuleSet } from './ruleSet';
import { ruleSetById } from './ruleSets';
import { ruleSetForYear } from './ruleSetForYear';

/**
 * The rule set a campaign applies: the one it names when that id is known, else the one in force
 * for most of its year. An unknown id falls back rather than failing, so a file typed by hand still
 * gets checked; validation reports the unknown id.
 *
 * @param campaign - the campaign; only `ruleSet` and `year` are read
 * @returns the rule set to apply
 * @example
 * resolveRuleSet({ ruleSet: null, year: 2021 }).id // 'vn-2013'
 * resolveRuleSet({ ruleSet: 'vn-2022', year: 2021 }).id // 'vn-2022' (the officer switched it)
 * resolveRuleSet({ ruleSet: 'vn-1999', year: 2025 }).id // 'vn-2022'
 */
export function resolveRuleSet(campaign: Pick<Campaign, 'ruleSet' | 'year'>): RuleSet {
  const named = campaign.ruleSet === null ? undefined : ruleSetById(campaign.ruleSet);
  return named ?? ruleSetForYear(campaign.year);
}
