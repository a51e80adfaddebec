/**
 * The first stage of every use case: the workbook as read, the campaign in it, and the one policy that
 * says when a workbook cannot be worked on at all.
 */
import { TABLES } from '../domain/contract';
import type { Campaign, Issue } from '../domain/model';
import { readCampaign } from '../domain/read';
import type { WorkbookData } from '../domain/workbook';

/** A workbook read once: its data, the campaign in it (null when none can be read) and the issues met. */
export interface Book {
  data: WorkbookData;
  campaign: Campaign | null;
  /** Issues of reading the tables, unplaced (see `checkedIssues`). */
  readIssues: Issue[];
}

/**
 * Why a workbook cannot be worked on: no table of the contract at all, or no campaign readable (the
 * errors that stop it, a missing table or column first).
 */
export type BookRefusal = { kind: 'notCampaignBook' } | { kind: 'unreadable'; issues: Issue[] };

/** Issue codes that mean the workbook's structure is broken, not its data: said first in a refusal. */
const STRUCTURE_CODES: ReadonlySet<string> = new Set(['TABLE_MISSING', 'COLUMN_MISSING']);

// Reading is pure: a plan build and the step after it may both ask for the same data's book.
const books = new WeakMap<WorkbookData, Book>();

/**
 * Reads the campaign from what a host read. The same data gives the same book object, so a use case
 * may read it both inside a plan build and after the write without parsing the tables twice.
 * @param data - what the host read
 * @returns the book
 * @example
 * readBook(await host.read()).campaign?.units.length // 12
 */
export function readBook(data: WorkbookData): Book {
  const known = books.get(data);
  if (known !== undefined) return known;
  const { campaign, issues } = readCampaign(data);
  const book: Book = { data, campaign, readIssues: issues };
  books.set(data, book);
  return book;
}

/**
 * The one refusal policy of every caller: a workbook holding no table of the contract is not a
 * campaign workbook; one whose campaign cannot be read (a table or a required column missing, a
 * catalogue cell unreadable) can only be shown its issues. Anything else is worked on, its bad cells
 * reported where they are.
 * @param book - the book read
 * @returns null when the book can be worked on, else why not
 * @example
 * bookRefusal(readBook(blankWorkbookData))?.kind // 'notCampaignBook'
 */
export function bookRefusal(book: Book): BookRefusal | null {
  if (book.campaign !== null) return null;
  const known: readonly string[] = Object.values(TABLES);
  if (!Object.keys(book.data.tables).some((name) => known.includes(name))) return { kind: 'notCampaignBook' };
  const errors = book.readIssues.filter((issue) => issue.severity === 'error');
  const broken = errors.filter((issue) => STRUCTURE_CODES.has(issue.code));
  return { kind: 'unreadable', issues: broken.length > 0 ? broken : errors };
}
