import type { Campaign, Issue } from '../model';
import { awardRuleIssues } from './campaign/awardRules';
import { campaignDateIssues, phaseIssues } from './campaign/campaignDates';
import { clusterIssues } from './campaign/clusters';
import { codeIssues } from './campaign/codes';
import { criterionIssues } from './campaign/criteria';
import { titleIssues } from './campaign/titles';
import { unitIssues } from './campaign/units';

/** The campaign checks, in the order of the tables in the workbook; a new check is a new entry. */
const CAMPAIGN_CHECKS: ReadonlyArray<(campaign: Campaign) => Issue[]> = [
  campaignDateIssues,
  phaseIssues,
  codeIssues,
  clusterIssues,
  unitIssues,
  titleIssues,
  criterionIssues,
  awardRuleIssues,
];

/**
 * Checks the campaign's own set-up: dates and phases, clusters and units, the title and criteria
 * catalogues, and the award rules that name them. Registrations and scores are checked by
 * {@link validateRegistrations} and {@link validateScores}.
 *
 * @param campaign - the campaign, as read from the workbook or a preset
 * @returns the issues, table by table (Campaign, Phases, Clusters, Units, Titles, Criteria, Bands,
 *   TieBreaks, Settings), each in row order; empty when the set-up is sound
 * @example
 * ```ts
 * validateCampaign({ ...campaign, start: '2021-12-31', end: '2021-01-01' }).map((i) => i.code);
 * //=> ['CAMPAIGN_DATES_ORDER']
 * ```
 */
export function validateCampaign(campaign: Campaign): Issue[] {
  return CAMPAIGN_CHECKS.flatMap((check) => check(campaign));
}
