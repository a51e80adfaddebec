/**
 * Workbook files as bytes: made, read and written without a file system, so the command line and the
 * browser (the workbench, the task pane reading an earlier year's workbook) use one reader and one writer.
 */
import type { WorkbookData } from '../domain/workbook';
import { Workbook, type Style, type Worksheet } from './library';
import { readWorkbook } from './readWorkbook';

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
 * Reads the content of an .xlsx file as the plain data every host gives back: what the command line's
 * file host reads from a loaded file, for an earlier year's workbook the task pane is given.
 * @param bytes - the file's content
 * @param label - how to name the file in an error
 * @returns sheets, tables and defined names
 * @throws {@link NotAWorkbookError} when the bytes are not a workbook
 * @example
 * const data = await readWorkbookBytes(new Uint8Array(await file.arrayBuffer()), file.name);
 */
export async function readWorkbookBytes(bytes: Uint8Array, label: string): Promise<WorkbookData> {
  return readWorkbook(await loadWorkbookBuffer(bytes, label));
}
