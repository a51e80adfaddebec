import { createExcelHost } from '../../src/excel/excelHost';
import { FORMULA_MARKER } from '../../src/excel/readWorkbook';
import { CONTRACT_PROBE } from '../../src/excel/workbookProbe';
import { FakeExcel } from '../../src/excel/testing/fakeExcel';
import { mockWorkbook, NOT_LOADED, type MockSeed } from './support/officeMock';

const everything = (): boolean => true;
// Excel 2019: ExcelApi up to 1.8, no getSpecialCells.
const excel2019 = (set: string, version: string): boolean =>
  set === 'ExcelApi' && Number(version.split('.')[1]) <= 8;

const seed: MockSeed = {
  sheets: [
    { name: 'Danh mục', visibility: 'Visible', protected: false, used: "'Danh mục'!A1:D3" },
    {
      name: 'Chấm điểm',
      visibility: 'Visible',
      protected: true,
      used: "'Chấm điểm'!A3:D5",
      charts: ['ScoresChart'],
    },
    { name: 'Đăng ký', visibility: 'Visible', protected: false, used: "'Đăng ký'!B2:D3" },
    { name: '_meta', visibility: 'VeryHidden', protected: false, used: null },
    { name: 'Ghi chép riêng', visibility: 'Hidden', protected: false, used: "'Ghi chép riêng'!A1:A9" },
  ],
  tables: [
    {
      name: 'Units',
      headerAddress: "'Danh mục'!A1:D1",
      headers: ['Mã đơn vị', 'Tên đơn vị', 'Mã cụm', 'Số người'],
      values: [
        ['DV01', 'Sở Tư pháp A', 'C1', 42],
        ['DV02', 'Sở Tư pháp B', 'C1', ''],
      ],
      formulas: [
        ['DV01', 'Sở Tư pháp A', 'C1', 42],
        ['DV02', 'Sở Tư pháp B', 'C1', ''],
      ],
    },
    {
      name: 'Scores',
      headerAddress: "'Chấm điểm'!A3:D3",
      headers: ['Mã đơn vị', 'I.1', 'Tổng điểm', 'Dẫn đầu'],
      values: [
        ['DV01', 8.5, 8.5, true],
        ['DV02', '', '', false],
      ],
      formulas: [
        ['DV01', 8.5, '=ROUND([@[I.1]],2)', '=[@[Tổng điểm]]>=8'],
        ['DV02', '', '=ROUND([@[I.1]],2)', '=[@[Tổng điểm]]>=8'],
      ],
    },
    {
      name: 'Registrations',
      headerAddress: "'Đăng ký'!B2:D2",
      headers: ['Mã đơn vị', 'Họ và tên', 'Ngày đăng ký'],
      values: [['DV01', 'Nguyễn Văn A', 44211]],
      formulas: [['DV01', 'Nguyễn Văn A', 44211]],
    },
  ],
  names: { DS_DonVi: '=Units[Mã đơn vị]' },
};

