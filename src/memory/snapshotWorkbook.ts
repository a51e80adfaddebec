/**
 * A plain, comparable picture of everything the in-memory workbook holds as written (not evaluated):
 * for tests ("applying a plan twice equals applying it once") and for saving a workbench session.
 */
import { a1, type CellValue, type SheetVisibility } from '../domain/workbook';
import type { CellStyle, ChartPlan, ConditionalFormatPlan, PrintPlan } from '../layout/plan';
import {
  keyPosition,
  type MemoryColumn,
  type MemoryMerge,
  type MemoryName,
  type MemoryWorkbook,
} from './workbookModel';

/** A cell as written. */
export interface CellSnapshot {
  value: CellValue;
  formula: string | null;
  numberFormat: string | null;
  locked: boolean;
  style: CellStyle | null;
}

/** A sheet, its cells by A1 address in row then column order. */
export interface SheetSnapshot {
  name: string;
  visibility: SheetVisibility;
  tabColor: string | null;
  freezeRows: number;
  protect: boolean;
  cells: Record<string, CellSnapshot>;
  merges: MemoryMerge[];
  conditionalFormats: ConditionalFormatPlan[];
  charts: ChartPlan[];
  columnWidths: Record<number, number>;
  /** Row heights (points) by zero-based row, as the plan set them. */
  rowHeights: Record<number, number>;
  print: PrintPlan | null;
}

/** A table. */
export interface TableSnapshot {
  name: string;
  sheet: string;
  origin: { row: number; col: number };
  columns: MemoryColumn[];
  rowCount: number;
  style: string;
  showFilter: boolean;
}

/** The whole workbook. */
export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  tables: TableSnapshot[];
  names: MemoryName[];
}

/**
 * Copies the workbook into plain data; blank cells that hold nothing are left out, tables and names
 * are sorted by name, so two workbooks holding the same things give equal snapshots.
 *
 * @param workbook - the workbook
 * @returns a deep copy, safe to serialise and compare
 *
 * @example
 * ```ts
 * expect(snapshotWorkbook(twice)).toEqual(snapshotWorkbook(once));
 * ```
 */
export function snapshotWorkbook(workbook: MemoryWorkbook): WorkbookSnapshot {
  return structuredClone({
    sheets: workbook.sheets.map((sheet) => {
      const entries = [...sheet.cells.entries()]
        .map(([key, cell]) => ({ pos: keyPosition(key), cell }))
        .filter(
          ({ cell }) =>
            cell.value !== null ||
            cell.formula !== null ||
            cell.numberFormat !== null ||
            !cell.locked ||
            cell.style !== null,
        )
        .sort((x, y) => x.pos.row - y.pos.row || x.pos.col - y.pos.col);
      const cells: Record<string, CellSnapshot> = {};
      for (const { pos, cell } of entries) cells[a1(pos)] = { ...cell };
      return {
        name: sheet.name,
        visibility: sheet.visibility,
        tabColor: sheet.tabColor,
        freezeRows: sheet.freezeRows,
        protect: sheet.protect,
        cells,
        merges: [...sheet.merges].sort((x, y) => x.row - y.row || x.col - y.col),
        conditionalFormats: sheet.conditionalFormats,
        charts: sheet.charts,
        columnWidths: sheet.columnWidths,
        rowHeights: sheet.rowHeights,
        print: sheet.print,
      };
    }),
    tables: [...workbook.tables.values()].sort((x, y) => x.name.localeCompare(y.name)),
    names: [...workbook.names.values()].sort((x, y) => x.name.localeCompare(y.name)),
  });
}
