/** MIME type of an .xlsx workbook. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** How long the file's object URL lives: the browser reads the Blob after the click returns. */
const URL_LIFETIME_MS = 60_000;

/**
 * Hands bytes to the browser as a file download.
 * @param bytes - the file's content
 * @param fileName - the name the browser saves it under
 * @param type - its MIME type
 * @example
 * downloadFile(bytes, 'thi-dua-hue-2021.xlsx', XLSX_TYPE);
 */
export function downloadFile(bytes: Uint8Array<ArrayBuffer>, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), URL_LIFETIME_MS);
}

/**
 * A file size as people read it, with the decimal comma.
 * @param bytes - size in bytes
 * @returns e.g. `62,1 KB`
 * @example
 * fileSize(63565) // '62,1 KB'
 */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const kb = bytes / 1024;
  if (kb < 1024) return `${kb.toFixed(1).replace('.', ',')} KB`;
  return `${(kb / 1024).toFixed(1).replace('.', ',')} MB`;
}