const expected = {
  sheets: [
    { name: 'Danh mục', visibility: 'visible', used: { top: 0, left: 0, bottom: 2, right: 3 } },
    { name: 'Chấm điểm', visibility: 'visible', used: { top: 2, left: 0, bottom: 4, right: 3 } },
    { name: 'Đăng ký', visibility: 'visible', used: { top: 1, left: 1, bottom: 2, right: 3 } },
    { name: '_meta', visibility: 'veryHidden', used: null },
    // Not a sheet of the contract: listed, its used range not read.
    { name: 'Ghi chép riêng', visibility: 'hidden', used: null },
  ],
  tables: {
    Units: {
      name: 'Units',
      sheet: 'Danh mục',
      origin: { row: 0, col: 0 },
      headers: ['Mã đơn vị', 'Tên đơn vị', 'Mã cụm', 'Số người'],
      rows: [
        ['DV01', 'Sở Tư pháp A', 'C1', 42],
        ['DV02', 'Sở Tư pháp B', 'C1', null],
      ],
      formulas: [
        [null, null, null, null],
        [null, null, null, null],
      ],
    },
    Scores: {
      name: 'Scores',
      sheet: 'Chấm điểm',
      origin: { row: 2, col: 0 },
      headers: ['Mã đơn vị', 'I.1', 'Tổng điểm', 'Dẫn đầu'],
      rows: [
        ['DV01', 8.5, 8.5, true],
        ['DV02', null, null, false],
      ],
      // Where the formulas are, not what they say: the layout only tells a formula from a typed value.
      formulas: [
        [null, null, FORMULA_MARKER, FORMULA_MARKER],
        [null, null, FORMULA_MARKER, FORMULA_MARKER],
      ],
    },
    // Read without formulas; the date stays an Excel serial for the domain to normalise.
    Registrations: {
      name: 'Registrations',
      sheet: 'Đăng ký',
      origin: { row: 1, col: 1 },
      headers: ['Mã đơn vị', 'Họ và tên', 'Ngày đăng ký'],
      rows: [['DV01', 'Nguyễn Văn A', 44211]],
    },
  },
  names: { DS_DonVi: '=Units[Mã đơn vị]' },
};

describe('read (office-addin-mock)', () => {
  it('returns sheets, tables and names as plain data in one round trip', async () => {
    const workbook = mockWorkbook(seed);
    const host = createExcelHost({ run: workbook.run, requirements: everything });

    const data = await host.read();

    expect(data).toEqual(expected);
    expect(workbook.syncs()).toBe(1);
  });

  it('on Excel 2019 (no ExcelApi 1.9) reads the formulas themselves, still in one round trip', async () => {
    const workbook = mockWorkbook(seed);
    const data = await createExcelHost({ run: workbook.run, requirements: excel2019 }).read();

    const formulas = [
      [null, null, '=ROUND([@[I.1]],2)', '=[@[Tổng điểm]]>=8'],
      [null, null, '=ROUND([@[I.1]],2)', '=[@[Tổng điểm]]>=8'],
    ];
    expect(data).toEqual({
      ...expected,
      tables: { ...expected.tables, Scores: { ...expected.tables.Scores, formulas } },
    });
    expect(workbook.syncs()).toBe(1);
    expect(workbook.formulaCells('Scores')?.address).toBe(NOT_LOADED);
  });

  it('reads no property it did not load: no "not loaded" marker reaches the data', async () => {
    const workbook = mockWorkbook(seed);
    const data = await createExcelHost({ run: workbook.run, requirements: everything }).read();

    expect(JSON.stringify(data)).not.toContain('Error,');
  });

  it('loads only what it reads', async () => {
    const workbook = mockWorkbook(seed);
    await createExcelHost({ run: workbook.run, requirements: everything }).read();

    expect(workbook.sheet('Danh mục').position).toBe(NOT_LOADED);
    expect(workbook.table('Units').style).toBe(NOT_LOADED);
    expect(workbook.table('Units').getDataBodyRange().numberFormat).toBe(NOT_LOADED);
    // No formula text comes back (the 5 MB response limit of Excel on the web): the scores' formula
    // cells come back as the addresses of their rectangles, the registrations are values only.
    expect(workbook.table('Registrations').getDataBodyRange().formulas).toBe(NOT_LOADED);
    expect(workbook.table('Scores').getDataBodyRange().formulas).toBe(NOT_LOADED);
    expect(workbook.formulaCells('Scores')?.address).toBe("'Chấm điểm'!C4:C5, 'Chấm điểm'!D4:D5");
    expect(workbook.formulaCells('Scores')?.areaCount).toBe(NOT_LOADED);
  });

  it('would see a forgotten load: the mock answers with its marker, not a value', async () => {
    const workbook = mockWorkbook(seed);
    const body = workbook.table('Units').getDataBodyRange();
    await workbook.context.sync();

    // The unloaded read is the point of this test (the lint rule flags it too).
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
    expect(body.values).toBe(NOT_LOADED);
    expect(workbook.context.workbook.worksheets.items).toBe(NOT_LOADED);
  });

  it('reads an empty workbook as its sheets and no tables', async () => {
    const workbook = mockWorkbook({
      sheets: [{ name: 'Sheet1', visibility: 'Visible', protected: false, used: "'Sheet1'!A1" }],
      tables: [],
      names: {},
    });

    const data = await createExcelHost({ run: workbook.run, requirements: everything }).read();

    expect(data).toEqual({
      sheets: [{ name: 'Sheet1', visibility: 'visible', used: null }],
      tables: {},
      names: {},
    });
    expect(workbook.syncs()).toBe(1);
  });
});

