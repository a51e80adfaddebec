/**
 * The files a command writes over a workbook it was given (`setup`, `merge`): the backup kept beside it,
 * and the refusal of a macro-enabled workbook, which can be read but not written back with its macros.
 */
import * as path from 'path';
import { isMacroWorkbook } from '../xlsx/workbookFile';
import { CliError } from './cliError';

/**
 * Where the previous content of a workbook is kept when a command writes over it: beside it, with
 * `.bak` before the extension.
 * @param file - the workbook's path
 * @returns the backup's path
 * @example
 * backupPath('cum/so-thi-dua.xlsx') // 'cum/so-thi-dua.bak.xlsx'
 */
export function backupPath(file: string): string {
  const extension = path.extname(file);
  return `${file.slice(0, file.length - extension.length)}.bak${extension}`;
}

/**
 * Stops a command that would write a macro-enabled workbook: the spreadsheet library would drop its
 * macros and leave a file Excel refuses under the .xlsm name.
 * @param file - the workbook's path
 * @param shown - the path as the officer wrote it
 * @throws {@link CliError} (exit 2) for an `.xlsm` file
 */
export function refuseMacroWorkbook(file: string, shown: string): void {
  if (!isMacroWorkbook(file)) return;
  throw new CliError(
    `Sổ "${shown}" có macro (.xlsm): thidua đọc được nhưng không ghi lại được mà vẫn giữ macro. ` +
      'Mở sổ trong Excel, lưu thành "Excel Workbook (.xlsx)" rồi chạy lại lệnh với tệp .xlsx.',
  );
}
