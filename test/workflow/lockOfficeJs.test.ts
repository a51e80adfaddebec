// The results lock through the Office.js host, on the recording fake of a set-up workbook: the lock
// record is written, then the workbook laid out again from what one read gives, not from a read of its own.
import { planSeed } from '../../bench/support/planSeed';
import { presetById } from '../../src/domain/presets';
import { createExcelHost } from '../../src/excel/excelHost';
import { FakeExcel } from '../../src/excel/testing/fakeExcel';
import { buildPlan } from '../../src/layout/buildPlan';
import { createWorkbookActions } from '../../src/workflow';

describe('locking the results in Excel', () => {
  it('reads, writes the record, and lays the workbook out again in one read and one write: five round trips', async () => {
    const campaign = presetById('hue-2021');
    if (campaign === undefined) throw new Error('the preset exists');
    const plan = buildPlan(campaign, {
      sheets: [{ name: 'Sheet1', visibility: 'visible', used: null }],
      tables: {},
    });
    const excel = new FakeExcel(planSeed(plan));
    const actions = createWorkbookActions(createExcelHost({ run: excel.run, requirements: () => true }));
    const before = excel.syncs;
    const outcome = await actions.lockResults('Nguyễn Văn An');
    expect(outcome).toMatchObject({ done: true });
    // One read to check what is locked; the record's own read and write (its table under protection);
    // the layout's read and write. Six before the layout built its plan from its own read.
    expect(excel.syncs - before).toBe(5);
  });
});
