/**
 * Opening a campaign workbook for `check`, `rank` and `summary`: load the file, read its tables back and
 * the campaign from them, and stop with one line when the file is no campaign workbook at all.
 */
import { TABLES } from '../domain/contract';
import type { Campaign, Issue } from '../domain/model';
import type { WorkbookData } from '../domain/workbook';
import { createFileHost } from '../xlsx/fileHost';
import type { Workbook } from '../xlsx/library';
import { loadWorkbookFile } from '../xlsx/workbookFile';
import { bookRefusal, readBook, readBookForSetUp, type Book, type WorkbookHost } from '../workflow';
import { CliError } from './cliError';
import { fileProblem } from './fileProblem';

/** A campaign workbook, opened and read. */
export interface CampaignBook extends Book {
  workbook: Workbook;
  host: WorkbookHost;
  data: WorkbookData;
  campaign: Campaign;
  /** What reading the tables found (values that could not be read, and the like). */
  readIssues: Issue[];
}

/**
 * Opens and reads a campaign workbook, refusing it by the workflow's one policy.
 * @param file - absolute path of the file
 * @param shown - the path as the officer wrote it, for messages
 * @param purpose - `setUp` reads criteria typed in the catalogue without their scoring columns yet (the
 *   set-up adds them); `read` (the default) reads the workbook as it stands
 * @returns the workbook, its host, its data and the campaign read from it
 * @throws {@link CliError} (exit 2) when the file cannot be read, is not a workbook, or lacks a table or
 *   a required column of a campaign workbook
 */
export async function openCampaignBook(
  file: string,
  shown: string,
  purpose: 'read' | 'setUp' = 'read',
): Promise<CampaignBook> {
  const { book, workbook, host, refusal } = await openBook(file, shown, purpose);
  if (refusal !== null || book.campaign === null) {
    const reasons = refusal?.kind === 'unreadable' ? refusal.issues : [];
    const first = reasons[0]?.message ?? 'không đọc được thông tin phong trào.';
    const more = reasons.length > 1 ? ` (và ${reasons.length - 1} lỗi cấu trúc khác)` : '';
    throw new CliError(`Không đọc được sổ "${shown}": ${oneLine(first)}${more}`);
  }
  return { ...book, campaign: book.campaign, workbook, host };
}

/** A workbook opened for `check`: its campaign may be null, its reading issues then say why. */
export interface CheckedBook extends Book {
  workbook: Workbook;
}

/**
 * Opens a workbook to check it: refused (exit 2) only when the file cannot be read, holds no table of
 * the contract, or lacks a table or a column the contract needs. A cell that cannot be read is an issue
 * at its cell like any other, however much of the campaign it holds back.
 * @param file - absolute path of the file
 * @param shown - the path as the officer wrote it, for messages
 * @returns the workbook and the book read from it
 * @throws {@link CliError} (exit 2) for an unreadable file or a missing table or column
 */
export async function openBookToCheck(file: string, shown: string): Promise<CheckedBook> {
  const { book, workbook, refusal } = await openBook(file, shown, 'read');
  const structural =
    refusal?.kind === 'unreadable' ? refusal.issues.filter((i) => STRUCTURE_CODES.has(i.code)) : [];
  const first = structural[0];
  if (first !== undefined) {
    const more = structural.length > 1 ? ` (và ${structural.length - 1} lỗi cấu trúc khác)` : '';
    throw new CliError(`Không đọc được sổ "${shown}": ${oneLine(first.message)}${more}`);
  }
  return { ...book, workbook };
}

/** Issue codes of a workbook whose structure, not a cell, is wrong. */
const STRUCTURE_CODES: ReadonlySet<string> = new Set(['TABLE_MISSING', 'COLUMN_MISSING']);

async function openBook(
  file: string,
  shown: string,
  purpose: 'read' | 'setUp',
): Promise<{ book: Book; workbook: Workbook; host: WorkbookHost; refusal: ReturnType<typeof bookRefusal> }> {
  let workbook: Workbook;
  try {
    workbook = await loadWorkbookFile(file);
  } catch (error) {
    throw fileProblem(error, shown, 'read');
  }
  const host = createFileHost(workbook);
  const data = await host.read();
  const book = purpose === 'setUp' ? readBookForSetUp(data) : readBook(data);
  const refusal = bookRefusal(book);
  if (refusal?.kind === 'notCampaignBook') {
    throw new CliError(
      `Tệp "${shown}" không phải sổ thi đua: không có bảng nào của sổ (${TABLES.campaign}, ${TABLES.units}, ${TABLES.scores}…). ` +
        'Tạo sổ bằng "thidua init".',
    );
  }
  return { book, workbook, host, refusal };
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}
