/**
 * Writing one planned sheet: visibility, free cells, tables, conditional formats, charts, widths, frozen
 * rows, print setup and protection.
 */
import { rangeA1 } from '../geometry/bounds';
import { toFileFormula } from '../geometry/formulaForms';
import { quoteSheetName } from '../geometry/sheetName';
import { columnBody, columnOf, type TableGeometry } from '../geometry/tableGeometry';
import type { CellPlan, ChartPlan, ConditionalFormatPlan, PrintPlan, SheetPlan } from '../layout/plan';
import { argb, applyCellStyle } from './cellStyle';
import type { ConditionalFormattingOptions, Style, Workbook, Worksheet, WorksheetView } from './library';
import { writeTable } from './writeTable';

/** The paper size code of A4 in a sheet's page setup. */
const PAPER_A4 = 9;

/**
 * Writes a planned sheet, creating it when the workbook has none of that name.
 * @param workbook - the workbook
 * @param plan - the sheet's plan
 * @param tables - every table of the plan, as the plan leaves it (a chart's data may sit on another sheet)
 * @returns notes for the officer about what could not be done, in Vietnamese
 */
export async function writeSheet(
  workbook: Workbook,
  plan: SheetPlan,
  tables: ReadonlyMap<string, TableGeometry>,
): Promise<string[]> {
  const worksheet = sheetFor(workbook, plan);
  worksheet.state = plan.visibility;
  if (plan.tabColor !== undefined) worksheet.properties.tabColor = { argb: argb(plan.tabColor) };

  for (const [col, width] of Object.entries(plan.columnWidths))
    worksheet.getColumn(Number(col) + 1).width = width;
  for (const [row, height] of Object.entries(plan.rowHeights ?? {}))
    worksheet.getRow(Number(row) + 1).height = height;
  for (const cell of plan.cells) writeCell(worksheet, cell);
  for (const table of plan.tables) writeTable(workbook, worksheet, table);
  writeConditionalFormats(worksheet, plan.conditionalFormats);
  const notes = plan.charts.flatMap((chart) => writeChart(worksheet, chart, tables.get(chart.table)));
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

  return notes;
}

/**
 * A chart over table columns: one series per value column, categories from the category column, both
 * as absolute ranges of the columns' data bodies (every spreadsheet program reads those; the summary's
 * tables are laid out again, chart included, when their rows change). A chart of the same title already
 * on the sheet (an earlier set-up's) is replaced.
 */
function writeChart(worksheet: Worksheet, chart: ChartPlan, geometry: TableGeometry | undefined): string[] {
  for (const existing of worksheet.getCharts()) {
    if (existing.title === chart.title) worksheet.removeChart(existing);
  }
  const categoryCol = geometry === undefined ? null : columnOf(geometry, chart.categoryColumn);
  const valueCols = chart.valueColumns.map((header) =>
    geometry === undefined ? null : { header, col: columnOf(geometry, header) },
  );
  if (geometry === undefined || categoryCol === null || valueCols.some((v) => v?.col === null)) {
    return [
      `Chưa tạo biểu đồ "${chart.title}" (trang "${chart.sheet}"): không thấy bảng ${chart.table} hoặc cột của nó.`,
    ];
  }
  const at = (col: number): string =>
    `${quoteSheetName(geometry.sheet)}!${absolute(rangeA1(columnBody(geometry, col)))}`;
  worksheet.addChart(
    {
      type: 'bar',
      barDir: chart.type === 'barClustered' ? 'bar' : 'col',
      grouping: 'clustered',
      title: chart.title,
      showLegend: true,
      legendPosition: 'b',
      series: valueCols.flatMap((v) =>
        v === null || v.col === null
          ? []
          : [{ name: v.header, categories: at(categoryCol), values: at(v.col) }],
      ),
    },
    {
      tl: { col: chart.anchor.col, row: chart.anchor.row },
      br: { col: chart.anchor.col + chart.size.cols, row: chart.anchor.row + chart.size.rows },
    },
  );
  return [];
}

/** `B5:B8` → `$B$5:$B$8`. */
function absolute(range: string): string {
  return range.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
}

function writeCell(worksheet: Worksheet, plan: CellPlan): void {
  const cell = worksheet.getCell(plan.address);
  if (plan.mergeAcross !== undefined && plan.mergeAcross > 1) {
    const last = worksheet.getCell(Number(cell.row), Number(cell.col) + plan.mergeAcross - 1).address;
    // Re-applying a plan meets its own merges; the library refuses to merge merged cells again.
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
function writeConditionalFormats(worksheet: Worksheet, plans: ConditionalFormatPlan[]): void {
  const formulas = plans.map((plan) => toFileFormula(plan.formula));
  const planned = new Set(formulas);
  // The predicate names the formats to drop.
  worksheet.removeConditionalFormatting((existing: ConditionalFormattingOptions) =>
    existing.rules.every((rule) => {
      const formula = 'formulae' in rule ? rule.formulae?.[0] : undefined;
      return rule.type === 'expression' && typeof formula === 'string' && planned.has(formula);
    }),
  );
  plans.forEach((plan, i) => {
    const style: Partial<Style> = {};
    if (plan.fill !== undefined) {
      style.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(plan.fill) } };
    }
    if (plan.fontColor !== undefined) style.font = { color: { argb: argb(plan.fontColor) } };
    if (plan.ruled === true) {
      const thin = { style: 'thin' } as const;
      style.border = { top: thin, left: thin, bottom: thin, right: thin };
    }
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
function sheetFor(workbook: Workbook, plan: SheetPlan): Worksheet {
  const existing = workbook.getWorksheet(plan.name);
  if (existing === undefined) return workbook.addWorksheet(plan.name);
  if (plan.replace !== true) return existing;
  const orderNo = existing.orderNo;
  workbook.removeWorksheet(existing.id);
  const made = workbook.addWorksheet(plan.name);
  made.orderNo = orderNo;
  return made;
}

function freezePanes(worksheet: Worksheet, rows: number, columns: number): void {
  const previous: Partial<WorksheetView> = worksheet.views[0] ?? {};
  const { zoomScale, showGridLines } = previous;
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

function setUpPrinting(worksheet: Worksheet, plan: PrintPlan): void {
  const unanchored = (range: string | null | undefined): string | undefined =>
    range === null || range === undefined ? undefined : range.replace(/\$/g, '');
  worksheet.pageSetup = {
    ...worksheet.pageSetup,
    paperSize: PAPER_A4,
    orientation: plan.orientation,
    fitToPage: plan.fitToWidth,
    fitToWidth: 1,
    // 0: as many pages down as the rows need, one page across.
    fitToHeight: 0,
    ...(plan.fitToWidth ? {} : { scale: plan.scale ?? 100 }),
    horizontalCentered: true,
    printTitlesRow: unanchored(plan.repeatRows),
    printTitlesColumn: unanchored(plan.repeatColumns),
    printArea: unanchored(plan.area),
  };
}
