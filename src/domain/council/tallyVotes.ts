import { VOTE_BASE_LABELS, VOTE_RESULT_LABELS } from '../contract';
import type { Campaign, VoteBase, VoteRow, VoteRule } from '../model';
import { formatPoints } from '../rank/_lib/format';
import { roundLikeExcel } from '../rank/roundLikeExcel';

/**
 * What the council's vote on one candidate and title gave: `pass` (Đạt), `fail` (Không đạt),
 * `noQuorum` (Không đủ túc số); `held` when a count cannot be (above the members present, negative,
 * not a whole number, not a number, or no member recorded), `noRule` when the title has no vote rule,
 * `pending` while no count is typed.
 */
export type VoteOutcome = 'pass' | 'fail' | 'noQuorum' | 'held' | 'noRule' | 'pending';

/** One row of the vote tally, as the `Kết quả` and `Diễn giải` columns of the Votes table say it. */
export interface VoteResult {
  /** 1-based data row in the Votes table. */
  row: number;
  candidate: string;
  title: string;
  outcome: VoteOutcome;
  /** `for` in percent of the base, rounded to 2 decimals; null when there is no share to take. */
  share: number | null;
  /** Members of the council, and those present. */
  members: number;
  present: number;
  /** The rule applied, or null when the title has none. */
  rule: VoteRule | null;
  /** The result in words with its numbers (Vietnamese). */
  reason: string;
}

/** The counts of the council: members with a name, and those of them present. */
export interface Attendance {
  members: number;
  present: number;
}

/** Shares are compared as the minutes write them: in percent, two decimals (2 of 3 is 66,67%). */
const SHARE_DECIMALS = 2;

/**
 * A share in percent, rounded as the minutes write it; what the sheet's `ROUND(x/y*100,2)` gives.
 * @param part - the count
 * @param whole - the count it is a share of (above 0)
 * @returns the share in percent, 2 decimals
 * @example
 * votePercent(2, 3) // 66.67
 */
export function votePercent(part: number, whole: number): number {
  return roundLikeExcel((part / whole) * 100, SHARE_DECIMALS);
}

/**
 * Who sits on the council and who is present at the vote.
 * @param campaign - the campaign's council
 * @returns the counts (0 and 0 when no council is recorded)
 * @example
 * attendance(campaign) // { members: 9, present: 8 }
 */
export function attendance(campaign: Pick<Campaign, 'council'>): Attendance {
  const members = campaign.council ?? [];
  return { members: members.length, present: members.filter((m) => m.present).length };
}

/**
 * The vote rule of a title: the first row of the VoteRules table naming it (as the sheet's `MATCH`).
 * @param rules - the campaign's vote rules
 * @param title - a title code
 * @returns the rule, or null
 * @example
 * voteRuleOf(voteRulesFor(VN_2013), 'CSTD_BO')?.threshold // 90
 */
export function voteRuleOf(rules: readonly VoteRule[], title: string): VoteRule | null {
  const key = title.trim().toLowerCase();
  return rules.find((r) => r.title.trim().toLowerCase() === key) ?? null;
}

function countsAreSound(row: VoteRow, present: number): boolean {
  const counts = [row.for, row.against, row.abstain];
  if (row.unreadable === true) return false;
  if (counts.some((c) => c !== null && (c < 0 || !Number.isInteger(c)))) return false;
  const sum = counts.reduce<number>((s, c) => s + (c ?? 0), 0);
  return sum <= present;
}

const baseWords = (base: VoteBase): string =>
  base === 'present' ? 'số thành viên có mặt' : 'tổng số thành viên';

/**
 * Tallies one vote row against its title's rule: the quorum first (share of all members present), then
 * the share of `for` votes in the rule's base against its threshold, both rounded to 2 decimals.
 * @param row - the counts of one candidate and title
 * @param rules - the campaign's vote rules
 * @param council - members and those present
 * @returns the result, with its reason in words
 * @example
 * tallyVote({ row: 1, candidate: 'VP', title: 'CTD_BO', for: 6, against: 2, abstain: 0 }, rules, { members: 9, present: 8 }).outcome
 * // 'pass' (6/8 = 75% of those present, at least 70% needed; 8/9 = 88,89% present, at least 66,67%)
 */
export function tallyVote(row: VoteRow, rules: readonly VoteRule[], council: Attendance): VoteResult {
  const { members, present } = council;
  const rule = voteRuleOf(rules, row.title);
  const result = (outcome: VoteOutcome, share: number | null, reason: string): VoteResult => ({
    row: row.row,
    candidate: row.candidate,
    title: row.title,
    outcome,
    share,
    members,
    present,
    rule,
    reason,
  });
  if (row.for === null && row.against === null && row.abstain === null && row.unreadable !== true)
    return result('pending', null, '');
  if (rule === null)
    return result(
      'noRule',
      null,
      `Danh hiệu "${row.title}" chưa có quy tắc biểu quyết: thêm một dòng vào bảng quy tắc biểu quyết.`,
    );
  const base = rule.base === 'present' ? present : members;
  if (members === 0 || base === 0 || !countsAreSound(row, present)) {
    const sum = (row.for ?? 0) + (row.against ?? 0) + (row.abstain ?? 0);
    return result(
      'held',
      null,
      members === 0
        ? 'Chưa có danh sách thành viên Hội đồng: nhập thành viên và người có mặt.'
        : `Số phiếu không hợp lệ (tổng ${formatPoints(sum)} phiếu, ${present} thành viên có mặt; số phiếu phải là số nguyên không âm): sửa số phiếu.`,
    );
  }
  const share = votePercent(row.for ?? 0, base);
  const attended = `Có mặt ${present}/${members} thành viên (${formatPoints(votePercent(present, members))}%)`;
  if (rule.quorum !== null && votePercent(present, members) < rule.quorum)
    return result(
      'noQuorum',
      share,
      `${attended}, cần từ ${formatPoints(rule.quorum)}%: ${VOTE_RESULT_LABELS.noQuorum.toLowerCase()}.`,
    );
  const outcome = share >= rule.threshold ? 'pass' : 'fail';
  return result(
    outcome,
    share,
    `${attended}; đồng ý ${formatPoints(row.for ?? 0)}/${base} = ${formatPoints(share)}% ${baseWords(rule.base)}, cần từ ${formatPoints(rule.threshold)}%: ${VOTE_RESULT_LABELS[outcome]}.`,
  );
}

/**
 * The vote tally of the campaign: every row of the Votes table against its title's rule.
 * @param campaign - council, vote rules and votes
 * @returns one result per vote row, in table order
 * @example
 * tallyVotes(campaign).map((r) => r.outcome) // ['pass', 'fail', 'noQuorum']
 */
export function tallyVotes(campaign: Pick<Campaign, 'council' | 'voteRules' | 'votes'>): VoteResult[] {
  const council = attendance(campaign);
  const rules = campaign.voteRules ?? [];
  return (campaign.votes ?? []).map((row) => tallyVote(row, rules, council));
}

/**
 * What the sheet's `Kết quả` column shows for an outcome.
 * @param outcome - the outcome
 * @returns the label, blank while no count is typed
 * @example
 * outcomeLabel('noQuorum') // 'Không đủ túc số'
 */
export function outcomeLabel(outcome: VoteOutcome): string {
  return outcome === 'pending' ? '' : VOTE_RESULT_LABELS[outcome];
}

/** The label of a vote base, as the `Tính trên` column shows it. */
export const voteBaseLabel = (base: VoteBase): string => VOTE_BASE_LABELS[base];
