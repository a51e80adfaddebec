/**
 * Hearing of the cell a person selects, so the pane can follow the sheet (a row of Chấm điểm opens that
 * unit's explanation); on an Excel without selection events the pane follows clicks in it only.
 */
import type { CellTarget, StopWatching } from '../layout/host';
import type { ExcelRun } from './excelRun';
import type { RequirementCheck } from './featureGate';
import { watchWorksheets, WORKSHEET_EVENT_REQUIREMENTS, type ExcelRunIn } from './worksheetEvents';

/** The ExcelApi version of each way of hearing of selections. */
export const SELECTION_EVENT_REQUIREMENTS = WORKSHEET_EVENT_REQUIREMENTS;

/**
 * The first cell of a selected range's address, without its sheet: `D7` of `D7:F9` or `'Chấm điểm'!D7`.
 * @param address - the address an event gives
 * @returns the cell
 * @example
 * firstCellOf('D7:F9') // 'D7'
 */
export function firstCellOf(address: string): string {
  const local = address.includes('!') ? (address.split('!').pop() ?? '') : address;
  return (local.split(':')[0] ?? '').replace(/\$/g, '');
}

/**
 * Registers `listener` for the cells a person selects, by the widest event this Excel has; the sheets'
 * names are read once, as an event names its sheet by id.
 * @param run - `Excel.run`
 * @param runIn - `Excel.run` over an existing context, to remove the handlers
 * @param requirements - the requirement-set check
 * @param listener - called with each selection's sheet and first cell
 * @returns how to stop listening, or null when this Excel has no selection event
 * @example
 * const stop = await watchSelections(officeExcelRun, officeExcelRunIn, check, (t) => follow(t));
 */
export function watchSelections(
  run: ExcelRun,
  runIn: ExcelRunIn,
  requirements: RequirementCheck,
  listener: (target: CellTarget) => void,
): Promise<StopWatching | null> {
  return watchWorksheets<Excel.WorksheetSelectionChangedEventArgs>(run, runIn, requirements, {
    of: (source) => source.onSelectionChanged,
    handler: (names) => (event) => {
      const sheet = names.get(event.worksheetId);
      if (sheet !== undefined) listener({ sheet, cell: firstCellOf(event.address) });
      return Promise.resolve();
    },
    needsNames: true,
  });
}
