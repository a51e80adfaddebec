import type { Campaign, Issue } from '../model';
import { awardRuleIssues } from './campaign/awardRules';
import { campaignDateIssues, phaseIssues } from './campaign/campaignDates';
import { clusterIssues } from './campaign/clusters';
import { codeIssues } from './campaign/codes';
import { completenessIssues } from './campaign/completeness';
import { criterionIssues } from './campaign/criteria';
import { criteriaTreeIssues } from './campaign/criteriaTree';
import { exclusionIssues } from './campaign/exclusions';
import { scoringTableIssues } from './campaign/scoringTables';
import { tierIssues } from './campaign/tiers';
import { titleIssues } from './campaign/titles';
import { unitIssues } from './campaign/units';

/** The campaign checks, in the order of the tables in the workbook; a new check is a new entry. */
const CAMPAIGN_CHECKS: ReadonlyArray<(campaign: Campaign) => Issue[]> = [
  campaignDateIssues,
  completenessIssues,
  phaseIssues,
  codeIssues,
  clusterIssues,
  unitIssues,
  titleIssues,
  criterionIssues,
  criteriaTreeIssues,
  tierIssues,
  scoringTableIssues,
  exclusionIssues,
  awardRuleIssues,
];

/**
 * Checks the campaign's own set-up: dates and phases, clusters and units, the title and criteria
 * catalogues (the criteria tree, its tiers, scoring tables and exclusion rules), and the award rules
 * that name them. Registrations and scores are checked by
 * {@link validateRegistrations} and {@link validateScores}.
 *
 * @param campaign - the campaign, as read from the workbook or a preset
 * @returns the issues check by check (Campaign, Phases, Clusters, Units, Titles, Criteria, the criteria
 *   tree, Tiers, ScoringTables with the tables clusters and criteria name, Exclusions, then Bands,
 *   TieBreaks and Settings), each in row order; empty when the set-up is sound
 * @example
 * ```ts
 * validateCampaign({ ...campaign, start: '2021-12-31', end: '2021-01-01' }).map((i) => i.code);
 * //=> ['CAMPAIGN_DATES_ORDER']
 * ```
 */
export function validateCampaign(campaign: Campaign): Issue[] {
  return CAMPAIGN_CHECKS.flatMap((check) => check(campaign));
}
