import type { RawTable } from '../../src/domain/workbook';
import { PlanConflictError } from '../../src/memory/applyWorkbookPlan';
import { createMemoryHost, LockedCellError, type MemoryHostChange } from '../../src/memory/memoryHost';
import { fixturePlan, RANK, replanWithNewUnit } from './fixturePlan';

/** Values of some columns of a table, one object per data row. */
function columns(table: RawTable | undefined, headers: string[]): Record<string, unknown>[] {
  if (table === undefined) throw new Error('table missing');
  return table.rows.map((row) => Object.fromEntries(headers.map((h) => [h, row[table.headers.indexOf(h)]])));
}

const RESULT = ['Mã đơn vị', 'Tên đơn vị', 'Mã cụm', 'Tổng điểm', 'Xếp hạng', 'Dẫn đầu'];

describe('memory host: applying a new plan', () => {
  it('writes the tables and evaluates totals, COUNTIFS ranks and lookups', async () => {
    const host = createMemoryHost();
    await host.applyPlan(() => fixturePlan());
    const data = await host.read();

    expect(columns(data.tables.Scores, RESULT)).toEqual([
      {
        'Mã đơn vị': 'U1',
        'Tên đơn vị': 'Văn phòng Sở',
        'Mã cụm': 'C1',
        'Tổng điểm': 90,
        'Xếp hạng': 1,
        'Dẫn đầu': true,
      },
      {
        'Mã đơn vị': 'U2',
        'Tên đơn vị': 'Thanh tra Sở',
        'Mã cụm': 'C1',
        'Tổng điểm': 90,
        'Xếp hạng': 1,
        'Dẫn đầu': true,
      },
      {
        'Mã đơn vị': 'U3',
        'Tên đơn vị': 'Phòng Bổ trợ tư pháp',
        'Mã cụm': 'C1',
        'Tổng điểm': null,
        'Xếp hạng': null,
        'Dẫn đầu': null,
      },
      {
        'Mã đơn vị': 'U4',
        'Tên đơn vị': 'Phòng Công chứng số 1',
        'Mã cụm': 'C2',
        'Tổng điểm': 86.75,
        'Xếp hạng': 2,
        'Dẫn đầu': false,
      },
      {
        'Mã đơn vị': 'U5',
        'Tên đơn vị': 'Phòng Công chứng số 2',
        'Mã cụm': 'C2',
        'Tổng điểm': 89,
        'Xếp hạng': 1,
        'Dẫn đầu': true,
      },
    ]);
    expect(host.formulaProblems()).toEqual([]);
  });

  it('reads formulas back as written, constants as null, and the defined names', async () => {
    const host = createMemoryHost();
    await host.applyPlan(() => fixturePlan());
    const scores = (await host.read()).tables.Scores;
    expect(scores?.formulas?.[0]?.[8]).toBe(RANK);
    expect(scores?.formulas?.[0]?.[3]).toBeNull();
    expect((await host.read()).names).toEqual({ DS_DonVi: '=Units[Mã đơn vị]' });
  });

  it('evaluates free cells that refer to tables and to a defined name', async () => {
    const host = createMemoryHost();
    await host.applyPlan(() => fixturePlan());
    expect(host.getCell('Tổng hợp', 'B2').value).toBe(5);
    expect(host.getCell('Tổng hợp', 'B3')).toMatchObject({
      value: 90,
      display: '90,00',
      formula: '=MAXIFS(Scores[Tổng điểm],Scores[Mã cụm],"C1")',
    });
    expect(host.getCell('Tổng hợp', 'B3').engineFormula).toBe(
      `=MAXIFS('Chấm điểm'!$H$2:$H$6,'Chấm điểm'!$C$2:$C$6,"C1")`,
    );
    expect(host.getCell('Tổng hợp', 'B4').value).toBe(5);
  });

  it('hands the current workbook to the plan builder', async () => {
    const host = createMemoryHost();
    const seen: string[][] = [];
    await host.applyPlan((current) => {
      seen.push(current.sheets.map((s) => s.name));
      return fixturePlan();
    });
    await host.applyPlan((current) => {
      seen.push(Object.keys(current.tables).sort());
      return fixturePlan();
    });
    expect(seen).toEqual([['Sheet1'], ['Scores', 'Units']]);
  });

  it('keeps sheets, presentation parts and protection as data', async () => {
    const host = createMemoryHost();
    const result = await host.applyPlan(() => fixturePlan());
    expect(result.notes).toEqual([]);
    expect(host.sheetNames()).toEqual(['Sheet1', 'Danh mục', 'Chấm điểm', 'Tổng hợp', '_meta']);
    expect(host.sheetLayout('_meta').visibility).toBe('veryHidden');
    expect(host.sheetLayout('Tổng hợp').merges).toEqual([{ row: 0, col: 0, across: 4 }]);
    expect(host.sheetLayout('Tổng hợp').charts.map((c) => c.name)).toEqual(['ChartTotals']);
    expect(host.sheetLayout('Chấm điểm')).toMatchObject({
      protect: true,
      freezeRows: 1,
      print: { orientation: 'landscape' },
    });
    expect(host.tables().find((t) => t.name === 'Scores')?.columns[0]?.validation).toEqual({
      kind: 'listName',
      name: 'DS_DonVi',
      prompt: 'Chọn đơn vị',
    });
    expect(host.getCell('Chấm điểm', 'D2').locked).toBe(false);
    expect(host.getCell('Chấm điểm', 'H2').locked).toBe(true);
  });

  it('notes the features a host lacks instead of failing', async () => {
    const host = createMemoryHost({
      capabilities: { charts: false, printSetup: false, veryHidden: false, protection: false },
    });
    const { notes } = await host.applyPlan(() => fixturePlan());
    expect(notes).toHaveLength(4);
    expect(notes.join('\n')).toMatch(/Biểu đồ "Tổng điểm theo đơn vị"/);
    expect(host.sheetLayout('_meta').visibility).toBe('hidden');
    expect(host.sheetLayout('Chấm điểm').protect).toBe(false);
    expect(host.sheetLayout('Tổng hợp').charts).toEqual([]);
  });
});

