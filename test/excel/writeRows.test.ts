// Rewriting a table's rows through Office.js, as the results lock writes its record into `Meta` on the
// very hidden, protected `_meta` sheet: one read and one write, 2-D writes, the protection lifted around
// the write and put back, text kept as text, rows added and deleted at the bottom, nothing written when a
// column is unknown.
import { createExcelHost } from '../../src/excel/excelHost';
import { FakeExcel, type FakeSeed } from '../../src/excel/testing/fakeExcel';

const everything = (): boolean => true;

function metaSeed(rows: (string | number)[][]): FakeSeed {
  return {
    sheets: [
      { name: '_meta', visibility: 'VeryHidden', protected: true, options: { allowFormatCells: false } },
    ],
    tables: [
      {
        name: 'Meta',
        sheet: '_meta',
        address: `A1:B${rows.length + 1}`,
        values: [['Khoá', 'Giá trị'], ...rows],
      },
    ],
  };
}

const START = [
  ['schemaVersion', 3],
  ['campaignId', 'so-tp-2021'],
];

describe('the Office.js host rewrites a table’s rows', () => {
  it('grows Meta in one read and one write, lifting and restoring the sheet’s protection', async () => {
    const fake = new FakeExcel(metaSeed(START));
    const host = createExcelHost({ run: fake.run, requirements: everything });
    await host.writeRows?.([
      {
        table: 'Meta',
        headers: ['Khoá', 'Giá trị'],
        rows: [...START, ['lockState', 'locked'], ['lockAt', '2021-12-15'], ['lockBy', 'Nguyễn Văn An']],
      },
    ]);
    expect(fake.syncs).toBe(2);
    expect(fake.runs).toBe(1);
    const lines = fake.lines();
    expect(lines[0]).toBe('unprotect _meta');
    expect(lines).toContain('values _meta!A2:B3 [["schemaVersion",3],["campaignId","so-tp-2021"]]');
    // ISO dates are written with the text prefix, so Excel keeps them as text.
    expect(lines).toContain(
      `table.rows.add Meta {"values":[["lockState","locked"],["lockAt","'2021-12-15"],["lockBy","Nguyễn Văn An"]]}`,
    );
    expect(lines.at(-1)).toBe('protect _meta {"allowFormatCells":false}');
    expect(fake.tableState('Meta')?.values.slice(1)).toEqual([
      ...START,
      ['lockState', 'locked'],
      ['lockAt', '2021-12-15'],
      ['lockBy', 'Nguyễn Văn An'],
    ]);
    expect(fake.sheetState('_meta')?.protected).toBe(true);
  });

  it('shrinks Meta by deleting the rows left over from the bottom', async () => {
    const fake = new FakeExcel(
      metaSeed([...START, ['lockState', 'locked'], ['lockAt', '2021-12-15'], ['lockBy', 'An']]),
    );
    const host = createExcelHost({ run: fake.run, requirements: everything });
    await host.writeRows?.([
      { table: 'Meta', headers: ['Khoá', 'Giá trị'], rows: [...START, ['lockState', 'open']] },
    ]);
    expect(fake.syncs).toBe(2);
    expect(fake.lines()).toContain('delete _meta!A5:B6 Up');
    expect(fake.tableState('Meta')?.values.slice(1)).toEqual([...START, ['lockState', 'open']]);
    expect(fake.tableState('Meta')?.address).toBe('A1:B4');
  });

  it('writes only the columns named, and refuses an unknown one before writing anything', async () => {
    const fake = new FakeExcel(metaSeed(START));
    const host = createExcelHost({ run: fake.run, requirements: everything });
    await host.writeRows?.([{ table: 'Meta', headers: ['Giá trị'], rows: [[4], ['=1+1']] }]);
    expect(fake.lines()).toContain(`values _meta!B2:B3 [[4],["'=1+1"]]`);
    expect(fake.tableState('Meta')?.values.slice(1)).toEqual([
      ['schemaVersion', 4],
      ['campaignId', '=1+1'],
    ]);

    const refused = new FakeExcel(metaSeed(START));
    const other = createExcelHost({ run: refused.run, requirements: everything });
    await expect(other.writeRows?.([{ table: 'Meta', headers: ['Ghi chú'], rows: [['x']] }])).rejects.toThrow(
      /Ghi chú/,
    );
    expect(refused.syncs).toBe(1);
    expect(refused.lines().filter((l) => !l.startsWith('unprotect') && !l.startsWith('protect'))).toEqual([]);
    expect(refused.sheetState('_meta')?.protected).toBe(true);
  });
});
