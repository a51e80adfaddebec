/**
 * Reads the in-memory workbook back as plain data, the same shape every host returns: sheets with
 * their used range, tables with their headers, evaluated values and the formulas behind them, and the
 * defined names.
 */
import type { CellValue, RawTable, WorkbookData } from '../domain/workbook';
import type { FormulaEngine } from './formulaEngine';
import { cellKey, usedBounds, type MemoryWorkbook } from './workbookModel';

/**
 * The workbook as {@link WorkbookData}: values as evaluated (null for blank cells and `""` results),
 * formulas in the form they were written (the plan's structured form), null for constants.
 *
 * @param workbook - the workbook
 * @param engine - the engine evaluating it
 * @returns the data
 *
 * @example
 * ```ts
 * readWorkbookData(workbook, engine).tables.Scores?.rows[0]; //=> ['U1', 'Văn phòng Sở', 'C1', 40, 52, 92, 1, …]
 * ```
 */
export function readWorkbookData(workbook: MemoryWorkbook, engine: FormulaEngine): WorkbookData {
  const tables: Record<string, RawTable> = {};
  for (const table of workbook.tables.values()) {
    const sheet = workbook.sheets.find((s) => s.name === table.sheet);
    const width = table.columns.length;
    const rows: CellValue[][] = engine.values(
      table.sheet,
      table.origin.row + 1,
      table.origin.col,
      table.rowCount,
      width,
    );
    const formulas: (string | null)[][] = [];
    for (let r = 0; r < table.rowCount; r += 1) {
      const row = table.origin.row + 1 + r;
      const rowFormulas: (string | null)[] = [];
      for (let index = 0; index < width; index += 1)
        rowFormulas.push(sheet?.cells.get(cellKey(row, table.origin.col + index))?.formula ?? null);
      formulas.push(rowFormulas);
    }
    tables[table.name] = {
      name: table.name,
      sheet: table.sheet,
      origin: { ...table.origin },
      headers: table.columns.map((c) => c.header),
      rows,
      formulas,
    };
  }
  const names: Record<string, string> = {};
  for (const name of workbook.names.values()) names[name.name] = name.formula;
  return {
    sheets: workbook.sheets.map((sheet) => ({
      name: sheet.name,
      visibility: sheet.visibility,
      used: usedBounds(sheet),
    })),
    tables,
    names,
  };
}
