/**
 * Hearing of the workbook's changes through Excel's events, so the pane can keep its results true to
 * the sheet; on an Excel without the events the pane marks its results as possibly out of date.
 */
import type { StopWatching, WorkbookChange } from '../layout/host';
import type { ExcelRun } from './excelRun';
import type { RequirementCheck } from './featureGate';
import { watchWorksheets, WORKSHEET_EVENT_REQUIREMENTS, type ExcelRunIn } from './worksheetEvents';

/** The ExcelApi version of each way of hearing of changes. */
export const CHANGE_EVENT_REQUIREMENTS = WORKSHEET_EVENT_REQUIREMENTS;

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
export function watchWorkbookChanges(
  run: ExcelRun,
  runIn: ExcelRunIn,
  requirements: RequirementCheck,
  listener: (change: WorkbookChange) => void,
): Promise<StopWatching | null> {
  return watchWorksheets<Excel.WorksheetChangedEventArgs>(run, runIn, requirements, {
    of: (source) => source.onChanged,
    // The sheet's id is all an event says; what changed is read again by the check, so none is needed.
    handler: () => () => {
      listener({ sheet: null });
      return Promise.resolve();
    },
    needsNames: false,
  });
}
