// A small hand-written plan: a Units catalogue, a Scores table with totals, COUNTIFS ranks and a
// leading flag, a summary sheet with free formulas, and a defined name over a table column.
import type { CellValue } from '../../src/domain/workbook';
import type { ColumnPlan, SheetPlan, TablePlan, WorkbookPlan } from '../../src/layout/plan';

export const UNIT_ROWS: CellValue[][] = [
  ['U1', 'Văn phòng Sở', 'C1', 12],
  ['U2', 'Thanh tra Sở', 'C1', 8],
  ['U3', 'Phòng Bổ trợ tư pháp', 'C1', 6],
  ['U4', 'Phòng Công chứng số 1', 'C2', 15],
  ['U5', 'Phòng Công chứng số 2', 'C2', 11],
];

export const TOTAL = '=IF(COUNT([@[I.1]:[Thưởng]])=0,"",ROUND(SUM([@[I.1]:[II.1]])+[@[Thưởng]],2))';
export const RANK =
  '=IF([@[Tổng điểm]]="","",1+COUNTIFS([Mã cụm],[@[Mã cụm]],[Tổng điểm],">"&[@[Tổng điểm]]))';
export const LEADING = '=IF([@[Xếp hạng]]="","",IF([@[Xếp hạng]]<=1,TRUE,FALSE))';
export const LOOKUP_NAME = '=IFERROR(INDEX(Units[Tên đơn vị],MATCH([@[Mã đơn vị]],Units[Mã đơn vị],0)),"")';
export const LOOKUP_CLUSTER = '=IFERROR(INDEX(Units[Mã cụm],MATCH([@[Mã đơn vị]],Units[Mã đơn vị],0)),"")';

const input = (header: string, extra: Partial<ColumnPlan> = {}): ColumnPlan => ({
  header,
  role: 'input',
  ...extra,
});
const computed = (header: string, formula: string, extra: Partial<ColumnPlan> = {}): ColumnPlan => ({
  header,
  role: 'computed',
  formula,
  ...extra,
});

export const SCORE_COLUMNS: ColumnPlan[] = [
  input('Mã đơn vị', { validation: { kind: 'listName', name: 'DS_DonVi', prompt: 'Chọn đơn vị' } }),
  computed('Tên đơn vị', LOOKUP_NAME),
  computed('Mã cụm', LOOKUP_CLUSTER),
  input('I.1', { numberFormat: '0.00', validation: { kind: 'decimal', min: 0, max: 40, prompt: '0–40' } }),
  input('I.2', { numberFormat: '0.00' }),
  input('II.1', { numberFormat: '0.00' }),
  input('Thưởng', { numberFormat: '0.00' }),
  computed('Tổng điểm', TOTAL, { numberFormat: '0.00' }),
  computed('Xếp hạng', RANK, { numberFormat: '0' }),
  computed('Dẫn đầu', LEADING),
];

/** Score rows: U1 and U2 tie at 90 in C1, U3 is unscored, U5 leaves its bonus blank. */
export const SCORE_ROWS: CellValue[][] = [
  ['U1', null, null, 40, 30, 18, 2, null, null, null],
  ['U2', null, null, 38, 32, 20, 0, null, null, null],
  ['U3', null, null, null, null, null, null, null, null, null],
  ['U4', null, null, 35.5, 30, 20, 1.25, null, null, null],
  ['U5', null, null, 39, 30, 20, null, null, null, null],
];

function table(name: string, sheet: string, columns: ColumnPlan[], rows: CellValue[][]): TablePlan {
  return {
    name,
    sheet,
    origin: { row: 0, col: 0 },
    headers: columns.map((c) => c.header),
    rowCount: rows.length,
    columns,
    existing: false,
    rows,
    addColumns: [],
    appendRows: [],
    style: 'TableStyleMedium2',
    showFilter: true,
  };
}

