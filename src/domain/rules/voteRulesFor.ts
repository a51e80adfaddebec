import type { VoteRule } from '../model';
import { formatSource } from './formatSource';
import type { CouncilVote, Rule, RuleSet } from './ruleSet';

/**
 * The council's vote rules under a rule set, one per title, as the VoteRules table holds them: the
 * legal ones first (`councilVotes`), then those left to the council (`chosenCouncilVotes`); a title
 * both name keeps its legal rule. Each rule carries its source as printed, so the table says which
 * threshold the law fixes and which one the council chose.
 *
 * @param ruleSet - the rule set the values come from
 * @returns the rules, in the order the rule set lists them
 * @example
 * voteRulesFor(VN_2013).find((r) => r.title === 'CSTD_BO')
 * // { title: 'CSTD_BO', quorum: null, base: 'allMembers', threshold: 90, source: 'Nghị định 91/2017/NĐ-CP, Điều 45 khoản 8' }
 */
export function voteRulesFor(ruleSet: RuleSet): VoteRule[] {
  const rules: VoteRule[] = [];
  const seen = new Set<string>();
  const add = (rule: Rule<CouncilVote[]>) => {
    const source = formatSource(rule.source);
    for (const vote of rule.value) {
      for (const title of vote.titles) {
        if (seen.has(title)) continue;
        seen.add(title);
        rules.push({
          title,
          quorum: vote.quorumPercent,
          base: vote.base,
          threshold: vote.minPercent,
          source,
        });
      }
    }
  };
  add(ruleSet.rules.councilVotes);
  add(ruleSet.rules.chosenCouncilVotes);
  return rules;
}
