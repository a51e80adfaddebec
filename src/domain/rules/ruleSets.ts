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

/** Text compared as an officer means it: Unicode form, case and runs of spaces aside. */
function folded(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/gu, ' ').toLocaleLowerCase('vi-VN');
}

/**
 * The id a rule set cell means: the sheet shows a rule set by its legal name, and an older workbook,
 * a file typed by hand or the command line may give its id. Either is read back to the id; any other
 * text is kept as typed, so that the check reports it and the year's rule set applies meanwhile.
 * @param text - the cell's text
 * @returns the rule set's id, or the text itself when no rule set has that id or name
 * @example
 * ruleSetIdOf('Luật Thi đua, khen thưởng 06/2022/QH15, Nghị định 98/2023/NĐ-CP, Thông tư 11/2023/TT-BTP') // 'vn-2022'
 * ruleSetIdOf('vn-2013') // 'vn-2013'
 */
export function ruleSetIdOf(text: string): string {
  const wanted = folded(text);
  const found = RULE_SETS.find(
    (ruleSet) =>
      folded(ruleSet.id) === wanted || folded(ruleSet.name) === wanted || folded(ruleSet.nameEn) === wanted,
  );
  return found?.id ?? text.trim();
}
