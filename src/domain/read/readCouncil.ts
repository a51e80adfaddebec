import {
  COUNCIL_HEADERS,
  RECUSAL_HEADERS,
  REVIEW_HEADERS,
  TABLES,
  VOTE_HEADERS,
  VOTE_RULE_HEADERS,
} from '../contract';
import type { CouncilMember, Issue, Recusal, ReviewScore, VoteRow, VoteRule } from '../model';
import type { WorkbookData } from '../workbook';
import type { Reading } from './_lib/reading';
import { hasError } from './_lib/reading';
import { readTableRows } from './tableRows';

const COUNCIL = {
  name: { header: COUNCIL_HEADERS.name, kind: 'text', required: true, mandatory: true },
  role: { header: COUNCIL_HEADERS.role, kind: 'text', required: true },
  present: { header: COUNCIL_HEADERS.present, kind: 'presence', required: true, mandatory: true },
} as const;

/**
 * Reads the Council table: the council's members and who is present at the vote. Absent: no council
 * recorded. A member whose presence cannot be read counts as absent, as the sheet counts only `Có`.
 * @param data - what the host read back
 * @returns the members in order
 * @example
 * readCouncil(data).value[0] // { row: 1, name: 'Nguyễn Văn An', role: 'Chủ tịch', present: true }
 */
export function readCouncil(data: WorkbookData): Reading<CouncilMember[]> {
  const table = readTableRows(data, TABLES.council, COUNCIL, 'optional');
  const value = table.rows.flatMap(({ row, cells }): CouncilMember[] =>
    cells.name === '' ? [] : [{ row, name: cells.name, role: cells.role, present: cells.present === true }],
  );
  return { value, issues: table.issues, usable: table.usable };
}

const RULES = {
  title: { header: VOTE_RULE_HEADERS.title, kind: 'code', required: true, mandatory: true },
  quorum: { header: VOTE_RULE_HEADERS.quorum, kind: 'number', required: true },
  base: { header: VOTE_RULE_HEADERS.base, kind: 'voteBase', required: true, mandatory: true },
  threshold: { header: VOTE_RULE_HEADERS.threshold, kind: 'number', required: true, mandatory: true },
  source: { header: VOTE_RULE_HEADERS.source, kind: 'text', required: true },
} as const;

/**
 * Reads the VoteRules table: per title, the quorum, the base and the share of votes needed. Absent:
 * no vote rule. A rule whose cells cannot be read makes the campaign unreadable, like any rule.
 * @param data - what the host read back
 * @returns the rules in order
 * @example
 * readVoteRules(data).value[0] // { title: 'CSTD_BO', quorum: null, base: 'allMembers', threshold: 90, source: '…' }
 */
export function readVoteRules(data: WorkbookData): Reading<VoteRule[]> {
  const table = readTableRows(data, TABLES.voteRules, RULES, 'optional');
  const value = table.rows.flatMap(({ cells }): VoteRule[] =>
    cells.base === null || cells.threshold === null
      ? []
      : [
          {
            title: cells.title,
            quorum: cells.quorum,
            base: cells.base,
            threshold: cells.threshold,
            source: cells.source,
          },
        ],
  );
  return { value, issues: table.issues, usable: table.usable && !hasError(table.issues) };
}

const VOTES = {
  candidate: { header: VOTE_HEADERS.candidate, kind: 'text', required: true, mandatory: true },
  title: { header: VOTE_HEADERS.title, kind: 'code', required: true, mandatory: true },
  for: { header: VOTE_HEADERS.for, kind: 'number', required: true },
  against: { header: VOTE_HEADERS.against, kind: 'number', required: true },
  abstain: { header: VOTE_HEADERS.abstain, kind: 'number', required: true },
} as const;

/** Issues of a count cell the sheet's formulas read as no number: the row has no result until fixed. */
const NOT_A_NUMBER: ReadonlySet<string> = new Set([
  'NUMBER_INVALID',
  'NUMBER_AS_TEXT',
  'NUMBER_DECIMAL_COMMA',
]);
const COUNT_HEADERS: ReadonlySet<string> = new Set([
  VOTE_HEADERS.for,
  VOTE_HEADERS.against,
  VOTE_HEADERS.abstain,
]);

