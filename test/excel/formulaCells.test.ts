// Which cells of a table hold a formula is read as the addresses Excel finds them at
// (`getSpecialCellsOrNullObject`, ExcelApi 1.9), not as every cell's formula: the layout only tells a
// formula from a typed value, and the formulas of a Ministry workbook would pass the 5 MB response
// limit of Excel on the web.
import { planSeed } from '../../bench/support/planSeed';
import { SCORE_HEADERS, TABLES } from '../../src/domain/contract';
import type { Campaign } from '../../src/domain/model';
import { presetById } from '../../src/domain/presets/presets';
import type { WorkbookData } from '../../src/domain/workbook';
import { createExcelHost } from '../../src/excel/excelHost';
import { jsonBytes } from '../../src/excel/payload';
import { FORMULA_MARKER } from '../../src/excel/readWorkbook';
import { FakeExcel, type FakeSeed } from '../../src/excel/testing/fakeExcel';
import { buildPlan } from '../../src/layout/buildPlan';

const everything = (): boolean => true;
// Excel 2019: ExcelApi up to 1.8, no getSpecialCells.
const excel2019 = (set: string, version: string): boolean =>
  set === 'ExcelApi' && Number(version.split('.')[1]) <= 8;

const ROUND = '=ROUND([@[I.1]]+[@[I.2]],2)';
const LEADS = '=[@[Tổng điểm]]>=8';

/** Scores on `Chấm điểm` at A3: two computed columns, the officer's 9 typed over the second row's total. */
const scoresSeed = (): FakeSeed => ({
  sheets: [{ name: 'Chấm điểm', used: 'A3:E6' }],
  tables: [
    {
      name: 'Scores',
      sheet: 'Chấm điểm',
      address: 'A3:E6',
      values: [
        ['Mã đơn vị', 'I.1', 'I.2', 'Tổng điểm', 'Dẫn đầu'],
        ['DV01', 4, 4.5, 8.5, true],
        ['DV02', 3, '', 9, true],
        ['DV03', '', '', 0, false],
      ],
      formulas: [
        ['DV01', 4, 4.5, ROUND, LEADS],
        ['DV02', 3, '', 9, LEADS],
        ['DV03', '', '', ROUND, LEADS],
      ],
    },
  ],
});

function hcm2018(): Campaign {
  const campaign = presetById('hcm-2018');
  if (campaign === undefined) throw new Error('preset hcm-2018 is missing');
  return campaign;
}

