/**
 * A workbook as Excel would hold it once a plan is applied, as a seed for the recording fake: the
 * plan's sheets (visibility, protection, charts, used range), its tables (header, typed rows, the
 * formulas of computed columns) and its defined names. Computed cells hold their formula and no
 * value, as if Excel had not recalculated yet: what the actions read back are the typed inputs,
 * which is what reading and ranking use.
 */
import { a1, parseA1, type CellBounds, type CellValue } from '../../src/domain/workbook';
import type { FakeSeed, FakeSheetSeed, FakeTableSeed } from '../../src/excel/testing/fakeExcel';
import type { SheetPlan, TablePlan, WorkbookPlan } from '../../src/layout/plan';

type Office = string | number | boolean;

const VISIBILITY = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' } as const;

function local(bounds: CellBounds): string {
  return `${a1({ row: bounds.top, col: bounds.left })}:${a1({ row: bounds.bottom, col: bounds.right })}`;
}

function tableBounds(table: TablePlan): CellBounds {
  return {
    top: table.origin.row,
    left: table.origin.col,
    bottom: table.origin.row + table.rows.length,
    right: table.origin.col + table.columns.length - 1,
  };
}

function union(all: CellBounds[]): CellBounds | null {
  if (all.length === 0) return null;
  return {
    top: Math.min(...all.map((b) => b.top)),
    left: Math.min(...all.map((b) => b.left)),
    bottom: Math.max(...all.map((b) => b.bottom)),
    right: Math.max(...all.map((b) => b.right)),
  };
}

// Office.js reads an empty cell as "".
const office = (value: CellValue | undefined): Office => value ?? '';

function tableSeed(table: TablePlan): FakeTableSeed {
  const formulas = table.columns.map((column) =>
    column.role === 'computed' && column.formula !== undefined ? column.formula : null,
  );
  const rows = table.rows.map((row) => table.columns.map((_, c) => row[c] ?? null));
  return {
    name: table.name,
    sheet: table.sheet,
    address: local(tableBounds(table)),
    values: [
      table.columns.map((column) => column.header),
      ...rows.map((row) => row.map((value, c) => (formulas[c] === null ? office(value) : ''))),
    ],
    formulas: rows.map((row) => row.map((value, c) => formulas[c] ?? office(value))),
  };
}

function sheetSeed(sheet: SheetPlan): FakeSheetSeed {
  const cells = sheet.cells.flatMap((cell): CellBounds[] => {
    const pos = parseA1(cell.address);
    if (pos === null) return [];
    return [{ top: pos.row, left: pos.col, bottom: pos.row, right: pos.col + (cell.mergeAcross ?? 1) - 1 }];
  });
  const used = union([...sheet.tables.map(tableBounds), ...cells]);
  return {
    name: sheet.name,
    visibility: VISIBILITY[sheet.visibility],
    protected: sheet.protect,
    used: used === null ? null : local(used),
    charts: sheet.charts.map((chart) => chart.name),
  };
}

/**
 * The fake's seed for a workbook that holds what `plan` writes into a new workbook.
 * @param plan - a plan built against an empty workbook (every table new)
 * @param blankSheets - sheets the workbook had before, left empty (a new Excel file has `Sheet1`)
 * @returns sheets, tables and names for `new FakeExcel(seed)`
 * @example
 * const excel = new FakeExcel(planSeed(buildPlan(campaign, emptyWorkbook)));
 */
export function planSeed(plan: WorkbookPlan, blankSheets: readonly string[] = ['Sheet1']): FakeSeed {
  return {
    sheets: [...blankSheets.map((name): FakeSheetSeed => ({ name })), ...plan.sheets.map(sheetSeed)],
    tables: plan.sheets.flatMap((sheet) => sheet.tables.map(tableSeed)),
    names: Object.fromEntries(plan.names.map((name) => [name.name, name.formula])),
  };
}
