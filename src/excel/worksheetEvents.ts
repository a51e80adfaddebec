/**
 * Hearing of an event of the sheets (a change, a selection) by the widest registration this Excel
 * has: `WorksheetCollection` events (ExcelApi 1.9) cover every sheet, those added later too; Excel
 * 2019 (ExcelApi 1.7, 1.8) has the same event on each `Worksheet`, registered sheet by sheet; an
 * older Excel has neither, and the caller does without.
 */
import type { StopWatching } from '../layout/host';
import type { ExcelRun } from './excelRun';
import type { RequirementCheck } from './featureGate';

/** The ExcelApi version of each way of registering for an event of the sheets. */
export const WORKSHEET_EVENT_REQUIREMENTS = {
  /** On `workbook.worksheets`: every sheet at once. */
  workbook: '1.9',
  /** On each `worksheet`: one registration per sheet. */
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

/** What a watcher needs beyond the event: whether its handler reads the sheets' names by id. */
export interface WorksheetEvent<Args> {
  /** The event on the collection or on one sheet (both have it under the same name). */
  of: (source: Excel.WorksheetCollection | Excel.Worksheet) => OfficeExtension.EventHandlers<Args>;
  /** The handler, given the sheets' names by id when `needsNames` (an event names its sheet by id). */
  handler: (names: ReadonlyMap<string, string>) => (args: Args) => Promise<void>;
  /** True when the handler reads the names: they are loaded once, before registering. */
  needsNames: boolean;
}

/**
 * Registers for an event of the sheets, by the widest registration this Excel has, in one batch
 * (one sync to read the sheets when needed, one to register).
 * @param run - `Excel.run`
 * @param runIn - `Excel.run` over an existing context, to remove the handlers
 * @param requirements - the requirement-set check
 * @param event - the event and its handler
 * @returns how to stop listening, or null when this Excel has no such event
 * @example
 * await watchWorksheets(run, runIn, check, { of: (s) => s.onChanged, handler: () => onChange, needsNames: false })
 */
export async function watchWorksheets<Args>(
  run: ExcelRun,
  runIn: ExcelRunIn,
  requirements: RequirementCheck,
  event: WorksheetEvent<Args>,
): Promise<StopWatching | null> {
  const wholeWorkbook = requirements('ExcelApi', WORKSHEET_EVENT_REQUIREMENTS.workbook);
  if (!wholeWorkbook && !requirements('ExcelApi', WORKSHEET_EVENT_REQUIREMENTS.sheet)) return null;
  const added = await run(async (context) => {
    const worksheets = context.workbook.worksheets;
    const names = new Map<string, string>();
    // The sheets are read only when the handler names them or each sheet is registered on its own.
    if (event.needsNames || !wholeWorkbook) {
      worksheets.load(event.needsNames ? 'items/name,items/id' : 'items/name');
      await context.sync();
      if (event.needsNames) for (const sheet of worksheets.items) names.set(sheet.id, sheet.name);
    }
    const handler = event.handler(names);
    const results = wholeWorkbook
      ? [event.of(worksheets).add(handler)]
      : worksheets.items.map((sheet) => event.of(sheet).add(handler));
    await context.sync();
    return { context, results };
  });
  return () =>
    runIn(added.context, async (context) => {
      for (const result of added.results) result.remove();
      await context.sync();
    });
}
