/**
 * Small workbook plans built by hand, so the host's tests do not depend on `buildPlan`.
 */
import type { CellValue } from '../../../src/domain/workbook';
import type { ColumnPlan, NamePlan, SheetPlan, TablePlan, WorkbookPlan } from '../../../src/layout/plan';

export function sheetPlan(name: string, overrides: Partial<SheetPlan> = {}): SheetPlan {
  return {
    name,
    visibility: 'visible',
    existing: false,
    freezeRows: 0,
    protect: false,
    cells: [],
    tables: [],
    conditionalFormats: [],
    charts: [],
    columnWidths: {},
    print: null,
    ...overrides,
  };
}

export function tablePlan(
  name: string,
  sheet: string,
  columns: ColumnPlan[],
  overrides: Partial<TablePlan> = {},
): TablePlan {
  return {
    name,
    sheet,
    origin: { row: 0, col: 0 },
    headers: columns.map((c) => c.header),
    rowCount: overrides.rows?.length ?? 0,
    columns,
    existing: false,
    rows: [],
    addColumns: [],
    appendRows: [],
    style: 'TableStyleMedium2',
    showFilter: true,
    ...overrides,
  };
}

export function workbookPlan(sheets: SheetPlan[], names: NamePlan[] = []): WorkbookPlan {
  return { schemaVersion: 1, sheets, names, issues: [], report: { added: [], kept: [], refreshed: [] } };
}

export const input = (header: string, extra: Partial<ColumnPlan> = {}): ColumnPlan => ({
  header,
  role: 'input',
  ...extra,
});

export const computed = (header: string, formula: string, extra: Partial<ColumnPlan> = {}): ColumnPlan => ({
  header,
  role: 'computed',
  formula,
  ...extra,
});

/**
 * The small plan of the golden test: a catalogue table, a scoring table with a computed total, a
 * conditional format, a chart, print setup, a defined name, and the very hidden `_meta`.
 */
export function smallPlan(): WorkbookPlan {
  const units = tablePlan(
    'Units',
    'Danh mục',
    [input('Mã đơn vị', { numberFormat: '@', width: 12 }), input('Tên đơn vị', { width: 40, wrap: true })],
    {
      rows: [
        ['DV01', 'Sở Tư pháp A'],
        ['DV02', 'Sở Tư pháp B'],
      ],
    },
  );
  const scores = tablePlan(
    'Scores',
    'Chấm điểm',
    [
      input('Mã đơn vị', { validation: { kind: 'listName', name: 'DS_DonVi', prompt: 'Chọn mã đơn vị' } }),
      input('I.1', {
        numberFormat: '0.00',
        validation: { kind: 'decimal', min: 0, max: 10, prompt: 'Từ 0 đến 10' },
      }),
      computed('Tổng điểm', '=ROUND([@[I.1]],2)', { numberFormat: '0.00' }),
    ],
    {
      origin: { row: 2, col: 0 },
      rows: [
        ['DV01', 8, null],
        ['DV02', null, null],
      ] as CellValue[][],
    },
  );
  return workbookPlan(
    [
      sheetPlan('Danh mục', { tables: [units], freezeRows: 1, tabColor: '#1F4E79' }),
      sheetPlan('Chấm điểm', {
        tables: [scores],
        protect: true,
        freezeRows: 3,
        cells: [
          { address: 'A1', value: 'BẢNG CHẤM ĐIỂM', style: { bold: true, align: 'center' }, mergeAcross: 3 },
        ],
        conditionalFormats: [
          { sheet: 'Chấm điểm', range: 'C4:C5', formula: '=C4>=9', fill: '#C6EFCE', meaning: 'Từ 9 điểm' },
        ],
        charts: [
          {
            name: 'ScoresChart',
            sheet: 'Chấm điểm',
            title: 'Tổng điểm',
            type: 'barClustered',
            table: 'Scores',
            categoryColumn: 'Mã đơn vị',
            valueColumns: ['Tổng điểm'],
            anchor: { row: 6, col: 0 },
            size: { rows: 10, cols: 6 },
          },
        ],
        print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatRows: '$3:$3', area: null },
      }),
      sheetPlan('_meta', {
        visibility: 'veryHidden',
        cells: [
          { address: 'A1', value: 'schemaVersion' },
          { address: 'B1', value: 1 },
        ],
      }),
    ],
    [{ name: 'DS_DonVi', formula: '=Units[Mã đơn vị]', comment: 'Mã đơn vị (bảng Units)' }],
  );
}
