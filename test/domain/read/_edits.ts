import type { CellValue, RawTable, WorkbookData } from '../../../src/domain/workbook';

/** A row of a table: its 1-based data row, or the row whose cell under `column` holds `value`. */
export type RowRef = { row: number } | { match: { column: string; value: CellValue } };

/** A change a fixture makes to the clean workbook, as an officer might. */
export type Edit =
  | ({ op: 'set'; table: string; column: string; value: CellValue } & RowRef)
  | { op: 'renameHeader'; table: string; from: string; to: string }
  | { op: 'removeTable'; table: string }
  | { op: 'removeColumn'; table: string; column: string }
  | { op: 'addRow'; table: string; values: Record<string, CellValue> }
  | ({ op: 'removeRow'; table: string } & RowRef);

function tableOf(data: WorkbookData, name: string): RawTable {
  const t = data.tables[name];
  if (!t) throw new Error(`fixture names a table the workbook has not: ${name}`);
  return t;
}

function columnOf(t: RawTable, header: string): number {
  const col = t.headers.indexOf(header);
  if (col < 0) throw new Error(`fixture names a column table ${t.name} has not: ${header}`);
  return col;
}

function rowIndex(t: RawTable, ref: RowRef): number {
  if ('row' in ref) return ref.row - 1;
  const col = columnOf(t, ref.match.column);
  const index = t.rows.findIndex((r) => r[col] === ref.match.value);
  if (index < 0) throw new Error(`fixture matches no row of ${t.name}: ${JSON.stringify(ref.match)}`);
  return index;
}

/**
 * Applies a fixture's edits to a workbook (mutating it: the caller passes a fresh copy).
 * @param data - the workbook
 * @param edits - the edits, in order
 * @returns the same workbook, edited
 */
export function applyEdits(data: WorkbookData, edits: readonly Edit[]): WorkbookData {
  for (const edit of edits) {
    if (edit.op === 'removeTable') {
      delete data.tables[edit.table];
      continue;
    }
    const t = tableOf(data, edit.table);
    switch (edit.op) {
      case 'set': {
        const row = t.rows[rowIndex(t, edit)];
        if (!row) throw new Error(`no such row in ${t.name}`);
        row[columnOf(t, edit.column)] = edit.value;
        break;
      }
      case 'renameHeader':
        t.headers[columnOf(t, edit.from)] = edit.to;
        break;
      case 'removeColumn': {
        const col = columnOf(t, edit.column);
        t.headers.splice(col, 1);
        for (const row of t.rows) row.splice(col, 1);
        break;
      }
      case 'addRow':
        t.rows.push(t.headers.map((h) => edit.values[h] ?? null));
        break;
      case 'removeRow':
        t.rows.splice(rowIndex(t, edit), 1);
        break;
    }
  }
  return data;
}
