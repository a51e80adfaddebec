/**
 * Hearing of the workbook's changes through Excel's events, so the pane can keep its results true to
 * the sheet. `WorksheetCollection.onChanged` (ExcelApi 1.9) covers every sheet, those added later
 * too; an Excel with ExcelApi 1.7 or 1.8 (Excel 2019) has `Worksheet.onChanged` sheet by sheet; an
 * older one has no event, and the pane marks its results as possibly out of date instead.
 */
import type { StopWatching, WorkbookChange } from '../layout/host';
import type { ExcelRun } from './excelRun';
import type { RequirementCheck } from './featureGate';

/** The ExcelApi version of each way of hearing of changes. */
export const CHANGE_EVENT_REQUIREMENTS = {
  /** `workbook.worksheets.onChanged`: every sheet at once. */
  workbook: '1.9',
  /** `worksheet.onChanged`: one registration per sheet. */
  sheet: '1.7',
} as const;

/** `Excel.run` over an existing context: event handlers are removed in the context that added them. */
export type ExcelRunIn = <T>(
  context: Excel.RequestContext,
  batch: (context: Excel.RequestContext) => Promise<T>,
) => Promise<T>;

/**
 * `Excel.run` of the loaded Office.js, over a context.
 * @param context - the context the handlers were added in
 * @param batch - the batch function
 * @returns what the batch returns
 * @example
 * await officeExcelRunIn(added.context, async (context) => { added.remove(); await context.sync(); })
 */
export const officeExcelRunIn: ExcelRunIn = (context, batch) => Excel.run(context, batch);

/**
 * Registers `listener` for the workbook's changes, by the widest event this Excel has.
 * @param run - `Excel.run`
 * @param runIn - `Excel.run` over an existing context, to remove the handlers
 * @param requirements - the requirement-set check
 * @param listener - called after each change
 * @returns how to stop listening, or null when this Excel has no change event
 * @example
 * const stop = await watchWorkbookChanges(officeExcelRun, officeExcelRunIn, check, () => markStale());
 */
export async function watchWorkbookChanges(
  run: ExcelRun,
  runIn: ExcelRunIn,
  requirements: RequirementCheck,
  listener: (change: WorkbookChange) => void,
): Promise<StopWatching | null> {
  const wholeWorkbook = requirements('ExcelApi', CHANGE_EVENT_REQUIREMENTS.workbook);
  if (!wholeWorkbook && !requirements('ExcelApi', CHANGE_EVENT_REQUIREMENTS.sheet)) return null;
  // The sheet's id is all an event says; what changed is read again by the check, so none is needed.
  const handler = (): Promise<void> => {
    listener({ sheet: null });
    return Promise.resolve();
  };
  const added = await run(async (context) => {
    const worksheets = context.workbook.worksheets;
    if (wholeWorkbook) {
      const result = worksheets.onChanged.add(handler);
      await context.sync();
      return { context, results: [result] };
    }
    worksheets.load('items/name');
    await context.sync();
    const results = worksheets.items.map((sheet) => sheet.onChanged.add(handler));
    await context.sync();
    return { context, results };
  });
  return () =>
    runIn(added.context, async (context) => {
      for (const result of added.results) result.remove();
      await context.sync();
    });
}
