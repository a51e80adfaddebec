/**
 * The one entry into Excel: `Excel.run`, injectable so tests can hand the host a recording context.
 */

/** The shape of `Excel.run` the host uses. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * `Excel.run` of the loaded Office.js (looked up at call time: Office.js may load after this module).
 * @param batch - the batch function
 * @returns what the batch returns
 * @example
 * await officeExcelRun(async (context) => { context.workbook.getSelectedRange().select(); await context.sync(); })
 */
export const officeExcelRun: ExcelRun = (batch) => Excel.run(batch);
