/**
 * Loading and saving workbook files. Whatever program saved the file (Excel, LibreOffice, openpyxl,
 * Google Sheets, WPS; .xlsx or .xlsm; absolute or relative part names) the library reads it as it is:
 * nothing is rewritten before or after it.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import type { Workbook } from './library';
import { loadWorkbookBuffer, workbookBytes } from './workbookBytes';

export { loadWorkbookBuffer, newWorkbook, NotAWorkbookError, workbookBytes } from './workbookBytes';

/** A workbook with macros (.xlsm): read, never written, since the library would drop its macros. */
export class MacroWorkbookError extends Error {
  constructor(readonly file: string) {
    super(`${file}: a macro-enabled workbook cannot be written without losing its macros`);
    this.name = 'MacroWorkbookError';
  }
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
