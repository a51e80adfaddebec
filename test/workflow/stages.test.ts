/**
 * @jest-environment node
 */
// The workflow's rules, the same for every caller: one refusal policy, one rule for the year-end check,
// refusals as values that reach the caller through any host.
import * as Xlsx from '../../src/xlsx/library';
import { TABLES } from '../../src/domain/contract';
import type { Campaign } from '../../src/domain/model';
import { presetById } from '../../src/domain/presets';
import type { WorkbookData } from '../../src/domain/workbook';
import {
  bookRefusal,
  checkAll,
  distinctIssues,
  readBook,
  refreshSummary,
  setUpCampaign,
  wholeCheck,
} from '../../src/workflow';
import { createFileHost } from '../../src/xlsx/fileHost';
import { renameHeader, typeInto } from '../cli/workbookEdits';

function preset(id: string): Campaign {
  const campaign = presetById(id);
  if (campaign === undefined) throw new Error(`no preset ${id}`);
  return campaign;
}

async function setUpFile(campaign: Campaign): Promise<Xlsx.Workbook> {
  const workbook = new Xlsx.Workbook();
  const result = await setUpCampaign(createFileHost(workbook), campaign);
  expect(result.applied).toBe(true);
  return workbook;
}

const key = (i: { code: string; table: string; row: number | null; column: string | null }) =>
  [i.code, i.table, i.row, i.column].join('|');

describe('one refusal policy', () => {
  it('calls a workbook without any table of the contract no campaign workbook', () => {
    const data: WorkbookData = {
      sheets: [{ name: 'Sheet1', visibility: 'visible', used: null }],
      tables: {},
    };
    expect(bookRefusal(readBook(data))).toEqual({ kind: 'notCampaignBook' });
  });

  it('refuses a workbook whose campaign cannot be read, naming a missing column first', async () => {
    const workbook = await setUpFile(preset('hue-2021'));
    renameHeader(workbook, TABLES.units, 'Tên đơn vị', 'Tên');
    const refusal = bookRefusal(readBook(await createFileHost(workbook).read()));
    expect(refusal?.kind).toBe('unreadable');
    if (refusal?.kind !== 'unreadable') return;
    expect(refusal.issues[0]?.code).toBe('COLUMN_MISSING');
  });

  it('works on a workbook whose bad cells are data, not structure', async () => {
    const workbook = await setUpFile(preset('hue-2021'));
    typeInto(workbook, TABLES.scores, 1, 'I.1', 'mười');
    expect(bookRefusal(readBook(await createFileHost(workbook).read()))).toBeNull();
  });

  it('reads the same data into the same book once', async () => {
    const data = await createFileHost(await setUpFile(preset('hcm-2018'))).read();
    expect(readBook(data)).toBe(readBook(data));
  });
});

describe('one rule for every caller', () => {
  it.each(['hcm-2018', 'tien-giang-2018', 'hue-2021', 'mien-nui-phia-bac-2017', 'cum-2-bo-tu-phap-2021'])(
    '%s: the command line check finds exactly the issues of the pane’s two checks',
    async (id) => {
      const workbook = await setUpFile(preset(id));
      // A slip in each stage: a registration for a unit that does not exist, a score that is not a number.
      typeInto(workbook, TABLES.registrations, 1, 'Mã đơn vị', 'KHÔNG_CÓ');
      typeInto(workbook, TABLES.scores, 2, 'Mã đơn vị', 'KHÔNG_CÓ');
      const book = readBook(await createFileHost(workbook).read());
      const { registrations, scores } = checkAll(book);
      const pane = distinctIssues([...registrations.issues, ...scores.issues])
        .map(key)
        .sort();
      const cli = wholeCheck(book).issues.map(key).sort();
      expect(cli).toEqual(pane);
      expect(cli.length).toBeGreaterThan(0);
    },
  );
});

describe('refusals are values', () => {
  it('a refused set-up writes nothing, through the file host, and places the plan’s error', async () => {
    const workbook = await setUpFile(preset('hcm-2018'));
    renameHeader(workbook, TABLES.units, 'Tên đơn vị', 'Tên');
    const before = await createFileHost(workbook).read();
    const result = await setUpCampaign(createFileHost(workbook), preset('hcm-2018'));
    expect(result.applied).toBe(false);
    expect(result.counts.errors).toBeGreaterThan(0);
    expect(result.issues.find((i) => i.severity === 'error')?.sheet).toBeDefined();
    expect(await createFileHost(workbook).read()).toEqual(before);
  });

  it('a refused summary says what stopped it, and writes nothing', async () => {
    const workbook = await setUpFile(preset('hcm-2018'));
    typeInto(workbook, TABLES.scores, 1, 'I.1', 'mười');
    renameHeader(workbook, TABLES.units, 'Tên đơn vị', 'Tên');
    const host = createFileHost(workbook);
    const before = await host.read();
    const result = await refreshSummary(host);
    expect(result.report).toBeNull();
    expect(result.summary).toBeNull();
    expect(result.refusal.map((i) => i.code)).toContain('COLUMN_MISSING');
    expect(result.refusal.every((i) => i.severity === 'error')).toBe(true);
    expect(await host.read()).toEqual(before);
  });

  it('a summary refused by the plan names the plan’s error, not a data error met on the way', async () => {
    const workbook = await setUpFile(preset('hcm-2018'));
    typeInto(workbook, TABLES.scores, 1, 'I.1', 'mười');
    const host = createFileHost(workbook);
    const data = await host.read();
    const dataErrors = readBook(data).readIssues.filter((i) => i.severity === 'error');
    expect(dataErrors.length).toBeGreaterThan(0);
    const result = await refreshSummary(host);
    // The plan itself is fine: the data error does not stop the refresh.
    expect(result.report).not.toBeNull();
    expect(result.refusal).toEqual([]);
    expect(result.counts.errors).toBeGreaterThan(0);
  });
});
