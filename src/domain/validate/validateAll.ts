import type { Campaign, Issue } from '../model';
import { validateCampaign } from './validateCampaign';
import { validateCouncil } from './validateCouncil';
import type { RegistrationCheckOptions } from './validateRegistrations';
import { validateRegistrations } from './validateRegistrations';
import { validateScores } from './validateScores';

/**
 * Runs every validation stage: the campaign's set-up, then registrations, then scores, then the
 * council's vote.
 *
 * @param campaign - the campaign
 * @param options - passed to {@link validateRegistrations} (`evaluation`, `proposals`)
 * @returns the issues of the four stages, in that order
 * @example
 * ```ts
 * const issues = validateAll(campaign);
 * const ok = issues.every((i) => i.severity !== 'error');
 * ```
 */
export function validateAll(campaign: Campaign, options: RegistrationCheckOptions = {}): Issue[] {
  return [
    ...validateCampaign(campaign),
    ...validateRegistrations(campaign, options),
    ...validateScores(campaign),
    ...validateCouncil(campaign),
  ];
}
