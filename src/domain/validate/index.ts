/**
 * Validation of a campaign, in three stages — set-up, registrations, scores — each returning the
 * issues of the catalogue (src/domain/issues/) located by table, row and column.
 */
export { validateAll } from './validateAll';
export { validateCampaign } from './validateCampaign';
export { validateRegistrations } from './validateRegistrations';
export type { RegistrationCheckOptions } from './validateRegistrations';
export type { ProposedAward } from './registrations/evaluation';
export { validateScores } from './validateScores';
export { validateCouncil } from './validateCouncil';
