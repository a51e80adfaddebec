/**
 * Loading and saving .xlsx files with ExcelJS, with what ExcelJS loses put back
 * (formula names, table flags) and what it cannot write added (calculated column formulas).
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { readZip, writeZip } from './_lib/zip';
import { addCalculatedColumns, findCalculatedColumns } from './calculatedColumns';
import { compactValidations } from './compactValidations';
import { partsExcelJSCanRead, readFileParts, restoreFileParts } from './fileParts';

/** A file that is not a workbook (not a zip archive, or a zip ExcelJS cannot read as a workbook). */
export class NotAWorkbookError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: not an .xlsx workbook (${reason})`);
    this.name = 'NotAWorkbookError';
  }
}

/**
 * Reads an .xlsx file into an ExcelJS workbook.
 * @param file - path of the file
 * @returns the workbook
 * @throws the file system's error (code `ENOENT`, `EACCES`, `EISDIR`, …) when the file cannot be read,
 *   {@link NotAWorkbookError} when it is not a workbook
 * @example
 * const workbook = await loadWorkbookFile('thi-dua-2018.xlsx');
 */
export async function loadWorkbookFile(file: string): Promise<ExcelJS.Workbook> {
  const bytes = await fs.readFile(file);
  return loadWorkbookBuffer(bytes, file);
}

/**
 * Reads .xlsx bytes into an ExcelJS workbook.
 * @param bytes - the file's content
 * @param label - how to name the input in an error
 * @returns the workbook
 * @throws {@link NotAWorkbookError} when the bytes are not a workbook
 */
export async function loadWorkbookBuffer(bytes: Buffer, label = 'workbook'): Promise<ExcelJS.Workbook> {
  let entries;
  try {
    entries = readZip(bytes);
  } catch (error) {
    throw new NotAWorkbookError(label, error instanceof Error ? error.message : String(error));
  }
  if (!entries.some((entry) => entry.name === 'xl/workbook.xml')) {
    throw new NotAWorkbookError(label, 'no xl/workbook.xml part');
  }
  const readable = partsExcelJSCanRead(entries);
  const workbook = new ExcelJS.Workbook();
  try {
    // Stored, not compressed: this archive only goes from here to ExcelJS.
    const input = readable === null ? bytes : writeZip(readable, { compress: false });
    // ExcelJS's declared Buffer type predates Node's generic Buffer.
    await workbook.xlsx.load(input as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new NotAWorkbookError(label, error instanceof Error ? error.message : String(error));
  }
  restoreFileParts(workbook, readFileParts(entries));
  return workbook;
}

/**
 * Writes a workbook into .xlsx bytes, asking Excel to recalculate on open (ExcelJS stores formulas
 * without results), with data validations joined into ranges (see `compactValidations`) and the
 * calculated column formulas of tables added (see `calculatedColumns`).
 * @param workbook - the workbook
 * @returns the file's content
 */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
  for (const worksheet of workbook.worksheets) compactValidations(worksheet);
  const written = Buffer.from(await workbook.xlsx.writeBuffer());
  const calculated = findCalculatedColumns(workbook);
  if (calculated.size === 0) return written;
  return writeZip(addCalculatedColumns(readZip(written), calculated));
}

/**
 * Saves a workbook to an .xlsx file. The file is written beside the target and then renamed over it,
 * so a failure never leaves a half-written workbook in its place.
 * @param workbook - the workbook
 * @param file - path of the file
 * @throws the file system's error when the file cannot be written
 * @example
 * await saveWorkbookFile(workbook, 'thi-dua-2018.xlsx');
 */
export async function saveWorkbookFile(workbook: ExcelJS.Workbook, file: string): Promise<void> {
  const bytes = await workbookBytes(workbook);
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temporary, bytes);
    await fs.rename(temporary, file);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}
