import { ExcelHostError } from '../../src/excel/errors';
import { createExcelHost } from '../../src/excel/excelHost';
import { DEGRADED_NOTES } from '../../src/excel/featureGate';
import { FakeExcel } from '../../src/excel/testing/fakeExcel';
import { computed, input, sheetPlan, smallPlan, tablePlan, workbookPlan } from './support/plans';

const everything = (): boolean => true;

describe('applyPlan on a new workbook', () => {
  it('reads once and writes once: one Excel.run, two round trips', async () => {
    const excel = new FakeExcel({ sheets: [{ name: 'Sheet1' }] });
    const host = createExcelHost({ run: excel.run, requirements: everything });

    const result = await host.applyPlan(() => smallPlan());

    expect(excel.runs).toBe(1);
    expect(excel.syncs).toBe(2);
    expect(result.roundTrips).toBe(2);
    expect(result.notes).toEqual([]);
    // The read carries no write; the write request runs with calculation suspended.
    expect(excel.requests[0]?.entries).toEqual([]);
    expect(excel.requests[1]?.entries[0]?.kind).toBe('suspendCalculation');
  });

  it('hands build the workbook it read and returns the plan it built', async () => {
    const excel = new FakeExcel({
      sheets: [
        { name: 'Sheet1', used: 'A1:B2' },
        { name: 'Danh mục', used: 'B2:D9' },
      ],
    });
    const host = createExcelHost({ run: excel.run, requirements: everything });
    const seen: unknown[] = [];
    const plan = smallPlan();

    const result = await host.applyPlan((current) => {
      seen.push(current);
      return plan;
    });

    // The used range is read for the contract's sheets only: the plan never writes elsewhere.
    expect(seen).toEqual([
      {
        sheets: [
          { name: 'Sheet1', visibility: 'visible', used: null },
          { name: 'Danh mục', visibility: 'visible', used: { top: 1, left: 1, bottom: 8, right: 3 } },
        ],
        tables: {},
        names: {},
      },
    ]);
    expect(result.plan).toBe(plan);
  });

  it('queues exactly these calls for the small plan (golden list)', async () => {
    const excel = new FakeExcel({ sheets: [{ name: 'Sheet1' }] });
    const host = createExcelHost({ run: excel.run, requirements: everything });

    await host.applyPlan(() => smallPlan());

    expect(excel.lines()).toEqual([
      'suspendCalculation application',
      'addSheet Danh mục',
      'tabColor Danh mục #1F4E79',
      'addSheet Chấm điểm',
      'addSheet _meta',
      'numberFormat Danh mục!A1:B1 [["@","@"]]',
      // One cell for a whole column: Office.js copies it to every cell of the range.
      'numberFormat Danh mục!A2:A3 [["@"]]',
      'values Danh mục!A1:B3 [["Mã đơn vị","Tên đơn vị"],["DV01","Sở Tư pháp A"],["DV02","Sở Tư pháp B"]]',
      'table.add Danh mục!A1:B3 true',
      'table.name @Danh mục!A1:B3 Units',
      'table.style Units TableStyleMedium2',
      'table.showFilterButton Units true',
      'numberFormat Chấm điểm!A3:C3 [["@","@","@"]]',
      'numberFormat Chấm điểm!B4:B5 [["0.00"]]',
      'numberFormat Chấm điểm!C4:C5 [["0.00"]]',
      'values Chấm điểm!A3:C5 [["Mã đơn vị","I.1","Tổng điểm"],["DV01",8,null],["DV02",null,null]]',
      'table.add Chấm điểm!A3:C5 true',
      'table.name @Chấm điểm!A3:C5 Scores',
      'table.style Scores TableStyleMedium2',
      'table.showFilterButton Scores true',
      'names.add DS_DonVi =Units[Mã đơn vị] (Mã đơn vị (bảng Units))',
      'values Chấm điểm!A1 [["BẢNG CHẤM ĐIỂM"]]',
      'merge Chấm điểm!A1:C1 false',
      'font.bold Chấm điểm!A1:C1 true',
      'align Chấm điểm!A1:C1 Center',
      'values _meta!A1 [["schemaVersion"]]',
      'values _meta!B1 [[1]]',
      'columnWidth Danh mục!A:A 66.75',
      'locked Danh mục!A2:A3 false',
      'wrapText Danh mục!B1:B3 true',
      'columnWidth Danh mục!B:B 213.75',
      'locked Danh mục!B2:B3 false',
      'formulas Chấm điểm!C4:C5 [["=ROUND([@[I.1]],2)"]]',
      'validation.clear Chấm điểm!A4:A5',
      'validation.rule Chấm điểm!A4:A5 {"list":{"inCellDropDown":true,"source":"=DS_DonVi"}}',
      'validation.prompt Chấm điểm!A4:A5 {"showPrompt":true,"title":"Mã đơn vị","message":"Chọn mã đơn vị"}',
      'validation.errorAlert Chấm điểm!A4:A5 {"showAlert":true,"style":"Stop","title":"Giá trị không hợp lệ: Mã đơn vị","message":"Chọn mã đơn vị"}',
      'locked Chấm điểm!A4:A5 false',
      'validation.clear Chấm điểm!B4:B5',
      'validation.rule Chấm điểm!B4:B5 {"decimal":{"formula1":0,"formula2":10,"operator":"Between"}}',
      'validation.prompt Chấm điểm!B4:B5 {"showPrompt":true,"title":"I.1","message":"Từ 0 đến 10"}',
      'validation.errorAlert Chấm điểm!B4:B5 {"showAlert":true,"style":"Stop","title":"Giá trị không hợp lệ: I.1","message":"Từ 0 đến 10"}',
      'locked Chấm điểm!B4:B5 false',
      'locked Chấm điểm!C4:C5 true',
      'freezeRows Danh mục 1',
      'freezeRows Chấm điểm 3',
      'conditionalFormats.clearAll Chấm điểm!C4:C5',
      'conditionalFormats.add Chấm điểm!C4:C5 Custom',
      'conditionalFormat.formula Chấm điểm!C4:C5 =C4>=9',
      'conditionalFormat.fill Chấm điểm!C4:C5 #C6EFCE',
      'chart.add Chấm điểm BarClustered Chấm điểm!C4:C5 Columns',
      'chart.name Chấm điểm ScoresChart',
      'chart.title Chấm điểm Tổng điểm',
      'series.name Chấm điểm#0 Tổng điểm',
      'series.categories Chấm điểm#0 Chấm điểm!A4:A5',
      'chart.position Chấm điểm A7:F16',
      'print.orientation Chấm điểm Landscape',
      'print.paperSize Chấm điểm A4',
      'print.zoom Chấm điểm {"horizontalFitToPages":1,"verticalFitToPages":0}',
      'print.titleRows Chấm điểm $3:$3',
      'visibility _meta VeryHidden',
      'protect Chấm điểm {"allowAutoFilter":true,"allowSort":true,"allowFormatColumns":true,"allowFormatRows":true}',
    ]);
  });

  it('splits a sheet too wide to fit across pages: a fixed scale, repeated unit columns, a multi-range area, row heights', async () => {
    const excel = new FakeExcel({ sheets: [{ name: 'Sheet1' }] });
    const plan = smallPlan();
    const scores = plan.sheets.find((s) => s.name === 'Chấm điểm');
    if (scores === undefined) throw new Error('no Chấm điểm in the small plan');
    scores.print = {
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: false,
      scale: 85,
      repeatRows: '$3:$3',
      repeatColumns: '$A:$B',
      area: '$A:$C,$E:$F',
    };
    scores.rowHeights = { 3: 30, 4: 30, 6: 45 };
    await createExcelHost({ run: excel.run, requirements: everything }).applyPlan(() => plan);
    const lines = excel.lines(excel.log.filter((e) => e.kind.startsWith('print.') || e.kind === 'rowHeight'));
    expect(lines).toEqual([
      'rowHeight Chấm điểm!4:5 30',
      'rowHeight Chấm điểm!7:7 45',
      'print.orientation Chấm điểm Landscape',
      'print.paperSize Chấm điểm A4',
      'print.zoom Chấm điểm {"scale":85}',
      'print.titleRows Chấm điểm $3:$3',
      'print.titleColumns Chấm điểm $A:$B',
      'print.area Chấm điểm $A:$C,$E:$F',
    ]);
  });

  it('rules a ruled table in one write over its whole range, header and rows, with every edge and inner line', async () => {
    const excel = new FakeExcel({ sheets: [{ name: 'Sheet1' }] });
    const host = createExcelHost({ run: excel.run, requirements: everything });
    const plan = smallPlan();
    const units = plan.sheets.flatMap((s) => s.tables).find((t) => t.name === 'Units');
    if (units === undefined) throw new Error('the small plan has Units');
    units.ruled = true;
    const result = await host.applyPlan(() => plan);
    expect(result.roundTrips).toBe(2);
    const lines = excel.lines().filter((line) => line.startsWith('border.'));
    expect(lines).toEqual(
      ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'].flatMap(
        (edge) => [
          `border.${edge}.style Danh mục!A1:B3 Continuous`,
          `border.${edge}.weight Danh mục!A1:B3 Thin`,
        ],
      ),
    );
  });

  it('rules the cells of a ruling conditional format by their four edges, and sets no fill', async () => {
    const excel = new FakeExcel({ sheets: [{ name: 'Sheet1' }] });
    const host = createExcelHost({ run: excel.run, requirements: everything });
    const plan = smallPlan();
    const scores = plan.sheets.find((s) => s.name === 'Chấm điểm');
    if (scores === undefined) throw new Error('the small plan has Chấm điểm');
    scores.conditionalFormats = [
      { sheet: 'Chấm điểm', range: 'A3:C5', formula: '=$A3<>""', ruled: true, meaning: 'Kẻ khung' },
    ];
    await host.applyPlan(() => plan);
    expect(excel.lines().filter((line) => line.startsWith('conditionalFormat'))).toEqual([
      'conditionalFormats.clearAll Chấm điểm!A3:C5',
      'conditionalFormats.add Chấm điểm!A3:C5 Custom',
      'conditionalFormat.formula Chấm điểm!A3:C5 =$A3<>""',
      'conditionalFormat.border.EdgeTop Chấm điểm!A3:C5 Continuous',
      'conditionalFormat.border.EdgeBottom Chấm điểm!A3:C5 Continuous',
      'conditionalFormat.border.EdgeLeft Chấm điểm!A3:C5 Continuous',
      'conditionalFormat.border.EdgeRight Chấm điểm!A3:C5 Continuous',
    ]);
  });

  it('leaves the sheets it created in the state the plan asks for', async () => {
    const excel = new FakeExcel({ sheets: [{ name: 'Sheet1' }] });
    await createExcelHost({ run: excel.run, requirements: everything }).applyPlan(() => smallPlan());

    expect(excel.sheets.map((s) => [s.name, s.visibility, s.protected])).toEqual([
      ['Sheet1', 'Visible', false],
      ['Danh mục', 'Visible', false],
      ['Chấm điểm', 'Visible', true],
      ['_meta', 'VeryHidden', false],
    ]);
    expect(excel.tables.map((t) => t.name)).toEqual(['Units', 'Scores']);
    expect(excel.names.get('DS_DonVi')).toBe('=Units[Mã đơn vị]');
  });
});

