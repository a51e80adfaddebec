/** Versioned rule sets with their legal sources, and the catalogue and defaults derived from them. */
export type {
  CouncilVote,
  InForce,
  LegalDocument,
  LegalSource,
  MemberShareRule,
  RegistrationRequirement,
  Rule,
  RuleSet,
  RuleSetRules,
  TieBreakStep,
} from './ruleSet';
export { TITLE_CODES, type TitleCode } from './titleCodes';
export { DEFAULTS, type DefaultBand } from './defaults';
export { VN_2013 } from './vn2013';
export { VN_2022 } from './vn2022';
export { RULE_SETS, ruleSetById, ruleSetIdOf } from './ruleSets';
export { ruleSetForYear } from './ruleSetForYear';
export { resolveRuleSet } from './resolveRuleSet';
export { TITLE_NAMES, titlesFor, type TitleOptions } from './titlesFor';
export { defaultSettings } from './defaultSettings';
export { defaultTieBreaks, VOTES_INPUT, FLAG_LAST_YEAR_INPUT } from './defaultTieBreaks';
export { defaultAwardRules } from './defaultAwardRules';
export { explainRules, type RuleExplanation } from './explainRules';
export { CHOSEN_WORDS, formatSource } from './formatSource';
export { voteRulesFor } from './voteRulesFor';
