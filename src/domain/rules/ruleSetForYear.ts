import { isoToUtcTime, MS_PER_DAY } from '../dates';
import type { RuleSet } from './ruleSet';
import { RULE_SETS } from './ruleSets';

/**
 * The rule set a campaign of `year` follows by default: the one in force for most of the year.
 *
 * A yearly campaign is judged at year end by the rules that shaped most of its work, so a year split
 * by a change of law goes to the regime covering more of its days (ties go to the newer one). A year
 * before the first rule set takes the oldest, a year after the last takes the newest: an officer
 * keeping an old file still gets checks, and switches the rule set where they do not fit.
 *
 * @param year - campaign year, e.g. 2018
 * @param ruleSets - rule sets to choose from, oldest first (the known ones by default)
 * @returns the rule set in force for most of the year
 * @example
 * ruleSetForYear(2018).id // 'vn-2013'
 * ruleSetForYear(2023).id // 'vn-2013'
 * ruleSetForYear(2024).id // 'vn-2022'
 */
export function ruleSetForYear(year: number, ruleSets: readonly RuleSet[] = RULE_SETS): RuleSet {
  const first = ruleSets[0];
  const last = ruleSets[ruleSets.length - 1];
  if (first === undefined || last === undefined)
    throw new Error('ruleSetForYear: no rule sets to choose from');
  const yearStart = Date.UTC(year, 0, 1);
  const yearEnd = Date.UTC(year, 11, 31);

  let best: RuleSet | null = null;
  let bestDays = 0;
  for (const ruleSet of ruleSets) {
    const from = Math.max(yearStart, isoToUtcTime(ruleSet.inForce.from));
    const to = Math.min(yearEnd, ruleSet.inForce.to === null ? yearEnd : isoToUtcTime(ruleSet.inForce.to));
    const days = to < from ? 0 : (to - from) / MS_PER_DAY + 1;
    if (days > 0 && days >= bestDays) {
      best = ruleSet;
      bestDays = days;
    }
  }
  if (best !== null) return best;
  return yearEnd < isoToUtcTime(first.inForce.from) ? first : last;
}