describe('applyPlan on an existing workbook', () => {
  const registrationsSeed = () =>
    new FakeExcel({
      sheets: [{ name: 'Đăng ký', used: 'A1:C3', protected: true, options: { allowAutoFilter: true } }],
      tables: [
        {
          name: 'Registrations',
          sheet: 'Đăng ký',
          address: 'A1:C3',
          values: [
            ['Mã đơn vị', 'Họ và tên', 'Kiểm tra'],
            ['DV01', 'Nguyễn Văn A', 'OK'],
            ['DV02', 'Trần Thị B', 'OK'],
          ],
          formulas: [
            ['DV01', 'Nguyễn Văn A', '=IF([@[Mã đơn vị]]="","Thiếu","OK")'],
            ['DV02', 'Trần Thị B', '=IF([@[Mã đơn vị]]="","Thiếu","OK")'],
          ],
        },
      ],
      names: { DS_DonVi: '=Units[Mã đơn vị]' },
    });

  const registrationsPlan = () =>
    workbookPlan(
      [
        sheetPlan('Đăng ký', {
          existing: true,
          tables: [
            tablePlan(
              'Registrations',
              'Đăng ký',
              [
                input('Mã đơn vị'),
                input('Họ và tên'),
                computed('Kiểm tra', '=IF([@[Mã đơn vị]]="","Thiếu","OK")'),
                input('Ghi chú'),
              ],
              {
                existing: true,
                rowCount: 4,
                addColumns: ['Ghi chú'],
                appendRows: [
                  ['DV03', 'Lê Văn C', null, 'mới'],
                  ['DV04', 'Phạm Thị D', null, null],
                ],
              },
            ),
          ],
        }),
      ],
      [{ name: 'DS_DonVi', formula: '=Units[Mã đơn vị]', comment: '' }],
    );

  it('keeps typed cells, adds the column, appends the rows in one call and rewrites the formulas', async () => {
    const excel = registrationsSeed();
    const result = await createExcelHost({ run: excel.run, requirements: everything }).applyPlan(() =>
      registrationsPlan(),
    );

    expect(result.roundTrips).toBe(2);
    const lines = excel.lines();
    // Nothing is written over the two typed rows (A2:C3), and the unchanged name is left alone.
    expect(lines.filter((l) => l.startsWith('values '))).toEqual([]);
    expect(lines.filter((l) => l.startsWith('names.'))).toEqual([]);
    expect(lines).toEqual(
      expect.arrayContaining([
        'table.columns.add Registrations {"name":"Ghi chú"}',
        'table.rows.add Registrations {"values":[["DV03","Lê Văn C","","mới"],["DV04","Phạm Thị D","",""]]}',
        'formulas Đăng ký!C2:C5 [["=IF([@[Mã đơn vị]]=\\"\\",\\"Thiếu\\",\\"OK\\")"]]',
        'locked Đăng ký!D2:D5 false',
      ]),
    );
    expect(lines.filter((l) => l.startsWith('table.rows.add'))).toHaveLength(1);
  });

  it('lifts the protection of a touched sheet first and puts it back last, with its own options', async () => {
    const excel = registrationsSeed();
    await createExcelHost({ run: excel.run, requirements: everything }).applyPlan(() => registrationsPlan());

    const kinds = excel.log.map((e) => e.kind).filter((k) => k !== 'suspendCalculation');
    expect(kinds[0]).toBe('unprotect');
    expect(kinds[kinds.length - 1]).toBe('protect');
    expect(excel.lines().at(-1)).toBe('protect Đăng ký {"allowAutoFilter":true}');
    expect(excel.sheetState('Đăng ký')?.protected).toBe(true);
  });

  it('refuses a plan made for another state of the workbook before writing anything', async () => {
    const excel = registrationsSeed();
    const stale = registrationsPlan();
    const table = stale.sheets[0]?.tables[0];
    if (table) table.existing = false;

    const attempt = createExcelHost({ run: excel.run, requirements: everything }).applyPlan(() => stale);

    await expect(attempt).rejects.toThrow(/Registrations.*chạy lại "Tạo \/ cập nhật sổ thi đua"/);
    expect(excel.syncs).toBe(1);
    expect(excel.log).toEqual([]);
  });
});

