/**
 * Hearing of the cell a person selects, so the pane can follow the sheet (a row of Chấm điểm opens that
 * unit's explanation). `WorksheetCollection.onSelectionChanged` (ExcelApi 1.9) covers every sheet; Excel
 * 2019 (ExcelApi 1.7, 1.8) has `Worksheet.onSelectionChanged` sheet by sheet; an older one has neither,
 * and the pane is followed by clicks in it only.
 */
import type { CellTarget, StopWatching } from '../layout/host';
import type { ExcelRunIn } from './changeEvents';
import type { ExcelRun } from './excelRun';
import type { RequirementCheck } from './featureGate';

/** The ExcelApi version of each way of hearing of selections. */
export const SELECTION_EVENT_REQUIREMENTS = {
  /** `workbook.worksheets.onSelectionChanged`: every sheet at once. */
  workbook: '1.9',
  /** `worksheet.onSelectionChanged`: one registration per sheet. */
  sheet: '1.7',
} as const;

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
export async function watchSelections(
  run: ExcelRun,
  runIn: ExcelRunIn,
  requirements: RequirementCheck,
  listener: (target: CellTarget) => void,
): Promise<StopWatching | null> {
  const wholeWorkbook = requirements('ExcelApi', SELECTION_EVENT_REQUIREMENTS.workbook);
  if (!wholeWorkbook && !requirements('ExcelApi', SELECTION_EVENT_REQUIREMENTS.sheet)) return null;
  const added = await run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name,items/id');
    await context.sync();
    const names = new Map(worksheets.items.map((sheet) => [sheet.id, sheet.name]));
    const handler = (event: Excel.WorksheetSelectionChangedEventArgs): Promise<void> => {
      const sheet = names.get(event.worksheetId);
      if (sheet !== undefined) listener({ sheet, cell: firstCellOf(event.address) });
      return Promise.resolve();
    };
    const results = wholeWorkbook
      ? [worksheets.onSelectionChanged.add(handler)]
      : worksheets.items.map((sheet) => sheet.onSelectionChanged.add(handler));
    await context.sync();
    return { context, results };
  });
  return () =>
    runIn(added.context, async (context) => {
      for (const result of added.results) result.remove();
      await context.sync();
    });
}
