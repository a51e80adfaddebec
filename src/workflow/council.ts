/**
 * Stage 5, the council: who is present, the vote tally of each candidate and title under its rule, and
 * the issues of the council's tables — what the pane shows beside the ranking and `thidua check` reports.
 */
import { TABLES } from '../domain/contract';
import {
  attendance,
  outcomeLabel,
  tallyVotes,
  type Attendance,
  type VoteOutcome,
  type VoteResult,
} from '../domain/council';
import type { Issue } from '../domain/model';
import { validateCouncil } from '../domain/validate';
import type { Book } from './book';
import { checkedIssues, countIssues, onePerCell, type CheckedIssue, type IssueCounts } from './issues';

/** Tables of the council: their reading issues belong to the council check. */
export const COUNCIL_TABLES: ReadonlySet<string> = new Set([TABLES.council, TABLES.voteRules, TABLES.votes]);

/** One title's votes, as the pane lists them. */
export interface TitleVotes {
  title: string;
  /** The title's name from the catalogue, else its code. */
  name: string;
  results: (VoteResult & { label: string })[];
}

/** The council check: attendance, the tally per title, and the issues of the council's tables. */
export interface CouncilCheck {
  attendance: Attendance;
  titles: TitleVotes[];
  issues: CheckedIssue[];
  counts: IssueCounts;
}

/**
 * The council's vote of a book: members present, every vote row decided under its title's rule (rows
 * still without a count left out), grouped by title in the order they first appear, with the issues of
 * the council's tables placed on their cells.
 * @param book - the book read
 * @returns the check; empty when no campaign could be read
 * @example
 * councilCheck(readBook(data)).titles[0]?.results[0]?.label // 'Đạt'
 */
export function councilCheck(book: Book): CouncilCheck {
  const { campaign } = book;
  const found: Issue[] = book.readIssues.filter((issue) => COUNCIL_TABLES.has(issue.table));
  if (campaign !== null) found.push(...validateCouncil(campaign));
  const issues = checkedIssues(onePerCell(found), book.data);
  if (campaign === null)
    return { attendance: { members: 0, present: 0 }, titles: [], issues, counts: countIssues(issues) };
  const names = new Map(campaign.titles.map((t) => [t.code.toLowerCase(), t.name]));
  const byTitle = new Map<string, TitleVotes>();
  for (const result of tallyVotes(campaign)) {
    if (result.outcome === 'pending') continue;
    const key = result.title.trim().toLowerCase();
    const group = byTitle.get(key) ?? {
      title: result.title,
      name: names.get(key) ?? result.title,
      results: [],
    };
    group.results.push({ ...result, label: outcomeLabel(result.outcome) });
    byTitle.set(key, group);
  }
  return {
    attendance: attendance(campaign),
    titles: [...byTitle.values()],
    issues,
    counts: countIssues(issues),
  };
}

/** One candidate's vote on one title, with its counts, as `thidua rank --json` lists it. */
export interface CandidateVote {
  /** 1-based data row in the Votes table. */
  row: number;
  candidate: string;
  title: string;
  /** The title's name from the catalogue, else its code. */
  titleName: string;
  /** `Đạt`, `Không đạt`, `Không đủ túc số`, `Chờ sửa lỗi` or `Chưa có quy tắc biểu quyết`. */
  result: string;
  outcome: VoteOutcome;
  for: number | null;
  against: number | null;
  abstain: number | null;
  members: number;
  present: number;
  /** `for` in percent of the rule's base, 2 decimals; null when there is no share to take. */
  share: number | null;
  /** The result in words with its numbers. */
  reason: string;
}

/**
 * Every vote the council recorded, candidate by candidate and title by title, in the order of the Votes
 * table, each with its counts and its result under the title's rule; rows still without a count left out.
 * @param book - the book read (its campaign is all that is asked)
 * @returns the votes; empty when no campaign could be read or none was recorded
 * @example
 * candidateVotes(readBook(data))[0] // { candidate: 'VP', title: 'CTD', result: 'Đạt', for: 7, against: 1, … }
 */
export function candidateVotes(book: Pick<Book, 'campaign'>): CandidateVote[] {
  const { campaign } = book;
  if (campaign === null) return [];
  const names = new Map(campaign.titles.map((t) => [t.code.trim().toLowerCase(), t.name]));
  const rows = new Map((campaign.votes ?? []).map((v) => [v.row, v]));
  return tallyVotes(campaign).flatMap((result): CandidateVote[] => {
    const vote = rows.get(result.row);
    if (result.outcome === 'pending' || vote === undefined) return [];
    return [
      {
        row: result.row,
        candidate: result.candidate,
        title: result.title,
        titleName: names.get(result.title.trim().toLowerCase()) ?? result.title,
        result: outcomeLabel(result.outcome),
        outcome: result.outcome,
        for: vote.for,
        against: vote.against,
        abstain: vote.abstain,
        members: result.members,
        present: result.present,
        share: result.share,
        reason: result.reason,
      },
    ];
  });
}
