import type { Campaign, Issue } from '../../../src/domain/model';
import type { RegistrationCheckOptions } from '../../../src/domain/validate';
import {
  validateCampaign,
  validateCouncil,
  validateRegistrations,
  validateScores,
} from '../../../src/domain/validate';
import type { ValidationFixture } from './fixtures';

/** Runs the stage a fixture is about. */
export function runStage(
  stage: ValidationFixture['stage'],
  campaign: Campaign,
  options?: RegistrationCheckOptions,
): Issue[] {
  if (stage === 'campaign') return validateCampaign(campaign);
  if (stage === 'registrations') return validateRegistrations(campaign, options);
  if (stage === 'council') return validateCouncil(campaign);
  return validateScores(campaign);
}
