/**
 * The first stage of every use case: the workbook as read, the campaign in it, and the one policy that
 * says when a workbook cannot be worked on at all.
 */
import { TABLES } from '../domain/contract';
import type { Campaign, Issue } from '../domain/model';
import { findTable, headerKey, readCampaign, readCriteria } from '../domain/read';
import type { RawTable, WorkbookData } from '../domain/workbook';

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

/** Tables with one column per criterion, which the set-up grows when the catalogue gains one. */
const CRITERION_TABLES: readonly string[] = [TABLES.scores, TABLES.selfScores];

/**
 * Reads the campaign a workbook holds for setting it up again: a criterion typed into the catalogue has
 * no column yet in the scoring tables (the set-up is what adds it), so those tables are read as if they
 * had it, blank. Everything else reads as {@link readBook} reads it.
 * @param data - what the host read
 * @returns the book, its campaign including the new criteria
 * @example
 * readBookForSetUp(data).campaign?.criteria.at(-1)?.code // 'X.9', typed in Danh mục, no column yet
 */
export function readBookForSetUp(data: WorkbookData): Book {
  const codes = readCriteria(data).value?.map((criterion) => criterion.code) ?? [];
  let tables = data.tables;
  for (const name of CRITERION_TABLES) {
    const table = findTable(data, name);
    if (table === null) continue;
    const present = new Set(table.headers.map(headerKey));
    const missing = codes.filter((code) => !present.has(headerKey(code)));
    if (missing.length > 0) tables = { ...tables, [table.name]: withBlankColumns(table, missing) };
  }
  return tables === data.tables ? readBook(data) : readBook({ ...data, tables });
}

function withBlankColumns(table: RawTable, headers: readonly string[]): RawTable {
  const blanks = headers.map(() => null);
  return {
    ...table,
    headers: [...table.headers, ...headers],
    rows: table.rows.map((row) => [...row, ...blanks]),
    ...(table.formulas === undefined ? {} : { formulas: table.formulas.map((row) => [...row, ...blanks]) }),
  };
}
