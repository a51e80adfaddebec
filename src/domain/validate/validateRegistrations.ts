import type { Campaign, Issue } from '../model';
import { capIssues } from './registrations/caps';
import { registrationContext } from './registrations/context';
import type { ProposedAward } from './registrations/evaluation';
import { evaluationIssues } from './registrations/evaluation';
import { prerequisiteIssues } from './registrations/prerequisites';
import { rowIssues } from './registrations/rowChecks';

/** Options of {@link validateRegistrations}. */
export interface RegistrationCheckOptions {
  /** True at evaluation (year-end): proposed units must have registered for their title. */
  evaluation?: boolean;
  /**
   * Units and titles proposed at evaluation, as the ranking computes them; passed in so that
   * validation stays independent of how proposals are made.
   */
  proposals?: ReadonlyArray<ProposedAward>;
}

/**
 * Checks the registrations (Đăng ký › Registrations): each row on its own (unit, title, subject,
 * name, repeats, date and deadline), then the titles' prerequisites and per-unit caps across rows,
 * then — at evaluation — that every unit proposed for a title registered for it.
 *
 * @param campaign - the campaign: units, titles, registrations, deadline, settings
 * @param options - `evaluation: true` with the `proposals` turns on the evaluation check
 * @returns row issues in row order, then prerequisite, cap and evaluation issues
 * @example
 * ```ts
 * // sound registrations; U3 registered nothing; settings.registrationCheck is 'required'
 * validateRegistrations(campaign, {
 *   evaluation: true,
 *   proposals: [{ unit: 'U3', title: 'CTD_BO' }],
 * }).map((i) => [i.code, i.severity]);
 * //=> [['REGISTRATION_MISSING_AT_EVALUATION', 'error']]
 * ```
 */
export function validateRegistrations(campaign: Campaign, options: RegistrationCheckOptions = {}): Issue[] {
  const context = registrationContext(campaign);
  return [
    ...rowIssues(context),
    ...prerequisiteIssues(context),
    ...capIssues(context),
    ...(options.evaluation === true ? evaluationIssues(context, options.proposals ?? []) : []),
  ];
}
