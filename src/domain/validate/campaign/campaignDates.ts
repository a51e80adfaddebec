import { PHASE_HEADERS, TABLES } from '../../contract';
import { formatDateVi, isIsoDate } from '../../dates';
import type { Campaign, Issue } from '../../model';
import { makeIssue } from '../../issues';
import { campaignFieldPlace } from '../_lib/place';

/**
 * Dates of the campaign itself: start before end, plan not issued after the end, registration
 * deadline within the campaign. A plan issued after the start is normal (a plan of 10/01/2018 for
 * the year 2018), so it is not reported.
 * @param campaign - the campaign
 * @returns issues on the Campaign table
 * @example
 * campaignDateIssues({ ...campaign, start: '2021-12-31', end: '2021-01-01' })[0]?.code //=> 'CAMPAIGN_DATES_ORDER'
 */
export function campaignDateIssues(campaign: Campaign): Issue[] {
  const { start, end, issueDate, registrationDeadline } = campaign;
  // Unreadable dates are reported when the table is read; comparing them here would only add noise.
  if (!isIsoDate(start) || !isIsoDate(end)) return [];
  if (start > end) {
    // With the span reversed, "after the end" and "outside the campaign" say nothing useful.
    return [
      makeIssue(
        'CAMPAIGN_DATES_ORDER',
        { start: formatDateVi(start), end: formatDateVi(end) },
        campaignFieldPlace('start'),
      ),
    ];
  }
  const issues: Issue[] = [];
  if (isIsoDate(issueDate) && issueDate > end) {
    issues.push(
      makeIssue(
        'CAMPAIGN_ISSUE_DATE_AFTER_END',
        { issueDate: formatDateVi(issueDate), end: formatDateVi(end) },
        campaignFieldPlace('issueDate'),
      ),
    );
  }
  if (isIsoDate(registrationDeadline) && (registrationDeadline < start || registrationDeadline > end)) {
    issues.push(
      makeIssue(
        'REGISTRATION_DEADLINE_OUTSIDE',
        { deadline: formatDateVi(registrationDeadline), start: formatDateVi(start), end: formatDateVi(end) },
        campaignFieldPlace('registrationDeadline'),
      ),
    );
  }
  return issues;
}

/**
 * Phases and their milestones: each phase in order and inside the campaign, each milestone inside
 * its phase.
 * @param campaign - the campaign
 * @returns issues on the Phases table, phase by phase
 * @example
 * const phases = [{ name: 'Đợt 1', start: '2022-01-01', end: '2022-06-30', milestones: [] }];
 * phaseIssues({ ...campaign, start: '2021-01-01', end: '2021-12-31', phases }).map((i) => i.code)
 * //=> ['PHASE_OUTSIDE_CAMPAIGN']
 */
export function phaseIssues(campaign: Campaign): Issue[] {
  const issues: Issue[] = [];
  const campaignDatesKnown =
    isIsoDate(campaign.start) && isIsoDate(campaign.end) && campaign.start <= campaign.end;
  campaign.phases.forEach((phase, index) => {
    const row = index + 1;
    if (!isIsoDate(phase.start) || !isIsoDate(phase.end)) return;
    if (phase.start > phase.end) {
      issues.push(
        makeIssue(
          'PHASE_DATES_ORDER',
          { phase: phase.name, start: formatDateVi(phase.start), end: formatDateVi(phase.end) },
          { table: TABLES.phases, row, column: PHASE_HEADERS.start },
        ),
      );
      return;
    }
    if (campaignDatesKnown && (phase.start < campaign.start || phase.end > campaign.end)) {
      issues.push(
        makeIssue(
          'PHASE_OUTSIDE_CAMPAIGN',
          {
            phase: phase.name,
            phaseStart: formatDateVi(phase.start),
            phaseEnd: formatDateVi(phase.end),
            start: formatDateVi(campaign.start),
            end: formatDateVi(campaign.end),
          },
          {
            table: TABLES.phases,
            row,
            column: phase.start < campaign.start ? PHASE_HEADERS.start : PHASE_HEADERS.end,
          },
        ),
      );
    }
    for (const milestone of phase.milestones) {
      if (!isIsoDate(milestone.date) || (milestone.date >= phase.start && milestone.date <= phase.end))
        continue;
      issues.push(
        makeIssue(
          'MILESTONE_OUTSIDE_PHASE',
          {
            phase: phase.name,
            label: milestone.label,
            date: formatDateVi(milestone.date),
            phaseStart: formatDateVi(phase.start),
            phaseEnd: formatDateVi(phase.end),
          },
          { table: TABLES.phases, row, column: PHASE_HEADERS.milestones },
        ),
      );
    }
  });
  return issues;
}