describe('applyPlan when a write fails', () => {
  const protectedScores = () =>
    new FakeExcel({
      sheets: [{ name: 'Chấm điểm', used: 'A1:C3', protected: true, options: { allowSort: true } }],
      tables: [
        {
          name: 'Scores',
          sheet: 'Chấm điểm',
          address: 'A1:C3',
          values: [
            ['Mã đơn vị', 'I.1', 'Tổng điểm'],
            ['DV01', 8, 8],
            ['DV02', '', ''],
          ],
        },
      ],
    });
  const scoresPlan = () =>
    workbookPlan([
      sheetPlan('Chấm điểm', {
        existing: true,
        protect: true,
        tables: [
          tablePlan(
            'Scores',
            'Chấm điểm',
            [input('Mã đơn vị'), input('I.1'), computed('Tổng điểm', '=ROUND([@[I.1]],2)')],
            {
              existing: true,
              rowCount: 2,
            },
          ),
        ],
      }),
    ]);

  it('protects the sheets it lifted again, in a second run, and says what failed in Vietnamese', async () => {
    const excel = protectedScores();
    excel.failWhen = (entry) => (entry.kind === 'formulas' ? 'InvalidArgument' : null);

    const attempt = createExcelHost({ run: excel.run, requirements: everything }).applyPlan(() =>
      scoresPlan(),
    );

    await expect(attempt).rejects.toThrow(ExcelHostError);
    await expect(attempt).rejects.toThrow(
      'Không ghi được vào sổ: Excel từ chối một giá trị, công thức hoặc quy tắc được ghi vào sổ.',
    );
    // The failed batch had already unprotected the sheet; the second run protected it again.
    expect(excel.runs).toBe(2);
    expect(excel.sheetState('Chấm điểm')).toMatchObject({ protected: true, options: { allowSort: true } });
    expect(excel.lines().filter((l) => /^(un)?protect /.test(l))).toEqual([
      'unprotect Chấm điểm',
      'protect Chấm điểm {"allowSort":true}',
    ]);
  });

  it('does not protect again a sheet the failure left protected (protect would fail on it)', async () => {
    const excel = protectedScores();
    excel.failWhen = (entry) => (entry.kind === 'unprotect' ? 'AccessDenied' : null);

    const attempt = createExcelHost({ run: excel.run, requirements: everything }).applyPlan(() =>
      scoresPlan(),
    );

    await expect(attempt).rejects.toThrow(/^Không ghi được vào sổ: Excel không cho phép thay đổi/);
    expect(excel.runs).toBe(2);
    expect(excel.sheetState('Chấm điểm')?.protected).toBe(true);
    expect(excel.lines().filter((l) => l.startsWith('protect'))).toEqual([]);
  });

  it('tells the officer which sheets to protect by hand when putting protection back fails too', async () => {
    const excel = protectedScores();
    excel.failWhen = (entry) =>
      entry.kind === 'formulas' || entry.kind === 'protect' ? 'GeneralException' : null;

    const attempt = createExcelHost({ run: excel.run, requirements: everything }).applyPlan(() =>
      scoresPlan(),
    );

    await expect(attempt).rejects.toThrow(/Chưa bật lại được bảo vệ của trang "Chấm điểm"/);
    expect(excel.sheetState('Chấm điểm')?.protected).toBe(false);
  });

  it('maps cell edit mode to the message that says what to do', async () => {
    const excel = protectedScores();
    excel.failSync = () => 'InvalidOperationInCellEditMode';

    const attempt = createExcelHost({ run: excel.run, requirements: everything }).applyPlan(() =>
      scoresPlan(),
    );

    await expect(attempt).rejects.toThrow(
      'Không đọc được sổ: Excel đang ở chế độ sửa ô: nhấn Enter hoặc Esc rồi thử lại.',
    );
    expect(excel.runs).toBe(1);
  });
});

