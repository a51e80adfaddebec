/**
 * The workbench's "Xuất .xlsx": the in-memory workbook as the .xlsx file the command line would write.
 * The campaign read back from the memory workbook is laid out by the same plan into a fresh workbook
 * through the file host; then the constants of every table's cells are carried over as they
 * stand in memory, so what was typed (a score, a registration, even a wrong unit code) is in the file
 * exactly, not as the campaign reader understood it.
 */
import { headerKey } from '../../domain/read';
import type { CellValue, RawTable, WorkbookData } from '../../domain/workbook';
import { readBook, setUpCampaign } from '../../workflow';
import { plainCellValue } from '../../xlsx/cellValue';
import { createFileHost } from '../../xlsx/fileHost';
import type { Workbook, Worksheet } from '../../xlsx/library';
import { newWorkbook, workbookBytes } from '../../xlsx/workbookFile';
import { fileNameFor } from './fileName';

/** The file made from the memory workbook. */
export interface ExportedWorkbook {
  /** Content of the .xlsx file. */
  bytes: Uint8Array<ArrayBuffer>;
  /** A file name from the campaign's id, ASCII only. */
  fileName: string;
  /** What the file could not keep, worded for the officer (Vietnamese). */
  notes: string[];
}

/** The memory workbook holds no campaign the plan could be built from. */
export class NothingToExportError extends Error {
  constructor(readonly reason: string) {
    super(
      `Chưa xuất được tệp .xlsx: ${reason} Hãy tạo sổ ở bước "Phong trào" (hoặc sửa các lỗi được báo) rồi xuất lại.`,
    );
    this.name = 'NothingToExportError';
  }
}

/**
 * Makes the .xlsx file of a workbook read from the in-memory host.
 *
 * @param data - what the memory host holds (`exportWorkbookData()`)
 * @returns the file's bytes, its name, and notes on what it could not keep
 * @throws {@link NothingToExportError} when no campaign can be read back, or the plan refuses
 * @example
 * ```ts
 * const { bytes, fileName } = await exportWorkbook(host.exportWorkbookData());
 * ```
 */
export async function exportWorkbook(data: WorkbookData): Promise<ExportedWorkbook> {
  const { campaign } = readBook(data);
  if (campaign === null) throw new NothingToExportError('sổ chưa có phong trào đọc được.');
  const workbook = newWorkbook(campaign.name);
  const host = createFileHost(workbook);
  const setUp = await setUpCampaign(host, campaign);
  const refused = setUp.issues.find((issue) => issue.severity === 'error');
  if (!setUp.applied || refused !== undefined) throw new NothingToExportError(refused?.message ?? '');

  const notes = [...setUp.notes, ...carryTypedValues(data, await host.read(), workbook)];
  const bytes = await workbookBytes(workbook);
  return { bytes: new Uint8Array(bytes), fileName: fileNameFor(campaign), notes };
}

/**
 * Writes into the file every constant of the memory workbook's tables where the file has the same
 * table, column and row: the plan laid the file out from the campaign as read, and reading normalises
 * (a score typed as text is read as blank), so the cells themselves are what must travel.
 * @param memory - what the memory host holds
 * @param file - what the file holds after the plan
 * @param workbook - the file's workbook, written in place
 * @returns notes about tables whose shape differs (their rows stay as the campaign was read)
 */
function carryTypedValues(memory: WorkbookData, file: WorkbookData, workbook: Workbook): string[] {
  const notes: string[] = [];
  for (const table of Object.values(memory.tables)) {
    const target = file.tables[table.name];
    const worksheet = target === undefined ? undefined : workbook.getWorksheet(target.sheet);
    // An empty table is written with one blank row (Excel needs one): nothing typed to carry.
    if (target === undefined || worksheet === undefined || table.rows.length === 0) continue;
    if (target.rows.length !== table.rows.length) {
      notes.push(
        `Bảng ${table.name}: tệp có ${target.rows.length} dòng, sổ trong bộ nhớ có ${table.rows.length}; ` +
          'các dòng được ghi theo phong trào đọc từ sổ.',
      );
      continue;
    }
    carryTable(table, target, worksheet);
  }
  return notes;
}

function carryTable(table: RawTable, target: RawTable, worksheet: Worksheet): void {
  table.headers.forEach((header, j) => {
    const k = target.headers.findIndex((h) => headerKey(h) === headerKey(header));
    if (k < 0) return;
    table.rows.forEach((row, i) => {
      // Formulas are the plan's: only constants were typed.
      if ((table.formulas?.[i]?.[j] ?? null) !== null || (target.formulas?.[i]?.[k] ?? null) !== null) return;
      // Origins are zero-based and point at the header row; the library counts from 1.
      const cell = worksheet.getCell(target.origin.row + 2 + i, target.origin.col + 1 + k);
      const typed = row[j] ?? null;
      if (!sameValue(plainCellValue(cell.value), typed)) cell.value = typed === '' ? null : typed;
    });
  });
}

function sameValue(a: CellValue, b: CellValue): boolean {
  return a === b || ((a === null || a === '') && (b === null || b === ''));
}
