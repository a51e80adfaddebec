import type { ExcelRunIn } from '../../src/excel/changeEvents';
import type { ExcelRun } from '../../src/excel/excelRun';
import type { RequirementCheck } from '../../src/excel/featureGate';
import { firstCellOf, watchSelections } from '../../src/excel/selectionEvents';

type Handler = (event: { worksheetId: string; address: string }) => Promise<void>;

/** A selection event of a stand-in context: what was added and removed, and a way to fire it. */
class FakeEvent {
  handlers: Handler[] = [];
  removed = 0;
  add(handler: Handler) {
    this.handlers.push(handler);
    return { remove: () => (this.removed += 1) };
  }
  async fire(worksheetId: string, address: string): Promise<void> {
    for (const handler of this.handlers) await handler({ worksheetId, address });
  }
}

/** A context with two sheets and the workbook's event; counts its syncs. */
function fakeContext() {
  const sheets = [
    { name: 'Phong trào', id: '{A}', onSelectionChanged: new FakeEvent() },
    { name: 'Chấm điểm', id: '{B}', onSelectionChanged: new FakeEvent() },
  ];
  const worksheets = { onSelectionChanged: new FakeEvent(), items: sheets, load: jest.fn() };
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

describe('hearing of the cell a person selects', () => {
  it('listens to every sheet at once from ExcelApi 1.9, naming the sheet and the first cell', async () => {
    const fake = fakeContext();
    const heard = jest.fn();
    const stop = await watchSelections(fake.run, fake.runIn, upTo(1.9), heard);
    expect(fake.worksheets.load).toHaveBeenCalledWith('items/name,items/id');
    expect(fake.context.sync).toHaveBeenCalledTimes(2);
    await fake.worksheets.onSelectionChanged.fire('{B}', 'D7:F9');
    expect(heard).toHaveBeenCalledWith({ sheet: 'Chấm điểm', cell: 'D7' });
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

  it('reads the first cell of any address an event gives', () => {
    expect(firstCellOf("'Chấm điểm'!$D$7:$F$9")).toBe('D7');
    expect(firstCellOf('C5')).toBe('C5');
  });
});
