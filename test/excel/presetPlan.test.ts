import { presetById } from '../../src/domain/presets/presets';
import { createExcelHost } from '../../src/excel/excelHost';
import { REQUEST_BUDGET_BYTES } from '../../src/excel/payload';
import { buildPlan } from '../../src/layout/buildPlan';
import { FakeExcel } from '../../src/excel/testing/fakeExcel';

describe('the plan of preset cum-2-bo-tu-phap-2021', () => {
  const apply = async () => {
    const campaign = presetById('cum-2-bo-tu-phap-2021');
    if (!campaign) throw new Error('preset cum-2-bo-tu-phap-2021 is missing');
    const excel = new FakeExcel({ sheets: [{ name: 'Sheet1' }] });
    const result = await createExcelHost({ run: excel.run, requirements: () => true }).applyPlan((current) =>
      buildPlan(campaign, current),
    );
    return { excel, result };
  };

  it('is written in one read and one write, under the size budget', async () => {
    const { excel, result } = await apply();

    expect(result.plan.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(result.roundTrips).toBe(2);
    expect(excel.syncs).toBe(2);
    expect(excel.requests[1]?.bytes).toBeLessThan(REQUEST_BUDGET_BYTES);
    expect(result.notes).toEqual([]);
  });

  it('queues the same calls, by kind', async () => {
    const { excel } = await apply();

    expect(excel.countsByKind()).toMatchSnapshot();
  });

  it('creates every planned table and sheet, and protects the planned sheets last', async () => {
    const { excel, result } = await apply();

    const planned = result.plan.sheets.flatMap((sheet) => sheet.tables.map((table) => table.name));
    expect(excel.tables.map((table) => table.name).sort()).toEqual([...planned].sort());
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual([
      'Sheet1',
      ...result.plan.sheets.map((s) => s.name),
    ]);
    const protectedSheets = result.plan.sheets.filter((sheet) => sheet.protect).map((sheet) => sheet.name);
    expect(excel.sheets.filter((sheet) => sheet.protected).map((sheet) => sheet.name)).toEqual(
      protectedSheets,
    );
    const kinds = excel.log.map((entry) => entry.kind);
    expect(kinds.slice(kinds.length - protectedSheets.length)).toEqual(protectedSheets.map(() => 'protect'));
  });
});
