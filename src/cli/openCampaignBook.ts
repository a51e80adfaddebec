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
  if (refusal !== null || book.campaign === null) {
    const reasons = refusal?.kind === 'unreadable' ? refusal.issues : [];
    const first = reasons[0]?.message ?? 'không đọc được thông tin phong trào.';
    const more = reasons.length > 1 ? ` (và ${reasons.length - 1} lỗi cấu trúc khác)` : '';
    throw new CliError(`Không đọc được sổ "${shown}": ${oneLine(first)}${more}`);
  }
  return { ...book, campaign: book.campaign, workbook, host };
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}
