/**
 * Earlier years' workbooks the officer picks in the pane, read in the browser by the command line's own
 * reader (src/xlsx). A chunk of its own, fetched only when the officer imports: the spreadsheet library
 * stays out of the pane's first load.
 */
import type { EarlierBook } from '../workflow';
import { NotAWorkbookError, readWorkbookBytes } from '../xlsx/workbookBytes';

/** The earlier workbooks read, and the files that are no workbook at all. */
export interface EarlierFiles {
  books: EarlierBook[];
  /** Names of the files that are not .xlsx workbooks (or are damaged), in the order picked. */
  notWorkbooks: string[];
}

/**
 * Reads the picked files. Every file is read before anything is imported, so a file that is no
 * workbook is named beside the others rather than stopping them.
 * @param files - the files picked, as the browser gives them
 * @returns the workbooks read, and the names of the files that are not workbooks
 * @example
 * const { books, notWorkbooks } = await readEarlierBooks([...input.files]);
 */
export async function readEarlierBooks(files: readonly File[]): Promise<EarlierFiles> {
  const books: EarlierBook[] = [];
  const notWorkbooks: string[] = [];
  for (const file of files) {
    try {
      const data = await readWorkbookBytes(await bytesOf(file), file.name);
      books.push({ label: file.name, read: () => Promise.resolve(data) });
    } catch (error) {
      if (!(error instanceof NotAWorkbookError)) throw error;
      notWorkbooks.push(file.name);
    }
  }
  return { books, notWorkbooks };
}

/** A file's content through `FileReader`, which every browser the add-in runs in has. */
function bytesOf(file: File): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const result = reader.result;
      if (result === null || typeof result === 'string')
        reject(new Error(`"${file.name}" was not read as bytes.`));
      else resolve(new Uint8Array(result));
    };
    reader.onerror = () => reject(reader.error ?? new Error(`"${file.name}" could not be read.`));
    reader.readAsArrayBuffer(file);
  });
}
