/**
 * Rewriting the data rows of tables in Excel (see `TableRowsWrite`), as the results lock writes its
 * record into `Meta`: one read of the tables' headers, heights and protection, then one write — the
 * rows that exist overwritten run by run of adjacent columns, rows added at the bottom or deleted from
 * it, the sheets' protection lifted around the write and put back with the options it had.
 */
import { headerKey } from '../domain/read';
import type { CellValue } from '../domain/workbook';
import type { TableRowsWrite } from '../layout/host';
import { asText } from './_lib/text';
import type { LiftedProtection } from './protectionWrites';

/** A table read for a write: its headers, its data rows, its sheet's protection. */
interface ReadTable {
  write: TableRowsWrite;
  table: Excel.Table;
  header: Excel.Range;
  body: Excel.Range;
  sheet: Excel.Worksheet;
}

/** A value as the 2-D arrays sent to Excel carry it: blank as `""`, text Excel would not keep as text prefixed. */
function sent(value: CellValue | undefined): string | number | boolean {
  return value === null || value === undefined ? '' : asText(value);
}

/** Runs of adjacent column indexes, each as [first index, values' positions in the write]. */
function runsOf(columns: readonly number[]): { first: number; positions: number[] }[] {
  const order = columns.map((col, k) => ({ col, k })).sort((a, b) => a.col - b.col);
  const runs: { first: number; positions: number[] }[] = [];
  let last = Number.NaN;
  for (const { col, k } of order) {
    const run = runs.at(-1);
    if (run !== undefined && col === last + 1) run.positions.push(k);
    else runs.push({ first: col, positions: [k] });
    last = col;
  }
  return runs;
}

/**
 * Writes tables' data rows: two round trips (read, write) whatever their number.
 * @param context - the request context of an `Excel.run`
 * @param writes - each table, the columns written and every row it holds afterwards
 * @param onLifted - told the sheets whose protection is lifted, before anything is written
 * @returns the round trips made, and the sheets whose protection was lifted (put back in the same
 *   write; a caller puts it back after a failure)
 * @throws Error when a named column is not in its table (nothing written); Office's error when a table
 *   is not in the workbook
 * @example
 * await writeTableRows(context, [{ table: 'Meta', headers: ['Khoá', 'Giá trị'], rows: [['schemaVersion', 3]] }])
 */
export async function writeTableRows(
  context: Excel.RequestContext,
  writes: readonly TableRowsWrite[],
  onLifted: (lifted: LiftedProtection[]) => void = () => undefined,
): Promise<number> {
  const read: ReadTable[] = writes.map((write) => {
    const table = context.workbook.tables.getItem(write.table);
    const header = table.getHeaderRowRange().load('values');
    const body = table.getDataBodyRange().load('rowCount');
    const sheet = table.worksheet.load('name');
    sheet.protection.load('protected,options');
    return { write, table, header, body, sheet };
  });
  await context.sync();

  const planned = read.map(({ write, header, body, sheet, table }) => {
    const names = (header.values[0] ?? []).map((h) => headerKey(String(h)));
    const columns = write.headers.map((h) => {
      const j = names.indexOf(headerKey(h));
      if (j < 0) throw new Error(`Table ${write.table} has no column ${h}.`);
      return j;
    });
    return { write, table, sheet, columns, width: names.length, before: body.rowCount };
  });
  const lifted: LiftedProtection[] = [];
  const seen = new Set<string>();
  for (const { sheet } of planned) {
    if (!sheet.protection.protected || seen.has(sheet.name)) continue;
    seen.add(sheet.name);
    lifted.push({ sheet: sheet.name, options: sheet.protection.options });
    sheet.protection.unprotect();
  }
  onLifted(lifted);
  for (const { write, table, columns, width, before } of planned) {
    const after = Math.max(1, write.rows.length);
    const kept = Math.min(before, after);
    const body = table.getDataBodyRange();
    for (const run of runsOf(columns)) {
      const values = Array.from({ length: kept }, (_, i) =>
        run.positions.map((k) => sent(write.rows[i]?.[k])),
      );
      body.getCell(0, run.first).getResizedRange(kept - 1, run.positions.length - 1).values = values;
    }
    if (after > before) {
      const added = write.rows.slice(before).map((row) => {
        const full: (string | number | boolean)[] = Array.from({ length: width }, () => '');
        columns.forEach((col, k) => (full[col] = sent(row[k])));
        return full;
      });
      table.rows.add(undefined, added);
    } else if (after < before) {
      body
        .getRow(after)
        .getResizedRange(before - after - 1, 0)
        .delete('Up');
    }
  }
  for (const { sheet, options } of lifted)
    context.workbook.worksheets.getItem(sheet).protection.protect(options);
  await context.sync();
  return 2;
}
