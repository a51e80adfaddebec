// The formats of single cells (`cellFormats`, the dates of the field / value Campaign table) travel
// inside the 2-D number format arrays of their column: no write, sync or request of their own.
import { planSeed } from '../../bench/support/planSeed';
import { CAMPAIGN_FIELDS, CAMPAIGN_HEADERS, SHEETS, TABLES } from '../../src/domain/contract';
import type { Campaign } from '../../src/domain/model';
import { presetById } from '../../src/domain/presets/presets';
import { a1 } from '../../src/domain/workbook';
import { createExcelHost } from '../../src/excel/excelHost';
import { chunkLimit, chunkRowsByBytes } from '../../src/excel/payload';
import { FakeExcel, type Recorded } from '../../src/excel/testing/fakeExcel';
import { buildPlan } from '../../src/layout/buildPlan';
import type { TablePlan, WorkbookPlan } from '../../src/layout/plan';
import { input, sheetPlan, tablePlan, workbookPlan } from './support/plans';

const everything = (): boolean => true;
const DATE = 'dd/mm/yyyy';

function hcm2018(): Campaign {
  const campaign = presetById('hcm-2018');
  if (campaign === undefined) throw new Error('preset hcm-2018 is missing');
  return campaign;
}

function campaignTable(plan: WorkbookPlan): TablePlan {
  const table = plan.sheets.flatMap((sheet) => sheet.tables).find((t) => t.name === TABLES.campaign);
  if (table === undefined) throw new Error('the plan has no Campaign table');
  return table;
}

/** The number format writes over one sheet column, in order, with the rows (1-based) they cover. */
function formatWrites(excel: FakeExcel, sheet: string, column: string) {
  const pattern = new RegExp(`^${sheet}!${column}(\\d+):${column}(\\d+)$`);
  return excel.log.flatMap((entry: Recorded) => {
    const m = entry.kind === 'numberFormat' ? pattern.exec(entry.target) : null;
    if (m === null) return [];
    return [{ top: Number(m[1]), bottom: Number(m[2]), formats: JSON.parse(entry.detail) as string[][] }];
  });
}

/** Letters of a sheet column (zero-based). */
function letters(col: number): string {
  return a1({ row: 0, col }).replace(/\d+$/, '');
}

/**
 * The campaign's plan with some fields left out of the Campaign table, as a workbook made before those
 * fields were planned would hold it.
 */
function planWithout(campaign: Campaign, fields: readonly string[]): WorkbookPlan {
  const plan = buildPlan(campaign);
  const table = campaignTable(plan);
  const kept = table.rows.flatMap((row, i) => (fields.includes(String(row[0])) ? [] : [i]));
  table.cellFormats = (table.cellFormats ?? []).flatMap((format) => {
    const row = kept.indexOf(format.row);
    return row < 0 ? [] : [{ ...format, row }];
  });
  table.rows = kept.map((i) => table.rows[i] ?? []);
  return plan;
}

describe('cell formats of a new table', () => {
  const plan = () =>
    workbookPlan([
      sheetPlan('Phong trào', {
        tables: [
          tablePlan(
            'Campaign',
            'Phong trào',
            [
              input('Thông tin', { numberFormat: '@' }),
              input('Giá trị'),
              input('Tỷ lệ', { numberFormat: '0' }),
            ],
            {
              rows: [
                ['Năm', 2018, 1],
                ['Ngày ban hành', 43102, 2],
                ['Hệ số', 0.5, 3],
              ],
              cellFormats: [
                { row: 1, column: 'Giá trị', numberFormat: DATE },
                { row: 2, column: 'Tỷ lệ', numberFormat: '0.00' },
                // Outside the rows and the columns: nothing to format.
                { row: 3, column: 'Giá trị', numberFormat: DATE },
                { row: 0, column: 'Ghi chú', numberFormat: DATE },
              ],
            },
          ),
        ],
      }),
    ]);

  it('merges them into the one number format write of their column, before the values', async () => {
    const excel = new FakeExcel({ sheets: [{ name: 'Sheet1' }] });
    const result = await createExcelHost({ run: excel.run, requirements: everything }).applyPlan(plan);

    expect(result.roundTrips).toBe(2);
    expect(excel.syncs).toBe(2);
    const lines = excel.lines();
    expect(lines.filter((line) => line.startsWith('numberFormat '))).toEqual([
      'numberFormat Phong trào!A1:C1 [["@","@","@"]]',
      'numberFormat Phong trào!A2:A4 [["@"]]',
      'numberFormat Phong trào!B2:B4 [["General"],["dd/mm/yyyy"],["General"]]',
      'numberFormat Phong trào!C2:C4 [["0"],["0"],["0.00"]]',
    ]);
    const kinds = excel.log.map((entry) => entry.kind);
    expect(kinds.lastIndexOf('numberFormat')).toBeLessThan(kinds.indexOf('values'));
  });

  it('keeps them in place when the column is split by size, one write per chunk', async () => {
    const rows = Array.from({ length: 400 }, (_, i) => [`Dòng ${i}`, i, i]);
    const dates = [7, 199, 200, 398];
    const budget = 4_000;
    const big = plan();
    const table = big.sheets[0]?.tables[0];
    if (table === undefined) throw new Error('the plan has no table');
    table.rows = rows;
    table.cellFormats = dates.map((row) => ({ row, column: 'Giá trị', numberFormat: DATE }));
    const excel = new FakeExcel({ sheets: [{ name: 'Sheet1' }] });

    await createExcelHost({ run: excel.run, requirements: everything, requestBudget: budget }).applyPlan(
      () => big,
    );

    const expected = rows.map((_, i) => [dates.includes(i) ? DATE : 'General']);
    const writes = formatWrites(excel, 'Phong trào', 'B');
    expect(writes.length).toBe(chunkRowsByBytes(expected, chunkLimit(budget)).length);
    expect(writes.length).toBeGreaterThan(1);
    expect(writes.flatMap((w) => w.formats)).toEqual(expected);
    writes.forEach((write, i) => {
      expect(write.bottom - write.top + 1).toBe(write.formats.length);
      expect(write.top).toBe(i === 0 ? 2 : (writes[i - 1]?.bottom ?? 0) + 1);
    });
  });
});

