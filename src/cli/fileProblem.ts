/**
 * File system and workbook errors turned into the one line an officer reads.
 */
import { NotAWorkbookError } from '../xlsx/workbookFile';
import { CliError } from './cliError';

/**
 * The {@link CliError} (exit 2) for a file that could not be read or written.
 * @param error - what was thrown
 * @param file - the file as the officer named it
 * @param action - whether the file was being read or written
 * @returns the error to throw
 * @example
 * fileProblem(Object.assign(new Error('x'), { code: 'ENOENT' }), 'so.xlsx', 'read').message
 * //=> 'Không tìm thấy tệp "so.xlsx".'
 */
export function fileProblem(error: unknown, file: string, action: 'read' | 'write'): CliError {
  if (error instanceof NotAWorkbookError) {
    return new CliError(`Tệp "${file}" không phải là sổ Excel (.xlsx) hoặc đã bị hỏng.`);
  }
  if (error instanceof CliError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const verb = action === 'read' ? 'đọc' : 'ghi';
  switch (code) {
    case 'ENOENT':
      return new CliError(
        action === 'read'
          ? `Không tìm thấy tệp "${file}".`
          : `Không ghi được tệp "${file}": thư mục không tồn tại.`,
      );
    case 'EISDIR':
      return new CliError(`"${file}" là một thư mục, không phải tệp .xlsx.`);
    case 'EACCES':
    case 'EPERM':
      return new CliError(`Không có quyền ${verb} tệp "${file}".`);
    case 'EBUSY':
    case 'ETXTBSY':
      return new CliError(`Không ${verb} được tệp "${file}": tệp đang bị khoá (có thể đang mở trong Excel).`);
    case 'ENOSPC':
      return new CliError(`Không ghi được tệp "${file}": ổ đĩa đã đầy.`);
    case 'EROFS':
      return new CliError(`Không ghi được tệp "${file}": ổ đĩa chỉ cho đọc.`);
    default: {
      const detail = error instanceof Error ? error.message : String(error);
      return new CliError(`Không ${verb} được tệp "${file}" (${detail.split('\n')[0] ?? ''}).`);
    }
  }
}
