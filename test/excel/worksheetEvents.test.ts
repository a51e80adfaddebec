import { watchWorkbookChanges } from '../../src/excel/changeEvents';
import type { ExcelRun } from '../../src/excel/excelRun';
import type { RequirementCheck } from '../../src/excel/featureGate';
import { firstCellOf, watchSelections } from '../../src/excel/selectionEvents';
import type { ExcelRunIn } from '../../src/excel/worksheetEvents';

type Handler = (event: { worksheetId: string; address: string }) => Promise<void>;

/** An event of a stand-in context: what was added and removed, and a way to fire it. */
class FakeEvent {
  handlers: Handler[] = [];
  removed = 0;
  add(handler: Handler) {
    this.handlers.push(handler);
    return { remove: () => (this.removed += 1) };
  }
  async fire(worksheetId = '', address = ''): Promise<void> {
    for (const handler of this.handlers) await handler({ worksheetId, address });
  }
}

const events = () => ({ onChanged: new FakeEvent(), onSelectionChanged: new FakeEvent() });

/** A context with two sheets and the workbook's events; counts its syncs. */
function fakeContext() {
  const sheets = [
    { name: 'Phong trào', id: '{A}', ...events() },
    { name: 'Chấm điểm', id: '{B}', ...events() },
  ];
  const worksheets = { ...events(), items: sheets, load: jest.fn() };
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
  it('listens to every sheet at once from ExcelApi 1.9 in one sync, and stops in the context it started in', async () => {
    const fake = fakeContext();
    const heard = jest.fn();
    const stop = await watchWorkbookChanges(fake.run, fake.runIn, upTo(1.9), heard);
    expect(stop).not.toBeNull();
    expect(fake.worksheets.load).not.toHaveBeenCalled();
    expect(fake.context.sync).toHaveBeenCalledTimes(1);
    await fake.worksheets.onChanged.fire();
    expect(heard).toHaveBeenCalledWith({ sheet: null });
    expect(fake.sheets.every((s) => s.onChanged.handlers.length === 0)).toBe(true);
    expect(fake.worksheets.onSelectionChanged.handlers).toHaveLength(0);
    await stop?.();
    expect(fake.worksheets.onChanged.removed).toBe(1);
  });

  it('listens sheet by sheet on Excel 2019 (ExcelApi 1.8)', async () => {
    const fake = fakeContext();
    const heard = jest.fn();
    const stop = await watchWorkbookChanges(fake.run, fake.runIn, upTo(1.8), heard);
    expect(fake.worksheets.load).toHaveBeenCalledWith('items/name');
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

describe('hearing of the cell a person selects', () => {
  it('listens to every sheet at once from ExcelApi 1.9, naming the sheet and the first cell', async () => {
    const fake = fakeContext();
    const heard = jest.fn();
    const stop = await watchSelections(fake.run, fake.runIn, upTo(1.9), heard);
    expect(fake.worksheets.load).toHaveBeenCalledWith('items/name,items/id');
    expect(fake.context.sync).toHaveBeenCalledTimes(2);
    await fake.worksheets.onSelectionChanged.fire('{B}', 'D7:F9');
    expect(heard).toHaveBeenCalledWith({ sheet: 'Chấm điểm', cell: 'D7' });
    expect(fake.worksheets.onChanged.handlers).toHaveLength(0);
    await stop?.();
    expect(fake.worksheets.onSelectionChanged.removed).toBe(1);
  });

  it('listens sheet by sheet on Excel 2019 (ExcelApi 1.8), and not at all below 1.7', async () => {
    const fake = fakeContext();
    const heard = jest.fn();
    const stop = await watchSelections(fake.run, fake.runIn, upTo(1.8), heard);
    expect(fake.worksheets.onSelectionChanged.handlers).toHaveLength(0);
    await fake.sheets[0]?.onSelectionChanged.fire('{A}', 'B2');
    expect(heard).toHaveBeenCalledWith({ sheet: 'Phong trào', cell: 'B2' });
    await stop?.();
    expect(fake.sheets.map((s) => s.onSelectionChanged.removed)).toEqual([1, 1]);
    expect(await watchSelections(fake.run, fake.runIn, upTo(1.6), heard)).toBeNull();
  });

  it('says nothing of a selection on a sheet added after it started listening', async () => {
    const fake = fakeContext();
    const heard = jest.fn();
    await watchSelections(fake.run, fake.runIn, upTo(1.9), heard);
    await fake.worksheets.onSelectionChanged.fire('{C}', 'A1');
    expect(heard).not.toHaveBeenCalled();
  });

  it('reads the first cell of any address an event gives', () => {
    expect(firstCellOf("'Chấm điểm'!$D$7:$F$9")).toBe('D7');
    expect(firstCellOf('C5')).toBe('C5');
  });
});