describe('formula cells, read by address (ExcelApi 1.9)', () => {
  it('marks the cells Excel finds, leaves the typed one, in the one sync of the read', async () => {
    const excel = new FakeExcel(scoresSeed());

    const data = await createExcelHost({ run: excel.run, requirements: everything }).read();

    expect(data.tables.Scores?.rows).toEqual([
      ['DV01', 4, 4.5, 8.5, true],
      ['DV02', 3, null, 9, true],
      ['DV03', null, null, 0, false],
    ]);
    expect(data.tables.Scores?.formulas).toEqual([
      [null, null, null, FORMULA_MARKER, FORMULA_MARKER],
      [null, null, null, null, FORMULA_MARKER],
      [null, null, null, FORMULA_MARKER, FORMULA_MARKER],
    ]);
    expect(excel.syncs).toBe(1);
  });

  it('brings back addresses where Excel 2019 brings back every formula', async () => {
    const byAddress = new FakeExcel(scoresSeed());
    const byText = new FakeExcel(scoresSeed());

    const marked = await createExcelHost({ run: byAddress.run, requirements: everything }).read();
    const texts = await createExcelHost({ run: byText.run, requirements: excel2019 }).read();

    expect(texts.tables.Scores?.formulas).toEqual([
      [null, null, null, ROUND, LEADS],
      [null, null, null, null, LEADS],
      [null, null, null, ROUND, LEADS],
    ]);
    // The same cells, told apart the same way.
    const pattern = (data: WorkbookData) =>
      data.tables.Scores?.formulas?.map((row) => row.map((cell) => cell !== null));
    expect(pattern(marked)).toEqual(pattern(texts));
    expect(byText.syncs).toBe(1);
    expect(byAddress.requests[0]?.responseBytes).toBeLessThan(byText.requests[0]?.responseBytes ?? 0);
  });

  it('reads a table without formulas as all typed (Excel answers a null object)', async () => {
    const seed = scoresSeed();
    const table = seed.tables?.[0];
    if (table) table.formulas = table.values.slice(1);
    const excel = new FakeExcel(seed);

    const data = await createExcelHost({ run: excel.run, requirements: everything }).read();

    expect(data.tables.Scores?.formulas).toEqual([
      [null, null, null, null, null],
      [null, null, null, null, null],
      [null, null, null, null, null],
    ]);
  });

  it('takes text typed after the prefix for what it is, on either Excel', async () => {
    // Office.js gives `'=SUM(A1)` back from `formulas` without its prefix: the same text as its value.
    const seed = scoresSeed();
    const table = seed.tables?.[0];
    if (table?.formulas?.[2] === undefined || table.values[3] === undefined) {
      throw new Error('the seed has no third row');
    }
    table.formulas[2][3] = '=SUM(A1)';
    table.values[3][3] = '=SUM(A1)';

    for (const requirements of [everything, excel2019]) {
      const excel = new FakeExcel(seed);
      const data = await createExcelHost({ run: excel.run, requirements }).read();
      expect(data.tables.Scores?.formulas?.[2]?.[3]).toBeNull();
      expect(data.tables.Scores?.rows[2]?.[3]).toBe('=SUM(A1)');
    }
  });

  it('still finds them when the read falls back to two steps', async () => {
    const excel = new FakeExcel(scoresSeed());
    excel.nullObjects = 'refuse';

    const data = await createExcelHost({ run: excel.run, requirements: everything }).read();

    expect(excel.syncs).toBe(3);
    expect(data.tables.Scores?.formulas?.[1]).toEqual([null, null, null, null, FORMULA_MARKER]);
  });

  it('gives the layout what the formulas gave it: the same plan, the typed total kept', async () => {
    const campaign = hcm2018();
    const seed = planSeed(buildPlan(campaign));
    const scores = seed.tables?.find((table) => table.name === TABLES.scores);
    const total = scores?.values[0]?.indexOf(SCORE_HEADERS.total) ?? -1;
    if (scores?.formulas?.[0] === undefined || scores.values[1] === undefined || total < 0) {
      throw new Error('the seed has no Scores table with a total');
    }
    // The officer typed a total over the formula of the first unit.
    scores.formulas[0][total] = 95;
    scores.values[1][total] = 95;

    const plans = await Promise.all(
      [everything, excel2019].map(async (requirements) => {
        const excel = new FakeExcel(seed);
        const result = await createExcelHost({ run: excel.run, requirements }).applyPlan((current) =>
          buildPlan(campaign, current),
        );
        expect(excel.syncs).toBe(2);
        return result.plan;
      }),
    );

    expect(plans[0]).toEqual(plans[1]);
    expect(plans[0]?.issues.map((issue) => issue.code)).toContain('LAYOUT_TYPED_IN_COMPUTED');
  });
});

describe('the fake RangeAreas', () => {
  /** The address of the formula and the constant cells of the Scores data body. */
  async function special(seed: FakeSeed): Promise<{ formulas: string; constants: string; bytes: number }> {
    const excel = new FakeExcel(seed);
    const found = { formulas: '', constants: '', bytes: 0 };
    await excel.run(async (context) => {
      const body = context.workbook.tables.getItem('Scores').getDataBodyRange();
      const formulaCells = body.getSpecialCellsOrNullObject('Formulas');
      const constantCells = body.getSpecialCellsOrNullObject('Constants');
      formulaCells.load('address');
      constantCells.load('address');
      await context.sync();
      found.formulas = formulaCells.address;
      found.constants = constantCells.address;
    });
    found.bytes = excel.requests[0]?.responseBytes ?? 0;
    return found;
  }

  it('joins side-by-side columns with the same runs into one rectangle', async () => {
    const seed = scoresSeed();
    const table = seed.tables?.[0];
    if (table?.formulas?.[1] === undefined) throw new Error('the seed has no second row');
    table.formulas[1][3] = ROUND;

    const found = await special(seed);

    expect(found.formulas).toBe("'Chấm điểm'!D4:E6");
    // The response carries the two addresses, as JSON strings.
    expect(found.bytes).toBe(jsonBytes(found.formulas) + jsonBytes(found.constants));
  });

  it('lists each rectangle with its sheet, top to bottom, then left to right', async () => {
    const found = await special(scoresSeed());

    // The total typed over the formula of the second row splits column D.
    expect(found.formulas).toBe("'Chấm điểm'!D4, 'Chấm điểm'!E4:E6, 'Chấm điểm'!D6");
    expect(found.constants).toBe("'Chấm điểm'!A4:A6, 'Chấm điểm'!B4:B5, 'Chấm điểm'!C4, 'Chấm điểm'!D5");
  });
});