/**
 * Reads the Votes table: the counts of each candidate's vote for a title. Absent: no vote yet. A count
 * that is not a number (a number typed as text among them, which the sheet's formulas pass over) is
 * read as nothing and marks the row unreadable: it gets no result until the cell holds a number.
 * @param data - what the host read back
 * @returns the rows in order
 * @example
 * readVotes(data).value[0] // { row: 1, candidate: 'VP', title: 'CTD_BO', for: 7, against: 1, abstain: 0 }
 */
export function readVotes(data: WorkbookData): Reading<VoteRow[]> {
  const table = readTableRows(data, TABLES.votes, VOTES, 'optional');
  const bad = new Set(
    table.issues
      .filter(
        (i: Issue) =>
          NOT_A_NUMBER.has(i.code) && i.row !== null && i.column !== null && COUNT_HEADERS.has(i.column),
      )
      .map((i) => i.row),
  );
  const value = table.rows.map(({ row, cells }): VoteRow => {
    const unreadable = bad.has(row);
    return {
      row,
      candidate: cells.candidate,
      title: cells.title,
      for: unreadable ? null : cells.for,
      against: unreadable ? null : cells.against,
      abstain: unreadable ? null : cells.abstain,
      ...(unreadable ? { unreadable: true } : {}),
    };
  });
  return { value, issues: table.issues, usable: table.usable };
}

const REVIEWS = {
  member: { header: REVIEW_HEADERS.member, kind: 'text', required: true, mandatory: true },
  unit: { header: REVIEW_HEADERS.unit, kind: 'code', required: true, mandatory: true },
  criterion: { header: REVIEW_HEADERS.criterion, kind: 'code', required: true, mandatory: true },
  score: { header: REVIEW_HEADERS.score, kind: 'number', required: true },
} as const;

/**
 * Reads the Reviews table: each council member's score of a unit on a criterion. Absent: no reviewer's
 * score, and scoring works from the Scores table alone. A score that is not a number (a number typed as
 * text among them, which the sheet's formulas pass over) reads as nothing and marks the row unreadable.
 * @param data - what the host read back
 * @returns the rows in order
 * @example
 * readReviews(data).value[0] // { row: 1, member: 'Nguyễn Văn An', unit: 'VP', criterion: 'I.1', score: 8 }
 */
export function readReviews(data: WorkbookData): Reading<ReviewScore[]> {
  const table = readTableRows(data, TABLES.reviews, REVIEWS, 'optional');
  const bad = new Set(
    table.issues
      .filter((i) => NOT_A_NUMBER.has(i.code) && i.row !== null && i.column === REVIEW_HEADERS.score)
      .map((i) => i.row),
  );
  const value = table.rows.map(({ row, cells }): ReviewScore => {
    const unreadable = bad.has(row);
    return {
      row,
      member: cells.member,
      unit: cells.unit,
      criterion: cells.criterion,
      score: unreadable ? null : cells.score,
      ...(unreadable ? { unreadable: true } : {}),
    };
  });
  return { value, issues: table.issues, usable: table.usable };
}

const RECUSALS = {
  member: { header: RECUSAL_HEADERS.member, kind: 'text', required: true, mandatory: true },
  unit: { header: RECUSAL_HEADERS.unit, kind: 'code', required: true, mandatory: true },
  reason: { header: RECUSAL_HEADERS.reason, kind: 'text', required: false },
} as const;

/**
 * Reads the Recusals table: members who declare a conflict of interest for a unit. Absent: none.
 * @param data - what the host read back
 * @returns the rows in order
 * @example
 * readRecusals(data).value[0] // { row: 1, member: 'Trần Thị Bình', unit: 'VP', reason: 'Nguyên là Chánh Văn phòng' }
 */
export function readRecusals(data: WorkbookData): Reading<Recusal[]> {
  const table = readTableRows(data, TABLES.recusals, RECUSALS, 'optional');
  const value = table.rows.map(({ row, cells }): Recusal => ({
    row,
    member: cells.member,
    unit: cells.unit,
    reason: cells.reason,
  }));
  return { value, issues: table.issues, usable: table.usable };
}
