// The plan's strings are text (src/layout/plan.ts): Excel reads a string written through `values` or
// `rows.add` as if typed, so one it would turn into a number, date or formula is written after the
// text prefix, as an officer types it.
import type { CellValue } from '../../src/domain/workbook';
import { asText, needsTextPrefix, TEXT_PREFIX } from '../../src/excel/_lib/text';
import { createExcelHost } from '../../src/excel/excelHost';
import { FakeExcel } from '../../src/excel/testing/fakeExcel';
import { computed, input, sheetPlan, tablePlan, workbookPlan } from './support/plans';

const everything = (): boolean => true;

describe('needsTextPrefix', () => {
  it.each([
    ['=SUM(A1:A3)', 'a formula'],
    ['+84 912 345 678', 'a leading plus'],
    ['- 5 điểm', 'a leading minus'],
    ['@nguoidung', 'a leading at sign'],
    ["'trích dẫn", 'the prefix itself, which Excel would swallow'],
    [' =A1', 'a formula after a space'],
    ['001', 'a code with leading zeros'],
    ['1.10', 'a criterion code'],
    ['12/2018', 'a plan number'],
    ['15/01/2021', 'a date'],
    ['2021-01-15', 'an ISO date'],
    ['12:30', 'a time'],
    ['10:30 SA', 'a Vietnamese time'],
    ['50%', 'a percentage'],
    ['(12)', 'a negative in brackets'],
    ['1e5', 'an exponent'],
    ['5.000 ₫', 'an amount in đồng'],
    [' 42 ', 'a number with spaces'],
    ['1 1/2', 'a fraction'],
    ['Jan 2018', 'a month and year'],
    ['12-Jan', 'a day and month'],
    ['TRUE', 'a boolean'],
    ['false', 'a boolean in lower case'],
    ['#N/A', 'an error value'],
  ])('prefixes %j (%s)', (text) => {
    expect(needsTextPrefix(text)).toBe(true);
  });

  it.each([
    ['Sở Tư pháp tỉnh A', 'a name'],
    ['12/KH-STP', 'a plan number with letters'],
    ['DV01', 'a unit code'],
    ['I.1', 'a criterion code with a group'],
    ['CSTĐCS', 'a title code'],
    ['Maybe', 'a word that starts like a month'],
    ['x', 'a mark'],
    ['', 'nothing'],
    ['   ', 'blanks'],
  ])('leaves %j (%s)', (text) => {
    expect(needsTextPrefix(text)).toBe(false);
  });

  it('leaves numbers, booleans and blanks as they are', () => {
    expect([42, 0, true, false, null].map((value) => asText(value))).toEqual([42, 0, true, false, null]);
    expect(asText('001')).toBe(`${TEXT_PREFIX}001`);
  });
});

describe('strings written as text (golden values)', () => {
  const PLAN_NUMBER = '12/2018';
  const CODE = '001';
  const NAME = '=SUM(A1:A3)';

  it('prefixes the rows and headers of a new table, never its numbers or computed cells', async () => {
    const excel = new FakeExcel({ sheets: [{ name: 'Sheet1' }] });
    const plan = workbookPlan([
      sheetPlan('Danh mục', {
        tables: [
          tablePlan(
            'Plans',
            'Danh mục',
            [
              input('Số kế hoạch'),
              input('Mã', { numberFormat: '@' }),
              input('Tên'),
              input('1.10'),
              computed('Dài', '=LEN([@Tên])'),
            ],
            {
              rows: [
                [PLAN_NUMBER, CODE, NAME, 5, null],
                ['-', '+84', 'Sở Tư pháp A', null, null],
              ] as CellValue[][],
            },
          ),
        ],
      }),
    ]);

    await createExcelHost({ run: excel.run, requirements: everything }).applyPlan(() => plan);

    expect(excel.lines().filter((line) => line.startsWith('values '))).toEqual([
      'values Danh mục!A1:E3 ' +
        JSON.stringify([
          ['Số kế hoạch', 'Mã', 'Tên', "'1.10", 'Dài'],
          ["'12/2018", "'001", "'=SUM(A1:A3)", 5, null],
          ["'-", "'+84", 'Sở Tư pháp A', null, null],
        ]),
    ]);
    // The column's formula is a formula, written as one, once for the whole column.
    expect(excel.lines()).toContain('formulas Danh mục!E2:E3 [["=LEN([@Tên])"]]');
  });

  it('prefixes the rows appended to an existing table', async () => {
    // A table of the contract, which the read looks for.
    const excel = new FakeExcel({
      sheets: [{ name: 'Danh mục', used: 'A1:B2' }],
      tables: [
        {
          name: 'Units',
          sheet: 'Danh mục',
          address: 'A1:B2',
          values: [
            ['Mã đơn vị', 'Tên đơn vị'],
            ['DV01', 'Văn phòng Sở'],
          ],
        },
      ],
    });
    const table = tablePlan('Units', 'Danh mục', [input('Mã đơn vị'), input('Tên đơn vị')], {
      existing: true,
      rowCount: 3,
      appendRows: [
        [PLAN_NUMBER, NAME],
        [CODE, null],
      ],
    });

    await createExcelHost({ run: excel.run, requirements: everything }).applyPlan(() =>
      workbookPlan([sheetPlan('Danh mục', { existing: true, tables: [table] })]),
    );

    expect(excel.lines().filter((line) => line.startsWith('table.rows.add '))).toEqual([
      'table.rows.add Units ' +
        JSON.stringify({
          values: [
            ["'12/2018", "'=SUM(A1:A3)"],
            ["'001", ''],
          ],
        }),
    ]);
  });

  it('prefixes the value of a free cell, never its formula', async () => {
    const excel = new FakeExcel({ sheets: [{ name: 'Sheet1' }] });
    const plan = workbookPlan([
      sheetPlan('Tổng hợp', {
        cells: [
          { address: 'A1', value: 'Kế hoạch số 12/2018' },
          { address: 'A2', value: PLAN_NUMBER },
          { address: 'A3', value: NAME, style: { numberFormat: '@' } },
          { address: 'A4', value: 2024 },
          { address: 'A5', value: null, formula: '=UPPER("a")' },
        ],
      }),
    ]);

    await createExcelHost({ run: excel.run, requirements: everything }).applyPlan(() => plan);

    expect(excel.lines().filter((line) => /^(values|formulas) /.test(line))).toEqual([
      'values Tổng hợp!A1 [["Kế hoạch số 12/2018"]]',
      'values Tổng hợp!A2 [["\'12/2018"]]',
      // Harmless under a text format, which Excel would have kept as typed anyway.
      'values Tổng hợp!A3 [["\'=SUM(A1:A3)"]]',
      'values Tổng hợp!A4 [[2024]]',
      'formulas Tổng hợp!A5 [["=UPPER(\\"a\\")"]]',
    ]);
  });
});
