/**
 * Loading and saving workbook files. Whatever program saved the file (Excel, LibreOffice, openpyxl,
 * Google Sheets, WPS; .xlsx or .xlsm; absolute or relative part names) the library reads it as it is:
 * nothing is rewritten before or after it.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { Workbook, type Style, type Worksheet } from './library';

/** A file that is not a workbook (not a zip archive, or an archive holding no worksheet). */
export class NotAWorkbookError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: not an .xlsx workbook (${reason})`);
    this.name = 'NotAWorkbookError';
  }
}

/** A workbook with macros (.xlsm): read, never written, since the library would drop its macros. */
export class MacroWorkbookError extends Error {
  constructor(readonly file: string) {
    super(`${file}: a macro-enabled workbook cannot be written without losing its macros`);
    this.name = 'MacroWorkbookError';
  }
}

/**
 * A new, empty workbook.
 * @param title - the document title stored in the file's properties
 * @returns the workbook
 * @example
 * const workbook = newWorkbook('Phong trào thi đua năm 2018');
 */
export function newWorkbook(title = ''): Workbook {
  const workbook = new Workbook();
  workbook.creator = 'Thi đua';
  if (title !== '') workbook.title = title;
  return workbook;
}

/**
 * Reads a workbook file.
 * @param file - path of the file
 * @returns the workbook
 * @throws the file system's error (code `ENOENT`, `EACCES`, `EISDIR`, …) when the file cannot be read,
 *   {@link NotAWorkbookError} when it is not a workbook
 * @example
 * const workbook = await loadWorkbookFile('thi-dua-2018.xlsx');
 */
export async function loadWorkbookFile(file: string): Promise<Workbook> {
  const bytes = await fs.readFile(file);
  return loadWorkbookBuffer(bytes, file);
}

/**
 * Reads workbook bytes.
 * @param bytes - the file's content
 * @param label - how to name the input in an error
 * @returns the workbook
 * @throws {@link NotAWorkbookError} when the bytes are not a workbook
 */
export async function loadWorkbookBuffer(bytes: Uint8Array, label = 'workbook'): Promise<Workbook> {
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(bytes);
  } catch (error) {
    throw new NotAWorkbookError(label, error instanceof Error ? error.message : String(error));
  }
  // A zip archive of something else (a .docx renamed) loads as a workbook without sheets.
  if (workbook.worksheets.length === 0) throw new NotAWorkbookError(label, 'no worksheet');
  writeDefaultThemeFor(workbook);
  for (const worksheet of workbook.worksheets) completeFills(worksheet);
  return workbook;
}

/**
 * A pattern fill stored without its pattern type (openpyxl writes `<patternFill/>` for "no fill") loads
 * as a fill with no pattern, which the library then writes as `patternType="undefined"`: Excel repairs
 * the file and openpyxl refuses to open it. Such a fill is what the file meant, no fill.
 */
function completeFills(worksheet: Worksheet): void {
  const complete = (style: Partial<Style> | undefined): void => {
    const fill = style?.fill;
    if (style !== undefined && fill?.type === 'pattern' && fill.pattern === undefined) {
      style.fill = { type: 'pattern', pattern: 'none' };
    }
  };
  for (const column of worksheet.columns) complete(column.style);
  worksheet.eachRow({ includeEmpty: true }, (row) => {
    complete(row.style);
    row.eachCell({ includeEmpty: true }, (cell) => complete(cell.style));
  });
}

/**
 * A file without a theme part (LibreOffice writes none) loads with an empty set of themes, and the
 * library then writes a workbook that names a theme part without writing it, which Excel reports as
 * damaged. With no themes at all it writes its default theme. The one place the host reaches past the
 * library's declared surface (ExcelTS 10.2; see docs/spreadsheet-library.md).
 */
function writeDefaultThemeFor(workbook: Workbook): void {
  const held = workbook as unknown as { _themes?: Record<string, unknown> };
  if (held._themes !== undefined && Object.keys(held._themes).length === 0) held._themes = undefined;
}

/**
 * Writes a workbook into .xlsx bytes, asking the spreadsheet program to recalculate on opening (the
 * formulas are stored without results).
 * @param workbook - the workbook
 * @returns the file's content
 */
export async function workbookBytes(workbook: Workbook): Promise<Uint8Array> {
  workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
  return workbook.xlsx.writeBuffer();
}

/**
 * Whether a file name is that of a macro-enabled workbook, which is read but never written.
 * @param file - the file's path
 * @returns true for `.xlsm`
 * @example
 * isMacroWorkbook('so.xlsm') // true
 */
export function isMacroWorkbook(file: string): boolean {
  return path.extname(file).toLowerCase() === '.xlsm';
}

/**
 * Saves a workbook to an .xlsx file. The file is written beside the target and then renamed over it,
 * so a failure never leaves a half-written workbook in its place.
 * @param workbook - the workbook
 * @param file - path of the file
 * @param options - `backup`: before the rename, keep the file being replaced under this path
 * @throws {@link MacroWorkbookError} for an `.xlsm` target; the file system's error when the file
 *   cannot be written (nothing is then changed)
 * @example
 * await saveWorkbookFile(workbook, 'thi-dua-2018.xlsx');
 * await saveWorkbookFile(workbook, 'cum-2.xlsx', { backup: 'cum-2.bak.xlsx' });
 */
export async function saveWorkbookFile(
  workbook: Workbook,
  file: string,
  options: { backup?: string } = {},
): Promise<void> {
  if (isMacroWorkbook(file)) throw new MacroWorkbookError(file);
  const bytes = await workbookBytes(workbook);
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temporary, bytes);
    // The backup is made only once the new content is safely on disk; the rename then replaces the
    // file in one step.
    if (options.backup !== undefined) {
      await fs.rm(options.backup, { force: true });
      await fs.copyFile(file, options.backup);
    }
    await fs.rename(temporary, file);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}