function sheet(name: string, extra: Partial<SheetPlan> = {}): SheetPlan {
  return {
    name,
    visibility: 'visible',
    existing: false,
    freezeRows: 1,
    protect: false,
    cells: [],
    tables: [],
    conditionalFormats: [],
    charts: [],
    columnWidths: {},
    print: null,
    ...extra,
  };
}

/** The plan of a new workbook. */
export function fixturePlan(): WorkbookPlan {
  return {
    schemaVersion: 1,
    sheets: [
      sheet('Danh mục', {
        tables: [
          table(
            'Units',
            'Danh mục',
            ['Mã đơn vị', 'Tên đơn vị', 'Mã cụm', 'Số người'].map((h) => input(h)),
            UNIT_ROWS,
          ),
        ],
      }),
      sheet('Chấm điểm', {
        protect: true,
        tables: [table('Scores', 'Chấm điểm', SCORE_COLUMNS, SCORE_ROWS)],
        conditionalFormats: [
          {
            sheet: 'Chấm điểm',
            range: 'J2:J6',
            formula: '=$J2=TRUE',
            fill: '#C6EFCE',
            meaning: 'Dẫn đầu cụm',
          },
        ],
        print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatRows: '$1:$1', area: null },
      }),
      sheet('Tổng hợp', {
        cells: [
          { address: 'A1', value: 'TỔNG HỢP KẾT QUẢ', style: { bold: true, size: 14 }, mergeAcross: 4 },
          { address: 'A2', value: 'Số đơn vị' },
          { address: 'B2', value: null, formula: '=COUNTA(Units[Mã đơn vị])' },
          { address: 'A3', value: 'Điểm cao nhất cụm C1' },
          {
            address: 'B3',
            value: null,
            formula: '=MAXIFS(Scores[Tổng điểm],Scores[Mã cụm],"C1")',
            style: { numberFormat: '0.00' },
          },
          { address: 'A4', value: 'Đơn vị có mã U…' },
          { address: 'B4', value: null, formula: '=COUNTIF(DS_DonVi,"U*")' },
        ],
        charts: [
          {
            name: 'ChartTotals',
            sheet: 'Tổng hợp',
            title: 'Tổng điểm theo đơn vị',
            type: 'barClustered',
            table: 'Scores',
            categoryColumn: 'Tên đơn vị',
            valueColumns: ['Tổng điểm'],
            anchor: { row: 6, col: 0 },
            size: { rows: 15, cols: 8 },
          },
        ],
      }),
      sheet('_meta', {
        visibility: 'veryHidden',
        freezeRows: 0,
        cells: [
          { address: 'A1', value: 'schemaVersion' },
          { address: 'B1', value: 1 },
        ],
      }),
    ],
    names: [{ name: 'DS_DonVi', formula: '=Units[Mã đơn vị]', comment: 'Danh sách mã đơn vị' }],
    issues: [],
    report: {
      added: [
        { vi: 'Danh sách đơn vị', en: 'Unit list' },
        { vi: 'Bảng chấm điểm', en: 'Reviewed scores' },
      ],
      kept: [],
      refreshed: [],
    },
  };
}

/** The plan again for a workbook that holds it: Scores gets a `Ghi chú` column and a sixth unit. */
export function replanWithNewUnit(): WorkbookPlan {
  const plan = fixturePlan();
  for (const s of plan.sheets) {
    s.existing = true;
    for (const t of s.tables) {
      t.existing = true;
      t.rows = [];
    }
  }
  const units = plan.sheets[0]?.tables[0];
  const scores = plan.sheets[1]?.tables[0];
  if (units === undefined || scores === undefined) throw new Error('fixture plan changed shape');
  units.appendRows = [['U6', 'Phòng Công chứng số 3', 'C2', 9]];
  units.rowCount += 1;
  scores.columns = [...SCORE_COLUMNS, input('Ghi chú')];
  scores.addColumns = ['Ghi chú'];
  scores.headers = [...scores.headers, 'Ghi chú'];
  scores.appendRows = [['U6', null, null, 40, 32, 20, 0, null, null, null, 'mới']];
  scores.rowCount += 1;
  return plan;
}