describe('cell formats of the rows appended to an existing table', () => {
  const seed = () =>
    new FakeExcel({
      sheets: [{ name: 'Tham số', used: 'A1:C3' }],
      tables: [
        {
          name: 'Settings',
          sheet: 'Tham số',
          address: 'A1:C3',
          values: [
            ['Khoá', 'Giá trị', 'Ghi chú'],
            ['precision', 2, ''],
            ['flagsPerCluster', 1, 'mặc định'],
          ],
        },
      ],
    });
  const plan = () =>
    workbookPlan([
      sheetPlan('Tham số', {
        existing: true,
        tables: [
          tablePlan(
            'Settings',
            'Tham số',
            [
              input('Khoá', { numberFormat: '@' }),
              input('Giá trị', { numberFormat: '0.00' }),
              input('Ghi chú'),
            ],
            {
              existing: true,
              rowCount: 4,
              appendRows: [
                ['selfReviewGap', 5, null],
                ['deadline', 43130, 'hạn'],
              ],
              cellFormats: [
                { row: 1, column: 'Giá trị', numberFormat: DATE },
                { row: 1, column: 'Ghi chú', numberFormat: '@' },
              ],
            },
          ),
        ],
      }),
    ]);

  it('writes them after rows.add: in the whole-column array, or over the appended rows alone', async () => {
    const excel = seed();
    const result = await createExcelHost({ run: excel.run, requirements: everything }).applyPlan(plan);

    expect(result.roundTrips).toBe(2);
    const lines = excel.lines();
    expect(lines.filter((line) => line.startsWith('numberFormat '))).toEqual([
      'numberFormat Tham số!A2:A5 [["@"]]',
      'numberFormat Tham số!B2:B5 [["0.00"],["0.00"],["0.00"],["dd/mm/yyyy"]]',
      // The column has no format: the typed rows keep theirs, only the appended ones are written.
      'numberFormat Tham số!C4:C5 [["General"],["@"]]',
    ]);
    const kinds = excel.log.map((entry) => entry.kind);
    expect(kinds.indexOf('table.rows.add')).toBeLessThan(kinds.indexOf('numberFormat'));
  });
});

describe('the dates of the Campaign table of preset hcm-2018', () => {
  const dateRows = (table: TablePlan, rows: TablePlan['rows']): Set<number> => {
    const labels = [
      CAMPAIGN_FIELDS.issueDate,
      CAMPAIGN_FIELDS.start,
      CAMPAIGN_FIELDS.end,
      CAMPAIGN_FIELDS.registrationDeadline,
      CAMPAIGN_FIELDS.meetingDate,
    ] as string[];
    expect(table.columns.find((c) => c.header === CAMPAIGN_HEADERS.value)?.numberFormat).toBeUndefined();
    return new Set(rows.flatMap((row, i) => (labels.includes(String(row[0])) ? [i] : [])));
  };

  it('are written dd/mm/yyyy in the number format array of the value column, in the one write request', async () => {
    const excel = new FakeExcel({ sheets: [{ name: 'Sheet1' }] });
    const campaign = hcm2018();
    const result = await createExcelHost({ run: excel.run, requirements: everything }).applyPlan((current) =>
      buildPlan(campaign, current),
    );

    expect(result.roundTrips).toBe(2);
    expect(excel.syncs).toBe(2);
    const table = campaignTable(result.plan);
    const dates = dateRows(table, table.rows);
    expect(dates.size).toBe(5);
    const top = table.origin.row + 2;
    const writes = formatWrites(excel, SHEETS.campaign, letters(table.origin.col + 1));
    expect(writes).toEqual([
      {
        top,
        bottom: top + table.rows.length - 1,
        formats: table.rows.map((_, i) => [dates.has(i) ? DATE : 'General']),
      },
    ]);
  });

  it('are written dd/mm/yyyy over the rows a re-plan appends, and the typed rows are left alone', async () => {
    const campaign = hcm2018();
    const missing = [CAMPAIGN_FIELDS.end, CAMPAIGN_FIELDS.registrationDeadline];
    const before = planWithout(campaign, missing);
    const excel = new FakeExcel(planSeed(before));
    const result = await createExcelHost({ run: excel.run, requirements: everything }).applyPlan((current) =>
      buildPlan(campaign, current),
    );

    expect(result.plan.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(result.roundTrips).toBe(2);
    expect(excel.syncs).toBe(2);
    const table = campaignTable(result.plan);
    expect(table.existing).toBe(true);
    expect(table.appendRows.map((row) => row[0])).toEqual(missing);
    expect(dateRows(table, table.appendRows)).toEqual(new Set([0, 1]));
    const top = table.origin.row + 2 + campaignTable(before).rows.length;
    // Both appended rows are dates: one cell of format for the two.
    expect(formatWrites(excel, SHEETS.campaign, letters(table.origin.col + 1))).toEqual([
      { top, bottom: top + 1, formats: [[DATE]] },
    ]);
    const kinds = excel.log.map((entry) => entry.kind);
    const appended = excel.log.findIndex(
      (entry) => entry.kind === 'table.rows.add' && entry.target === TABLES.campaign,
    );
    expect(appended).toBeGreaterThanOrEqual(0);
    expect(kinds.indexOf('numberFormat', appended)).toBeGreaterThan(appended);
  });
});