describe('applyPlan on an older Excel', () => {
  // ExcelApi versions compare by their minor number (1.10 is newer than 1.9).
  const upTo = (minor: number) => (set: string, version: string) =>
    set === 'ExcelApi' && Number(version.split('.')[1]) <= minor;

  it('skips print setup without ExcelApi 1.9 and says so', async () => {
    const excel = new FakeExcel({ sheets: [{ name: 'Sheet1' }] });
    const host = createExcelHost({ run: excel.run, requirements: upTo(8) });

    const result = await host.applyPlan(() => smallPlan());

    expect(host.capabilities()).toEqual({
      printSetup: false,
      charts: true,
      protection: true,
      veryHidden: true,
    });
    expect(result.notes).toEqual([DEGRADED_NOTES.printSetup]);
    expect(result.notes[0]).toBe(
      'Bản Excel này chưa hỗ trợ thiết lập trang in (ExcelApi 1.9); bỏ qua bước này.',
    );
    expect(excel.log.filter((e) => e.kind.startsWith('print.'))).toEqual([]);
    expect(excel.log.some((e) => e.kind === 'chart.add')).toBe(true);
  });

  it('refuses to start below ExcelApi 1.8, before touching the workbook', async () => {
    const excel = new FakeExcel({ sheets: [{ name: 'Sheet1' }] });
    const host = createExcelHost({ run: excel.run, requirements: upTo(7) });

    await expect(host.applyPlan(() => smallPlan())).rejects.toThrow(/ExcelApi 1\.8/);
    expect(excel.runs).toBe(0);
  });
});
