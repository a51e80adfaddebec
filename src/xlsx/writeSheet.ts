/**
 * Writing one planned sheet: visibility, free cells, tables, conditional formats, widths, frozen rows,
 * print setup and protection. Charts are beyond ExcelJS and come back as notes.
 */
import type ExcelJS from 'exceljs';
import { toFileFormula } from '../geometry/formulaForms';
import type { CellPlan, ConditionalFormatPlan, PrintPlan, SheetPlan } from '../layout/plan';
import { argb, applyCellStyle } from './cellStyle';
import { orderNumber, setOrderNumber } from './sheetOrder';
import { writeTable } from './writeTable';

/** ExcelJS's paper size code for A4. */
const PAPER_A4 = 9;

/**
 * Writes a planned sheet, creating it when the workbook has none of that name.
 * @param workbook - the workbook
 * @param plan - the sheet's plan
 * @returns notes for the officer about what could not be done (charts), in Vietnamese
 */
export async function writeSheet(workbook: ExcelJS.Workbook, plan: SheetPlan): Promise<string[]> {
  const worksheet = sheetFor(workbook, plan);
  worksheet.state = plan.visibility;
  if (plan.tabColor !== undefined) worksheet.properties.tabColor = { argb: argb(plan.tabColor) };

  for (const [col, width] of Object.entries(plan.columnWidths))
    worksheet.getColumn(Number(col) + 1).width = width;
  for (const cell of plan.cells) writeCell(worksheet, cell);
  for (const table of plan.tables) writeTable(workbook, worksheet, table);
  writeConditionalFormats(worksheet, plan.conditionalFormats);
  freezePanes(worksheet, plan.freezeRows, plan.freezeColumns ?? 0);
  if (plan.print !== null) setUpPrinting(worksheet, plan.print);

  if (plan.protect) {
    // No password: the lock guards formulas against a slip of the hand; anyone may lift it on purpose.
    await worksheet.protect('', {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
      autoFilter: true,
      sort: true,
    });
  } else {
    worksheet.unprotect();
  }

  return plan.charts.map(
    (chart) =>
      `Chưa tạo biểu đồ "${chart.title}" (trang "${plan.name}"): tệp ghi bằng dòng lệnh không chứa được biểu đồ. ` +
      'Mở sổ trong Excel và chạy "Tạo / cập nhật sổ thi đua" để thêm biểu đồ.',
  );
}

function writeCell(worksheet: ExcelJS.Worksheet, plan: CellPlan): void {
  const cell = worksheet.getCell(plan.address);
  if (plan.mergeAcross !== undefined && plan.mergeAcross > 1) {
    const last = worksheet.getCell(Number(cell.row), Number(cell.col) + plan.mergeAcross - 1).address;
    // Re-applying a plan meets its own merges; ExcelJS refuses to merge merged cells again.
    if (cell.isMerged) worksheet.unMergeCells(cell.address);
    worksheet.mergeCells(`${cell.address}:${last}`);
  }
  cell.value =
    plan.formula !== undefined
      ? { formula: toFileFormula(plan.formula) }
      : plan.value === ''
        ? null
        : plan.value;
  if (plan.style !== undefined) applyCellStyle(cell, plan.style);
}

/**
 * Conditional formats are the plan's own: any rule already on the sheet with the same formula (written
 * by an earlier set-up, perhaps over a shorter range) is replaced, rules of the officer's own are kept.
 */
function writeConditionalFormats(worksheet: ExcelJS.Worksheet, plans: ConditionalFormatPlan[]): void {
  const formulas = plans.map((plan) => toFileFormula(plan.formula));
  const planned = new Set(formulas);
  worksheet.removeConditionalFormatting((existing: ExcelJS.ConditionalFormattingOptions) => {
    const rules = existing.rules as { type: string; formulae?: unknown[] }[];
    const ours = rules.every((rule) => {
      const formula = rule.formulae?.[0];
      return rule.type === 'expression' && typeof formula === 'string' && planned.has(formula);
    });
    return !ours;
  });
  plans.forEach((plan, i) => {
    const style: Partial<ExcelJS.Style> = {
      fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(plan.fill) } },
    };
    if (plan.fontColor !== undefined) style.font = { color: { argb: argb(plan.fontColor) } };
    worksheet.addConditionalFormatting({
      ref: plan.range.replace(/\$/g, ''),
      rules: [{ type: 'expression', priority: i + 1, formulae: [formulas[i] ?? ''], style }],
    });
  });
}

/**
 * The sheet the plan writes on. A sheet to replace is deleted with its tables and made again; it takes
 * its place back when the sheets are put in the plan's order (see `orderSheets`).
 */
function sheetFor(workbook: ExcelJS.Workbook, plan: SheetPlan): ExcelJS.Worksheet {
  const existing = workbook.getWorksheet(plan.name);
  if (existing === undefined) return workbook.addWorksheet(plan.name);
  if (plan.replace !== true) return existing;
  const orderNo = orderNumber(existing);
  workbook.removeWorksheet(existing.id);
  const made = workbook.addWorksheet(plan.name);
  setOrderNumber(made, orderNo);
  return made;
}

function freezePanes(worksheet: ExcelJS.Worksheet, rows: number, columns: number): void {
  const previous = worksheet.views[0] ?? {};
  const { zoomScale, showGridLines } = previous as Partial<ExcelJS.WorksheetViewCommon>;
  const keep = {
    ...(zoomScale === undefined ? {} : { zoomScale }),
    ...(showGridLines === undefined ? {} : { showGridLines }),
  };
  const topLeftCell = worksheet.getCell(rows + 1, columns + 1).address;
  worksheet.views =
    rows > 0 || columns > 0
      ? [{ ...keep, state: 'frozen', xSplit: columns, ySplit: rows, topLeftCell }]
      : [{ ...keep, state: 'normal' }];
}

function setUpPrinting(worksheet: ExcelJS.Worksheet, plan: PrintPlan): void {
  worksheet.pageSetup = {
    ...worksheet.pageSetup,
    paperSize: PAPER_A4,
    orientation: plan.orientation,
    fitToPage: plan.fitToWidth,
    fitToWidth: 1,
    // 0: as many pages down as the rows need, one page across.
    fitToHeight: 0,
    horizontalCentered: true,
    printTitlesRow: plan.repeatRows === null ? undefined : plan.repeatRows.replace(/\$/g, ''),
    printArea: plan.area === null ? undefined : plan.area.replace(/\$/g, ''),
  };
}