describe('memory host: applying again', () => {
  it('gives the same workbook when the same plan is applied twice', async () => {
    const once = createMemoryHost();
    await once.applyPlan(() => fixturePlan());
    const twice = createMemoryHost();
    await twice.applyPlan(() => fixturePlan());
    await twice.applyPlan(() => fixturePlan());
    expect(twice.snapshot()).toEqual(once.snapshot());
    expect(twice.exportWorkbookData()).toEqual(once.exportWorkbookData());
  });

  it('keeps typed cells, adds the new column at the right end and the new rows at the bottom', async () => {
    const host = createMemoryHost();
    await host.applyPlan(() => fixturePlan());
    host.setCellValue('Chấm điểm', 'D4', 30);
    host.setCellValue('Chấm điểm', 'E4', 25.5);
    host.setCellValue('Danh mục', 'D2', 13);

    await host.applyPlan(() => replanWithNewUnit());
    const data = await host.read();
    const scores = data.tables.Scores;

    expect(scores?.headers.at(-1)).toBe('Ghi chú');
    expect(scores?.rows).toHaveLength(6);
    expect(scores?.rows[2]?.slice(3, 5)).toEqual([30, 25.5]);
    expect(data.tables.Units?.rows[0]).toEqual(['U1', 'Văn phòng Sở', 'C1', 13]);
    expect(columns(scores, ['Mã đơn vị', 'Tên đơn vị', 'Tổng điểm', 'Xếp hạng', 'Ghi chú'])).toEqual([
      { 'Mã đơn vị': 'U1', 'Tên đơn vị': 'Văn phòng Sở', 'Tổng điểm': 90, 'Xếp hạng': 1, 'Ghi chú': null },
      { 'Mã đơn vị': 'U2', 'Tên đơn vị': 'Thanh tra Sở', 'Tổng điểm': 90, 'Xếp hạng': 1, 'Ghi chú': null },
      {
        'Mã đơn vị': 'U3',
        'Tên đơn vị': 'Phòng Bổ trợ tư pháp',
        'Tổng điểm': 55.5,
        'Xếp hạng': 3,
        'Ghi chú': null,
      },
      {
        'Mã đơn vị': 'U4',
        'Tên đơn vị': 'Phòng Công chứng số 1',
        'Tổng điểm': 86.75,
        'Xếp hạng': 3,
        'Ghi chú': null,
      },
      {
        'Mã đơn vị': 'U5',
        'Tên đơn vị': 'Phòng Công chứng số 2',
        'Tổng điểm': 89,
        'Xếp hạng': 2,
        'Ghi chú': null,
      },
      {
        'Mã đơn vị': 'U6',
        'Tên đơn vị': 'Phòng Công chứng số 3',
        'Tổng điểm': 92,
        'Xếp hạng': 1,
        'Ghi chú': 'mới',
      },
    ]);
    // The appended row's formulas resolve over the grown table, as do references from other sheets.
    expect(host.getCell('Chấm điểm', 'I7').engineFormula).toBe(
      '=IF(H7="","",1+COUNTIFS($C$2:$C$7,C7,$H$2:$H$7,">"&H7))',
    );
    expect(host.getCell('Tổng hợp', 'B2').value).toBe(6);
    expect(host.formulaProblems()).toEqual([]);
  });

  it('does not append the rows of a new-table plan to a table that already exists', async () => {
    const host = createMemoryHost();
    await host.applyPlan(() => fixturePlan());
    host.setCellValue('Chấm điểm', 'D2', 10);
    await host.applyPlan(() => fixturePlan());
    expect((await host.read()).tables.Scores?.rows[0]?.[3]).toBe(10);
    expect((await host.read()).tables.Scores?.rows).toHaveLength(5);
  });

  it('refuses a plan that puts a table over another one', async () => {
    const host = createMemoryHost();
    await host.applyPlan(() => fixturePlan());
    const clash = fixturePlan();
    const scores = clash.sheets[1]?.tables[0];
    if (scores === undefined) throw new Error('fixture plan changed shape');
    clash.sheets[1]?.tables.push({ ...scores, name: 'Other', origin: { row: 3, col: 2 } });
    await expect(host.applyPlan(() => clash)).rejects.toThrow(PlanConflictError);
  });
});

