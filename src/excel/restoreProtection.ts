/**
 * After a failed write: a batch that fails part-way keeps what ran before the failure, so a sheet
 * whose protection was lifted may be left open. This puts the protection back, in a run of its own
 * (the failed run's context is not reused).
 */
import type { ExcelRun } from './excelRun';
import type { LiftedProtection } from './protectionWrites';

/**
 * Protects again every lifted sheet that is not protected now, with the options it had.
 * @param run - `Excel.run` or a stand-in
 * @param lifted - the sheets the failed write unprotected
 * @returns the sheets protected again
 * @example
 * await restoreProtection(Excel.run, [{ sheet: 'Chấm điểm', options: { allowAutoFilter: true } }]) // ['Chấm điểm']
 */
export async function restoreProtection(
  run: ExcelRun,
  lifted: readonly LiftedProtection[],
): Promise<string[]> {
  if (lifted.length === 0) return [];
  return run(async (context) => {
    const sheets = lifted.map((entry) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(entry.sheet);
      sheet.protection.load('protected');
      return { entry, sheet };
    });
    await context.sync();
    // protect() fails on a sheet that is already protected: only the open ones are protected again.
    const open = sheets.filter(({ sheet }) => !sheet.isNullObject && !sheet.protection.protected);
    for (const { entry, sheet } of open) sheet.protection.protect(entry.options);
    if (open.length > 0) await context.sync();
    return open.map(({ entry }) => entry.sheet);
  });
}
