/**
 * Data validations written as one range per run of cells. ExcelJS keeps a validation per cell and, when
 * it saves, joins cells into ranges after sorting their addresses as text (`A10` before `A4`): from ten
 * rows on, it writes overlapping ranges (`A10:A200` and `A4:A200`), which Excel reports as a damaged
 * file. Handing it ranges that are already joined, one per column run, keeps its joining step out.
 */
import type ExcelJS from 'exceljs';
import { a1, parseA1 } from '../domain/workbook';

interface ValidationStore {
  model: Record<string, ExcelJS.DataValidation | undefined>;
}

/**
 * Replaces a worksheet's per-cell validations by ranges: cells of one column that follow each other and
 * share the same validation become one range. Ranges already in the model are kept as they are.
 * @param worksheet - the worksheet, changed in place
 * @example
 * compactValidations(worksheet) // A4…A120 with one dropdown → one entry `A4:A120`
 */
export function compactValidations(worksheet: ExcelJS.Worksheet): void {
  // ExcelJS's type declarations leave out the sheet's validation store.
  const store = (worksheet as unknown as { dataValidations: ValidationStore }).dataValidations;
  const compacted: Record<string, ExcelJS.DataValidation> = {};
  // Validation → column → rows. Cells read from one range of a file share one object.
  const groups = new Map<ExcelJS.DataValidation, Map<number, number[]>>();
  for (const [address, validation] of Object.entries(store.model)) {
    if (validation === undefined) continue;
    const cell = address.includes(':') ? null : parseA1(address);
    if (cell === null) {
      compacted[address] = validation;
      continue;
    }
    let columns = groups.get(validation);
    if (columns === undefined) groups.set(validation, (columns = new Map<number, number[]>()));
    const rows = columns.get(cell.col);
    if (rows === undefined) columns.set(cell.col, [cell.row]);
    else rows.push(cell.row);
  }
  for (const [validation, columns] of groups) {
    for (const [col, rows] of columns) {
      rows.sort((x, y) => x - y);
      let start = rows[0] ?? 0;
      let previous = start;
      for (const row of [...rows.slice(1), Number.NaN]) {
        if (row === previous + 1) {
          previous = row;
          continue;
        }
        const first = a1({ row: start, col });
        compacted[previous === start ? first : `${first}:${a1({ row: previous, col })}`] = validation;
        start = row;
        previous = row;
      }
    }
  }
  store.model = compacted;
}
