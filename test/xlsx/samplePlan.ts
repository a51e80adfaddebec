/**
 * A small hand-written plan for the host tests: a catalogue table, a scoring table with computed columns,
 * validations, a conditional format, a chart, a defined name and a very hidden `_meta` sheet. It does not
 * come from `buildPlan` so the host is tested on exactly what a plan may say.
 */
import type { CellValue } from '../../src/domain/workbook';
import type { ColumnPlan, SheetPlan, TablePlan, WorkbookPlan } from '../../src/layout/plan';

export const SCORE_COLUMNS: ColumnPlan[] = [
  {
    header: 'Mã đơn vị',
    role: 'input',
    width: 12,
    validation: { kind: 'listName', name: 'DS_DonVi', prompt: 'Chọn đơn vị' },
  },
  { header: 'Mã cụm', role: 'input', width: 10 },
  {
    header: 'I.1',
    role: 'input',
    numberFormat: '0.00',
    validation: { kind: 'decimal', min: 0, max: 60, prompt: 'Điểm 0–60' },
  },
  {
    header: 'I.2',
    role: 'input',
    numberFormat: '0.00',
    validation: { kind: 'decimal', min: 0, max: 40, prompt: 'Điểm 0–40' },
  },
  {
    header: 'Ngày chấm',
    role: 'input',
    numberFormat: 'dd/mm/yyyy',
    validation: { kind: 'date', min: '2018-01-01', max: null, prompt: 'Ngày' },
  },
  {
    header: 'Tổng điểm',
    role: 'computed',
    formula: '=IF(COUNT([@[I.1]],[@[I.2]])=0,"",ROUND(SUM([@[I.1]],[@[I.2]]),2))',
    numberFormat: '0.00',
  },
  {
    header: 'Xếp hạng',
    role: 'computed',
    formula: '=IF([@[Tổng điểm]]="","",COUNTIFS([Mã cụm],[@[Mã cụm]],[Tổng điểm],">"&[@[Tổng điểm]])+1)',
  },
  {
    header: 'Cao nhất cụm',
    role: 'computed',
    formula: '=MAXIFS([Tổng điểm],[Mã cụm],[@[Mã cụm]])',
  },
];

export function unitsTable(rows: CellValue[][] = UNITS): TablePlan {
  return {
    name: 'Units',
    sheet: 'Danh mục',
    origin: { row: 2, col: 0 },
    headers: ['Mã đơn vị', 'Tên đơn vị', 'Mã cụm'],
    rowCount: rows.length,
    columns: [
      { header: 'Mã đơn vị', role: 'input', width: 12 },
      { header: 'Tên đơn vị', role: 'input', width: 40, wrap: true },
      { header: 'Mã cụm', role: 'input' },
    ],
    existing: false,
    rows,
    addColumns: [],
    appendRows: [],
    style: 'TableStyleMedium2',
    showFilter: true,
  };
}

export const UNITS: CellValue[][] = [
  ['VP', 'Văn phòng Sở', 'K1'],
  ['TTR', 'Thanh tra Sở', 'K1'],
  ['CC1', 'Phòng Công chứng số 1', 'K2'],
];

export function scoresTable(rows: CellValue[][]): TablePlan {
  return {
    name: 'Scores',
    sheet: 'Chấm điểm',
    origin: { row: 0, col: 0 },
    headers: SCORE_COLUMNS.map((c) => c.header),
    rowCount: rows.length,
    columns: SCORE_COLUMNS,
    existing: false,
    rows,
    addColumns: [],
    appendRows: [],
    style: 'TableStyleMedium9',
    showFilter: true,
  };
}

export function samplePlan(scoreRows: CellValue[][]): WorkbookPlan {
  const catalogue: SheetPlan = {
    name: 'Danh mục',
    visibility: 'visible',
    existing: false,
    tabColor: '#2E75B6',
    freezeRows: 0,
    protect: false,
    cells: [
      { address: 'A1', value: 'Danh mục đơn vị', style: { bold: true, size: 14 }, mergeAcross: 3 },
      { address: 'E1', value: null, formula: '=COUNTA(Units[Mã đơn vị])' },
    ],
    tables: [unitsTable()],
    conditionalFormats: [],
    charts: [],
    columnWidths: { 4: 18 },
    print: null,
  };
  const scores: SheetPlan = {
    name: 'Chấm điểm',
    visibility: 'visible',
    existing: false,
    freezeRows: 1,
    protect: true,
    cells: [],
    tables: [scoresTable(scoreRows)],
    conditionalFormats: [
      {
        sheet: 'Chấm điểm',
        range: 'G2:G4',
        formula: '=$G2=1',
        fill: '#C6EFCE',
        fontColor: '#006100',
        meaning: 'Dẫn đầu',
      },
    ],
    charts: [
      {
        name: 'ChartClusters',
        sheet: 'Chấm điểm',
        title: 'So sánh các cụm',
        type: 'barClustered',
        table: 'Scores',
        categoryColumn: 'Mã đơn vị',
        valueColumns: ['Tổng điểm'],
        anchor: { row: 1, col: 10 },
        size: { rows: 15, cols: 8 },
      },
    ],
    columnWidths: {},
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatRows: '$1:$1', area: null },
  };
  const meta: SheetPlan = {
    name: '_meta',
    visibility: 'veryHidden',
    existing: false,
    freezeRows: 0,
    protect: false,
    cells: [
      { address: 'A1', value: 'schemaVersion' },
      { address: 'B1', value: 1 },
    ],
    tables: [],
    conditionalFormats: [],
    charts: [],
    columnWidths: {},
    print: null,
  };
  return {
    schemaVersion: 1,
    sheets: [catalogue, scores, meta],
    names: [{ name: 'DS_DonVi', formula: '=Units[Mã đơn vị]', comment: 'Mã đơn vị' }],
    issues: [],
    report: { added: [], kept: [], refreshed: [] },
  };
}
