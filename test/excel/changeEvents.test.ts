import { watchWorkbookChanges, type ExcelRunIn } from '../../src/excel/changeEvents';
import type { ExcelRun } from '../../src/excel/excelRun';
import type { RequirementCheck } from '../../src/excel/featureGate';

/** An event of a stand-in context: what was added and removed, and a way to fire it. */
class FakeEvent {
  handlers: (() => Promise<void>)[] = [];
  removed = 0;
  add(handler: () => Promise<void>) {
    this.handlers.push(handler);
    return { remove: () => (this.removed += 1) };
  }
  async fire(): Promise<void> {
    for (const handler of this.handlers) await handler();
  }
}

/** A context with two sheets and the workbook's event; counts its syncs. */
function fakeContext() {
  const sheets = [
    { name: 'Phong trào', onChanged: new FakeEvent() },
    { name: 'Chấm điểm', onChanged: new FakeEvent() },
  ];
  const worksheets = { onChanged: new FakeEvent(), items: sheets, load: jest.fn() };
  const context = { workbook: { worksheets }, sync: jest.fn(() => Promise.resolve()) };
  const run: ExcelRun = (batch) => batch(context as unknown as Excel.RequestContext);
  const runIn: ExcelRunIn = (given, batch) => {
    expect(given).toBe(context);
    return batch(given);
  };
  return { context, worksheets, sheets, run, runIn };
}

const upTo =
  (version: number): RequirementCheck =>
  (set, wanted) =>
    set === 'ExcelApi' && Number(wanted) <= version;

describe('hearing of the workbook changes', () => {
  it('listens to every sheet at once from ExcelApi 1.9, and stops in the context it started in', async () => {
    const fake = fakeContext();
    const heard = jest.fn();
    const stop = await watchWorkbookChanges(fake.run, fake.runIn, upTo(1.9), heard);
    expect(stop).not.toBeNull();
    await fake.worksheets.onChanged.fire();
    expect(heard).toHaveBeenCalledWith({ sheet: null });
    expect(fake.sheets.every((s) => s.onChanged.handlers.length === 0)).toBe(true);
    await stop?.();
    expect(fake.worksheets.onChanged.removed).toBe(1);
  });

  it('listens sheet by sheet on Excel 2019 (ExcelApi 1.8)', async () => {
    const fake = fakeContext();
    const heard = jest.fn();
    const stop = await watchWorkbookChanges(fake.run, fake.runIn, upTo(1.8), heard);
    expect(fake.worksheets.onChanged.handlers).toHaveLength(0);
    await fake.sheets[1]?.onChanged.fire();
    expect(heard).toHaveBeenCalledTimes(1);
    await stop?.();
    expect(fake.sheets.map((s) => s.onChanged.removed)).toEqual([1, 1]);
  });

  it('says it cannot listen on an Excel without the events', async () => {
    const fake = fakeContext();
    expect(await watchWorkbookChanges(fake.run, fake.runIn, upTo(1.6), jest.fn())).toBeNull();
    expect(fake.context.sync).not.toHaveBeenCalled();
  });
});
