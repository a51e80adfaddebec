/**
 * The vote tally (bình xét), live: each row of the Votes table against its title's rule in the VoteRules
 * table and the members present in the Council table. Shares are in percent, rounded to 2 decimals as
 * the minutes write them, so 2 of 3 members is 66,67% and meets a quorum of 66,67. The domain's
 * `tallyVote`.
 */
import {
  COUNCIL_HEADERS,
  SCORE_HEADERS,
  TABLES,
  VOTE_BASE_LABELS,
  VOTE_HEADERS as V,
  VOTE_RESULT_LABELS as R,
  VOTE_RULE_HEADERS,
} from '../../domain/contract';
import { SCORE_HELPER_HEADERS } from '../headers';
import { NAMES } from '../names';
import { tableColumn, text, thisRow } from './refs';

const council = (header: string): string => tableColumn(TABLES.council, header);
const rules = (header: string): string => tableColumn(TABLES.voteRules, header);

/** Members of the council: rows of the Council table with a name. */
export const MEMBERS = `COUNTIFS(${council(COUNCIL_HEADERS.name)},"<>")`;
/** Members present: rows with a name marked `Có`. */
export const PRESENT = `COUNTIFS(${council(COUNCIL_HEADERS.name)},"<>",${council(COUNCIL_HEADERS.present)},"Có")`;

const title = thisRow(V.title);
const counts = [thisRow(V.for), thisRow(V.against), thisRow(V.abstain)];
const countList = counts.join(',');
const match = `MATCH(${title},${rules(VOTE_RULE_HEADERS.title)},0)`;
const rule = (header: string): string => `INDEX(${rules(header)},${match})`;
const hasRule = `ISNUMBER(${match})`;
const base = `IF(${rule(VOTE_RULE_HEADERS.base)}=${text(VOTE_BASE_LABELS.present)},${PRESENT},${MEMBERS})`;
const typed = `COUNTA(${countList})>0`;
/** Counts that can be: numbers, whole, not negative, no more than the members present; a council recorded. */
const sound = `AND(${MEMBERS}>0,${base}>0,${counts.map((c) => `NOT(ISTEXT(${c}))`).join(',')},MIN(${countList})>=0,${counts.map((c) => `SUM(${c})=INT(SUM(${c}))`).join(',')},SUM(${countList})<=${PRESENT})`;
const presentShare = `ROUND(${PRESENT}/${MEMBERS}*100,2)`;

/**
 * `Tỷ lệ đồng ý (%)`: the `for` votes in percent of the rule's base (all members, or those present),
 * 2 decimals; blank while nothing is counted, without a rule, or on counts that cannot be.
 * @returns the formula
 * @example
 * voteShareFormula() // '=IF(COUNTA([@[Đồng ý]],…)>0,IF(ISNUMBER(MATCH(…)),IF(AND(…),ROUND(SUM([@[Đồng ý]])/…*100,2),""),""),"")'
 */
export function voteShareFormula(): string {
  return `=IF(${typed},IF(${hasRule},IF(${sound},ROUND(SUM(${thisRow(V.for)})/${base}*100,2),""),""),"")`;
}

/**
 * `Kết quả`: Đạt, Không đạt or Không đủ túc số; Chờ sửa lỗi on counts that cannot be, and a note when
 * the title has no rule; blank while nothing is counted.
 * @returns the formula
 */
export function voteResultFormula(): string {
  const quorum = rule(VOTE_RULE_HEADERS.quorum);
  const decided = `IF(AND(${quorum}<>"",${presentShare}<${quorum}),${text(R.noQuorum)},IF(${thisRow(V.share)}>=${rule(VOTE_RULE_HEADERS.threshold)},${text(R.pass)},${text(R.fail)}))`;
  return `=IF(${typed},IF(${hasRule},IF(${sound},${decided},${text(R.held)}),${text(R.noRule)}),"")`;
}

/**
 * `Diễn giải`: the result in words with its numbers — members present and the quorum, `for` votes over
 * the base and the share needed, or what to fix.
 * @returns the formula
 */
export function voteExplanationFormula(): string {
  const result = thisRow(V.result);
  const baseWords = `IF(${rule(VOTE_RULE_HEADERS.base)}=${text(VOTE_BASE_LABELS.present)},"số thành viên có mặt","tổng số thành viên")`;
  const attended = `"Có mặt "&${PRESENT}&"/"&${MEMBERS}&" thành viên ("&${presentShare}&"%)"`;
  const quorum = `", cần từ "&${rule(VOTE_RULE_HEADERS.quorum)}&"%: không đủ túc số"`;
  const share = `"; đồng ý "&SUM(${thisRow(V.for)})&"/"&${base}&" = "&${thisRow(V.share)}&"% "&${baseWords}&", cần từ "&${rule(VOTE_RULE_HEADERS.threshold)}&"%: "&LOWER(${result})`;
  const held = `IF(${MEMBERS}=0,"Chưa có danh sách thành viên Hội đồng: nhập thành viên và người có mặt","Số phiếu không hợp lệ (tổng "&SUM(${countList})&" phiếu, "&${PRESENT}&" thành viên có mặt; số phiếu phải là số nguyên không âm): sửa số phiếu")`;
  return `=IF(${result}="","",IF(${result}=${text(R.noRule)},"Thêm danh hiệu "&${title}&" vào bảng quy tắc biểu quyết",IF(${result}=${text(R.held)},${held},${attended}&IF(${result}=${text(R.noQuorum)},${quorum},${share}))))`;
}

/**
 * `Bỏ phiếu Cờ` of the Scores table: for a flag candidate, the council's vote on the flag title for the
 * unit — Đạt when a row passed, else Không đạt when one failed, else blank (not voted, no quorum, held).
 * @returns the formula
 */
export function flagVoteFormula(): string {
  const votes = (header: string): string => tableColumn(TABLES.votes, header);
  const count = (label: string): string =>
    `COUNTIFS(${votes(V.candidate)},${thisRow(SCORE_HEADERS.unit)},${votes(V.title)},${NAMES.flagTitle},${votes(V.result)},${text(label)})`;
  return `=IF(${thisRow(SCORE_HELPER_HEADERS.flagCandidate)}="x",IF(${count(R.pass)}>0,${text(R.pass)},IF(${count(R.fail)}>0,${text(R.fail)},"")),"")`;
}
