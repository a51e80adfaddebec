/**
 * Opening a campaign workbook for `check`, `rank` and `summary`: load the file, read its tables back and
 * the campaign from them, and stop with one line when the file is no campaign workbook at all.
 */
import type ExcelJS from 'exceljs';
import { TABLES } from '../domain/contract';
import type { Campaign, Issue } from '../domain/model';
import { readCampaign } from '../domain/read';
import type { WorkbookData } from '../domain/workbook';
import type { WorkbookHost } from '../layout/host';
import { createFileHost } from '../xlsx/fileHost';
import { loadWorkbookFile } from '../xlsx/workbookFile';
import { CliError } from './cliError';
import { fileProblem } from './fileProblem';

/** Issue codes that mean the workbook's structure is broken, not its data. */
const STRUCTURE_CODES: ReadonlySet<string> = new Set(['TABLE_MISSING', 'COLUMN_MISSING']);

/** A campaign workbook, opened and read. */
export interface CampaignBook {
  workbook: ExcelJS.Workbook;
  host: WorkbookHost;
  data: WorkbookData;
  campaign: Campaign;
  /** What reading the tables found (values that could not be read, and the like). */
  readIssues: Issue[];
}

/**
 * Opens and reads a campaign workbook.
 * @param file - absolute path of the file
 * @param shown - the path as the officer wrote it, for messages
 * @returns the workbook, its host, its data and the campaign read from it
 * @throws {@link CliError} (exit 2) when the file cannot be read, is not a workbook, or lacks a table or
 *   a required column of a campaign workbook
 */
export async function openCampaignBook(file: string, shown: string): Promise<CampaignBook> {
  let workbook: ExcelJS.Workbook;
  try {
    workbook = await loadWorkbookFile(file);
  } catch (error) {
    throw fileProblem(error, shown, 'read');
  }
  const host = createFileHost(workbook);
  const data = await host.read();
  const known: readonly string[] = Object.values(TABLES);
  if (!Object.keys(data.tables).some((name) => known.includes(name))) {
    throw new CliError(
      `Tệp "${shown}" không phải sổ thi đua: không có bảng nào của sổ (${TABLES.campaign}, ${TABLES.units}, ${TABLES.scores}…). ` +
        'Tạo sổ bằng "thidua init".',
    );
  }
  const { campaign, issues } = readCampaign(data);
  const broken = issues.filter((issue) => issue.severity === 'error' && STRUCTURE_CODES.has(issue.code));
  if (campaign === null || broken.length > 0) {
    const reasons = broken.length > 0 ? broken : issues.filter((issue) => issue.severity === 'error');
    const first = reasons[0]?.message ?? 'không đọc được thông tin phong trào.';
    const more = reasons.length > 1 ? ` (và ${reasons.length - 1} lỗi cấu trúc khác)` : '';
    throw new CliError(`Không đọc được sổ "${shown}": ${oneLine(first)}${more}`);
  }
  return { workbook, host, data, campaign, readIssues: issues };
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}