describe('memory host: typing and reading cells', () => {
  it('recalculates totals and ranks when a score is typed', async () => {
    const host = createMemoryHost();
    await host.applyPlan(() => fixturePlan());
    host.setCellValue('Chấm điểm', 'D3', 37); // U2: 38 → 37, total 90 → 89
    expect(host.getCell('Chấm điểm', 'H3').value).toBe(89);
    expect(host.getCell('Chấm điểm', 'I2').value).toBe(1);
    expect(host.getCell('Chấm điểm', 'I3').value).toBe(2);
    expect(host.getCell('Chấm điểm', 'J3').value).toBe(false);
  });

  it('stores a value that starts with = as text, never evaluated', async () => {
    const host = createMemoryHost();
    await host.applyPlan(() => fixturePlan());
    host.setCellValue('Chấm điểm', 'A4', '=1+1');
    expect(host.getCell('Chấm điểm', 'A4')).toMatchObject({ value: '=1+1', formula: null, display: '=1+1' });
    host.setCellValue('Danh mục', 'B2', '01/02/2018');
    expect(host.getCell('Danh mục', 'B2').value).toBe('01/02/2018');
    expect(host.getCell('Chấm điểm', 'B2').value).toBe('01/02/2018');
  });

  it('refuses to write a locked cell of a protected sheet', async () => {
    const host = createMemoryHost();
    await host.applyPlan(() => fixturePlan());
    expect(() => host.setCellValue('Chấm điểm', 'H2', 100)).toThrow(LockedCellError);
    expect(host.getCell('Chấm điểm', 'H2').value).toBe(90);
  });

  it('tells subscribers what changed and stops when asked', async () => {
    const host = createMemoryHost();
    const changes: MemoryHostChange[] = [];
    const stop = host.subscribe((change) => changes.push(change));
    await host.applyPlan(() => fixturePlan());
    host.setCellValue('Chấm điểm', 'D2', 1);
    await host.goTo({ sheet: 'Chấm điểm', cell: '$D$2' });
    stop();
    host.setCellValue('Chấm điểm', 'D3', 1);
    expect(changes.map((c) => c.kind)).toEqual(['plan', 'cell', 'selection']);
  });

  it('records the selection made by goTo', async () => {
    const host = createMemoryHost();
    await host.applyPlan(() => fixturePlan());
    expect(host.selection()).toBeNull();
    await host.goTo({ sheet: 'chấm điểm', cell: 'h4' });
    expect(host.selection()).toEqual({ sheet: 'Chấm điểm', cell: 'H4' });
    await expect(host.goTo({ sheet: 'Nowhere', cell: 'A1' })).rejects.toThrow(/No sheet/);
  });

  it('gives the sheet values from A1 to the end of the used range', async () => {
    const host = createMemoryHost();
    await host.applyPlan(() => fixturePlan());
    const values = host.getSheetValues('Danh mục');
    expect(values).toHaveLength(6);
    expect(values[0]).toEqual(['Mã đơn vị', 'Tên đơn vị', 'Mã cụm', 'Số người']);
    expect(host.getSheetValues('Sheet1')).toEqual([]);
  });

  it('recalculates once after a batch of writes and tells subscribers afterwards', async () => {
    const host = createMemoryHost();
    await host.applyPlan(() => fixturePlan());
    const seen: unknown[] = [];
    host.subscribe(() => seen.push(host.getCell('Chấm điểm', 'H4').value));
    host.batch(() => {
      host.setCellValue('Chấm điểm', 'D4', 40);
      host.setCellValue('Chấm điểm', 'E4', 40);
      host.appendTableRows('Scores', [['U6', null, null, 1, null, null, null, null, null, null]]);
      host.setCellValue('Chấm điểm', 'F4', 15);
    });
    expect(seen).toEqual([95, 95, 95, 95]);
    expect(host.getCell('Chấm điểm', 'I4').value).toBe(1);
    expect(host.getCell('Chấm điểm', 'H7').value).toBe(1);
  });

  it('appends table rows whose computed cells fill in', async () => {
    const host = createMemoryHost();
    await host.applyPlan(() => fixturePlan());
    host.appendTableRows('Scores', [['U4', null, null, 1, 1, 1, 1, null, null, null]]);
    expect(host.getCell('Chấm điểm', 'B7').value).toBe('Phòng Công chứng số 1');
    expect(host.getCell('Chấm điểm', 'H7').value).toBe(4);
    expect(host.getCell('Chấm điểm', 'I7').value).toBe(3);
  });

  it('reports formulas that fail, with the reason', async () => {
    const host = createMemoryHost();
    const plan = fixturePlan();
    plan.sheets[2]?.cells.push(
      { address: 'C1', value: null, formula: '=SUM(Scores[Nope])' },
      { address: 'C2', value: null, formula: '=RANK.EQ(1,Scores[Tổng điểm])' },
    );
    await host.applyPlan(() => plan);
    expect(host.formulaProblems()).toEqual([
      expect.objectContaining({
        sheet: 'Tổng hợp',
        cell: 'C1',
        error: '#REF!',
        message: expect.stringMatching(/Scores has no column Nope/),
      }),
      expect.objectContaining({ sheet: 'Tổng hợp', cell: 'C2', error: '#NAME?' }),
    ]);
  });
});
