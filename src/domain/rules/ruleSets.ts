import type { RuleSet } from './ruleSet';
import { VN_2013 } from './vn2013';
import { VN_2022 } from './vn2022';

/** Every known rule set, oldest first. */
export const RULE_SETS: readonly RuleSet[] = [VN_2013, VN_2022];

/**
 * Finds a rule set by its id.
 * @param id - rule set id as a campaign names it, e.g. `vn-2013`; surrounding blanks are ignored
 * @returns the rule set, or undefined when no rule set has that id
 * @example
 * ruleSetById('vn-2022')?.inForce.from // '2024-01-01'
 * ruleSetById('vn-1999') // undefined
 */
export function ruleSetById(id: string): RuleSet | undefined {
  const wanted = id.trim();
  return RULE_SETS.find((ruleSet) => ruleSet.id === wanted);
}