describe('read (recording fake)', () => {
  const fakeSeed = () =>
    new FakeExcel({
      sheets: [{ name: 'Danh mục', used: 'A1:B2' }, { name: 'Sheet1' }],
      tables: [
        {
          name: 'Units',
          sheet: 'Danh mục',
          address: 'A1:B2',
          values: [
            ['Mã đơn vị', 'Tên đơn vị'],
            ['DV01', ''],
          ],
        },
      ],
    });
  const units = {
    name: 'Units',
    sheet: 'Danh mục',
    origin: { row: 0, col: 0 },
    headers: ['Mã đơn vị', 'Tên đơn vị'],
    rows: [['DV01', null]],
    formulas: [[null, null]],
  };

  it('takes one run and one sync', async () => {
    const excel = fakeSeed();
    const data = await createExcelHost({ run: excel.run, requirements: everything }).read();

    expect(data.tables).toEqual({ Units: units });
    expect(excel.runs).toBe(1);
    expect(excel.syncs).toBe(1);
  });

  it('still reads the workbook if Excel refuses lookups on missing sheets and tables, one step slower', async () => {
    const excel = fakeSeed();
    excel.nullObjects = 'refuse';

    const data = await createExcelHost({ run: excel.run, requirements: everything }).read();

    expect(data.tables).toEqual({ Units: units });
    expect(data.sheets).toEqual([
      { name: 'Danh mục', visibility: 'visible', used: { top: 0, left: 0, bottom: 1, right: 1 } },
      { name: 'Sheet1', visibility: 'visible', used: null },
    ]);
    expect(excel.syncs).toBe(3);
  });

  it('probes the sheets and tables of the workbook contract', () => {
    expect(CONTRACT_PROBE.sheets).toEqual(
      expect.arrayContaining(['Phong trào', 'Danh mục', 'Đăng ký', '_meta']),
    );
    expect(CONTRACT_PROBE.tables).toEqual(expect.arrayContaining(['Units', 'Scores', 'Registrations']));
  });
});

describe('goTo', () => {
  it('activates the sheet and selects the cell in one sync', async () => {
    const excel = new FakeExcel({ sheets: [{ name: 'Chấm điểm' }] });

    await createExcelHost({ run: excel.run, requirements: everything }).goTo({
      sheet: 'Chấm điểm',
      cell: 'D7',
    });

    expect(excel.syncs).toBe(1);
    expect(excel.lines()).toEqual(['activate Chấm điểm', 'select Chấm điểm!D7']);
  });

  it('says in Vietnamese when the sheet is gone', async () => {
    const excel = new FakeExcel({ sheets: [{ name: 'Chấm điểm' }] });
    excel.failWhen = (entry) => (entry.kind === 'activate' ? 'ItemNotFound' : null);

    await expect(
      createExcelHost({ run: excel.run, requirements: everything }).goTo({ sheet: 'Chấm điểm', cell: 'D7' }),
    ).rejects.toThrow(/^Không chuyển được tới ô cần xem: Không tìm thấy trang/);
  });
});
