/**
 * Workbooks from every writer at hand give the same `check` and `rank` results as the file they came
 * from (see corpus.ts for how each is made).
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { unzipSync, strFromU8 } from 'fflate';
import { runCli, type CliRun } from '../cli/runCli';
import { typeInto } from '../cli/workbookEdits';
import { readTablesOfFile } from '../../src/xlsx/quickTables';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { loadWorkbookFile, saveWorkbookFile } from '../../src/xlsx/workbookFile';
import { makeCorpus, openpyxlWrite, type CorpusFile } from './corpus';

jest.setTimeout(300_000);

const SCENARIO = 'cum-2-bo-tu-phap-2021';

let dir: string;
let source: string;
let corpus: CorpusFile[] = [];
let expected: { check: CliRun; rank: CliRun };

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'thidua-corpus-'));
  source = path.join(dir, 'nguon.xlsx');
  const init = await runCli(['init', source, '--scenario', SCENARIO], dir);
  if (init.code !== 0) throw new Error(init.stderr);
  // Slips an officer makes, so that the check has cells to point at in every copy.
  const workbook = await loadWorkbookFile(source);
  typeInto(workbook, 'Scores', 2, 'I.1', 'mười');
  typeInto(workbook, 'Scores', 3, 'I.2', '9,5');
  typeInto(workbook, 'Registrations', 1, 'Mã đơn vị', 'KHONG-CO');
  typeInto(workbook, 'Registrations', 2, 'Ngày đăng ký', '15/01/2021');
  await saveWorkbookFile(workbook, source);
  corpus = await makeCorpus(source, dir);
  expected = {
    check: await runCli(['check', source, '--json'], dir),
    rank: await runCli(['rank', source, '--json'], dir),
  };
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const WRITERS = [
  'LibreOffice',
  'openpyxl',
  'openpyxl, totals row and password',
  'absolute part names',
  'inline strings',
  'shared formulas',
  'macro-enabled (.xlsm)',
];

describe('the corpus of workbooks from other writers', () => {
  it('holds every writer, the source first', () => {
    expect(corpus.map((entry) => entry.writer)).toEqual(['thidua init', ...WRITERS]);
    // The typed slips hold their units: the ranking is shown, and says it is not done.
    expect(expected.rank.code).toBe(1);
    expect(JSON.parse(expected.rank.stdout)).toHaveProperty('clusters');
    expect(expected.check.code).toBe(1);
    const codes = (JSON.parse(expected.check.stdout) as { issues: { code: string }[] }).issues.map(
      (i) => i.code,
    );
    expect(codes).toEqual(expect.arrayContaining(['NUMBER_INVALID', 'NUMBER_DECIMAL_COMMA', 'DATE_AS_TEXT']));
  });

  it.each([
    ['openpyxl', /Target="\/xl\/worksheets\/sheet1.xml"/, 'xl/_rels/workbook.xml.rels'],
    ['openpyxl', /t="inlineStr"/, 'xl/worksheets/sheet1.xml'],
    ['absolute part names', /Target="\/xl\/worksheets\/sheet1.xml"/, 'xl/_rels/workbook.xml.rels'],
    ['inline strings', /t="inlineStr"/, 'xl/worksheets/sheet1.xml'],
    ['shared formulas', /<f t="shared" ref="[A-Z]+\d+:[A-Z]+\d+" si="0">/, 'xl/worksheets/sheet4.xml'],
    ['macro-enabled (.xlsm)', /macroEnabled\.main\+xml/, '[Content_Types].xml'],
    ['openpyxl, totals row and password', /totalsRowCount="1"/, 'table Registrations'],
  ])('the %s copy has its trait (%s)', async (writer, trait, part) => {
    const entry = corpus.find((c) => c.writer === writer);
    if (entry === undefined) throw new Error(`no corpus file from ${writer}`);
    const parts = unzipSync(await fs.readFile(entry.file));
    // A table's part is found by the table's name: its number follows the order tables were added in.
    const table = /^table (.+)$/.exec(part)?.[1];
    const xml =
      table === undefined
        ? parts[part]
        : Object.entries(parts).find(
            ([name, bytes]) => name.startsWith('xl/tables/') && strFromU8(bytes).includes(` name="${table}"`),
          )?.[1];
    expect(xml === undefined ? '' : strFromU8(xml)).toMatch(trait);
  });

  it.each(WRITERS)('%s: check --json gives what the source gives', async (writer) => {
    const entry = corpus.find((c) => c.writer === writer);
    if (entry === undefined) throw new Error(`no corpus file from ${writer}`);
    const run = await runCli(['check', entry.file, '--json'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(expected.check.code);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(expected.check.stdout));
  });

  it.each(WRITERS)('%s: rank --json gives what the source gives', async (writer) => {
    const entry = corpus.find((c) => c.writer === writer);
    if (entry === undefined) throw new Error(`no corpus file from ${writer}`);
    const run = await runCli(['rank', entry.file, '--json'], dir);
    // The warning about unreadable cells, naming the file it read.
    expect(run.stderr.replaceAll(entry.file, 'sổ')).toBe(expected.rank.stderr.replaceAll(source, 'sổ'));
    expect(run.stderr).toContain('ô không đọc được');
    expect(run.code).toBe(expected.rank.code);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(expected.rank.stdout));
  });
});

describe("reading a few tables straight from the parts (merging units' copies)", () => {
  const TABLES = ['Meta', 'Campaign', 'Registrations', 'SelfScores', 'Scores'];

  it.each(['thidua init', ...WRITERS])('%s: gives what loading the whole workbook gives', async (writer) => {
    const entry = corpus.find((c) => c.writer === writer);
    if (entry === undefined) throw new Error(`no corpus file from ${writer}`);
    const quick = await readTablesOfFile(entry.file, TABLES);
    const full = readWorkbook(await loadWorkbookFile(entry.file));
    expect(Object.keys(quick.tables).sort()).toEqual([...TABLES].sort());
    for (const name of TABLES) {
      const { formulas, ...table } = quick.tables[name] ?? { formulas: [] };
      const { formulas: fullFormulas, ...expectedTable } = full.tables[name] ?? { formulas: [] };
      expect(table).toEqual(expectedTable);
      // A cell sharing another's formula is only marked as one: readers tell formulas from constants.
      const marks = (rows: (string | null)[][] | undefined) => rows?.map((row) => row.map((f) => f !== null));
      expect(marks(formulas)).toEqual(marks(fullFormulas));
    }
    expect(quick.sheets.map((s) => [s.name, s.visibility])).toEqual(
      full.sheets.map((s) => [s.name, s.visibility]),
    );
  });
});

describe('the openpyxl round trip', () => {
  it('thidua init → openpyxl → thidua setup → openpyxl again: still the same check and rank', async () => {
    const saved = corpus.find((c) => c.writer === 'openpyxl');
    if (saved === undefined) throw new Error('no openpyxl copy');
    const file = path.join(dir, 'vong.xlsx');
    await fs.copyFile(saved.file, file);
    const setup = await runCli(['setup', 'vong.xlsx'], dir);
    expect(setup.stderr).toBe('');
    expect(setup.code).toBe(0);
    // openpyxl opens what the command line wrote, and saves it again.
    const again = path.join(dir, 'vong-lai.xlsx');
    await openpyxlWrite('resave', file, again);
    for (const copy of [file, again]) {
      const check = await runCli(['check', copy, '--json'], dir);
      expect(JSON.parse(check.stdout)).toEqual(JSON.parse(expected.check.stdout));
      const rank = await runCli(['rank', copy, '--json'], dir);
      expect(JSON.parse(rank.stdout)).toEqual(JSON.parse(expected.rank.stdout));
    }
  });
});
