import { REVIEW_HEADERS, TABLES, VOTE_HEADERS, VOTE_RULE_HEADERS } from '../contract';
import { combineReviews } from '../council/combineReviews';
import { attendance, voteRuleOf } from '../council/tallyVotes';
import { makeIssue } from '../issues';
import type { Campaign, Issue } from '../model';

/**
 * Checks the council's vote and the members' own scores: each vote rule within 0–100%; each vote row with a council to count it
 * against, a rule for its title, whole counts of 0 or more whose sum is no more than the members
 * present, and no earlier row for the same candidate and title. A row with a bad count has no result
 * in the sheet (`Chờ sửa lỗi`) nor in the tally until it is fixed.
 *
 * @param campaign - the council, its vote rules and its votes
 * and each member's score by a member on the council, of a listed unit and criterion, from 0 to the
 * criterion's maximum (a row that cannot be holds its unit and criterion's combined points).
 * @returns the issues, rules first, then vote rows, then the members' scores, in table order
 * @example
 * ```ts
 * validateCouncil({ ...campaign, council: [{ row: 1, name: 'An', role: 'Chủ tịch', present: true }],
 *   voteRules: [{ title: 'LDTT', quorum: null, base: 'present', threshold: 70, source: '' }],
 *   votes: [{ row: 1, candidate: 'Bình', title: 'LDTT', for: 2, against: 0, abstain: 0 }] })
 *   .map((i) => i.code);
 * //=> ['VOTE_COUNT_ABOVE_PRESENT']
 * ```
 */
export function validateCouncil(campaign: Campaign): Issue[] {
  const issues: Issue[] = [];
  const rules = campaign.voteRules ?? [];
  rules.forEach((rule, i) => {
    for (const [header, value] of [
      [VOTE_RULE_HEADERS.quorum, rule.quorum],
      [VOTE_RULE_HEADERS.threshold, rule.threshold],
    ] as const) {
      if (value !== null && (value < 0 || value > 100))
        issues.push(
          makeIssue(
            'VOTE_RULE_OUT_OF_RANGE',
            { title: rule.title, value },
            { table: TABLES.voteRules, row: i + 1, column: header },
          ),
        );
    }
  });
  const { members, present } = attendance(campaign);
  const firstRow = new Map<string, number>();
  for (const vote of campaign.votes ?? []) {
    const at = (column: string) => ({ table: TABLES.votes, row: vote.row, column });
    const counts = [
      [VOTE_HEADERS.for, vote.for],
      [VOTE_HEADERS.against, vote.against],
      [VOTE_HEADERS.abstain, vote.abstain],
    ] as const;
    const typed = counts.some(([, c]) => c !== null) || vote.unreadable === true;
    if (!typed) continue;
    if (members === 0) issues.push(makeIssue('VOTE_NO_COUNCIL', {}, at(VOTE_HEADERS.for)));
    if (voteRuleOf(rules, vote.title) === null)
      issues.push(makeIssue('VOTE_NO_RULE', { title: vote.title }, at(VOTE_HEADERS.title)));
    const bad = counts.filter(([, c]) => c !== null && (c < 0 || !Number.isInteger(c)));
    for (const [header, value] of bad)
      if (value !== null)
        issues.push(makeIssue('VOTE_COUNT_INVALID', { candidate: vote.candidate, value }, at(header)));
    const sum = counts.reduce<number>((s, [, c]) => s + (c ?? 0), 0);
    if (members > 0 && bad.length === 0 && sum > present)
      issues.push(
        makeIssue(
          'VOTE_COUNT_ABOVE_PRESENT',
          { candidate: vote.candidate, sum, present },
          at(VOTE_HEADERS.for),
        ),
      );
    const key = `${vote.candidate.trim().toLowerCase()}\u0000${vote.title.trim().toLowerCase()}`;
    const first = firstRow.get(key);
    if (first === undefined) firstRow.set(key, vote.row);
    else
      issues.push(
        makeIssue(
          'VOTE_DUPLICATE',
          { candidate: vote.candidate, title: vote.title, firstRow: first },
          at(VOTE_HEADERS.candidate),
        ),
      );
  }
  issues.push(...reviewIssues(campaign), ...differingScores(campaign));
  return issues;
}

/**
 * Typed points of `Scores` that differ from the members' combined score of the unit and criterion: the
 * ranking takes the combined score, so the officer sees which typed points gave way to it.
 */
function differingScores(campaign: Campaign): Issue[] {
  if ((campaign.reviews ?? []).length === 0) return [];
  const fold = (text: string): string => text.trim().toLowerCase();
  const issues: Issue[] = [];
  for (const group of combineReviews(campaign).combined) {
    if (group.held || group.combined === null) continue;
    const row = campaign.scores.find((s) => fold(s.unit) === fold(group.unit));
    const code = Object.keys(row?.values ?? {}).find((c) => fold(c) === fold(group.criterion));
    const typed = code === undefined ? null : (row?.values[code] ?? null);
    if (row === undefined || code === undefined || typed === null || typed === group.combined) continue;
    issues.push(
      makeIssue(
        'REVIEW_SCORE_DIFFERS',
        { unit: row.unit, criterion: code, typed, combined: group.combined },
        { table: TABLES.scores, row: row.row, column: code },
      ),
    );
  }
  return issues;
}

/** The members' scores: a member on the council, a listed unit and criterion, a score from 0 to the maximum. */
function reviewIssues(campaign: Campaign): Issue[] {
  const fold = (text: string): string => text.trim().toLowerCase();
  const members = new Set((campaign.council ?? []).map((m) => fold(m.name)));
  const units = new Set(campaign.units.map((u) => fold(u.code)));
  const issues: Issue[] = [];
  for (const review of campaign.reviews ?? []) {
    const at = (column: string) => ({ table: TABLES.reviews, row: review.row, column });
    if (!members.has(fold(review.member)))
      issues.push(makeIssue('REVIEW_MEMBER_UNKNOWN', { member: review.member }, at(REVIEW_HEADERS.member)));
    if (!units.has(fold(review.unit)))
      issues.push(
        makeIssue('REVIEW_UNKNOWN_CODE', { code: review.unit, kind: 'unit' }, at(REVIEW_HEADERS.unit)),
      );
    const criterion = campaign.criteria.find((c) => fold(c.code) === fold(review.criterion));
    if (criterion === undefined)
      issues.push(
        makeIssue(
          'REVIEW_UNKNOWN_CODE',
          { code: review.criterion, kind: 'criterion' },
          at(REVIEW_HEADERS.criterion),
        ),
      );
    else if (campaign.criteria.some((c) => fold(c.parent ?? '') === fold(criterion.code)))
      issues.push(
        makeIssue('REVIEW_CRITERION_HEADING', { code: criterion.code }, at(REVIEW_HEADERS.criterion)),
      );
    else if (review.score !== null && (review.score < 0 || review.score > criterion.max))
      issues.push(
        makeIssue(
          'REVIEW_SCORE_OUT_OF_RANGE',
          { member: review.member, value: review.score, max: criterion.max },
          at(REVIEW_HEADERS.score),
        ),
      );
  }
  return issues;
}
