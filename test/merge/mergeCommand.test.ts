import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { loadWorkbookBuffer, loadWorkbookFile, saveWorkbookFile } from '../../src/xlsx/workbookFile';
import { appendRow } from '../cli/workbookEdits';
import { runCli } from '../cli/runCli';
import { blankCopy, unitCopy } from './unitCopies';

jest.setTimeout(120_000);

let dir: string;
let blank: Uint8Array;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'thidua-merge-'));
  const init = await runCli(['init', 'cum.xlsx', '--scenario', 'hue-2021'], dir);
  if (init.code !== 0) throw new Error(init.stderr);
  blank = await blankCopy(await fs.readFile(path.join(dir, 'cum.xlsx')));
  await fs.writeFile(path.join(dir, 'cum.xlsx'), blank);
  await fs.writeFile(
    path.join(dir, 'vp.xlsx'),
    await unitCopy(blank, {
      unit: 'VP',
      registrations: [
        { 'Đối tượng': 'Tập thể', 'Mã danh hiệu': 'TTLDXS', 'Ngày đăng ký': 44212 },
        {
          'Đối tượng': 'Cá nhân',
          'Họ và tên': 'Nguyễn Văn An',
          'Mã danh hiệu': 'CSTDCS',
          'Ngày đăng ký': 44213,
        },
      ],
      selfScores: { 'I.1': 9, 'I.2': 8.5 },
    }),
  );
  await fs.writeFile(
    path.join(dir, 'ttra.xlsx'),
    await unitCopy(blank, {
      unit: 'TTRA',
      registrations: [{ 'Đối tượng': 'Tập thể', 'Mã danh hiệu': 'TTLDXS', 'Ngày đăng ký': 44215 }],
      selfScores: { 'I.1': 7 },
    }),
  );
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function clusterCopy(name: string): Promise<string> {
  await fs.writeFile(path.join(dir, name), blank);
  return name;
}

function unitsOf(rows: unknown[][] | undefined): unknown[] {
  return (rows ?? []).map((row) => row[0]);
}

describe('thidua merge', () => {
  it("adds each unit's registrations and self-scores, and reports what changed", async () => {
    const cluster = await clusterCopy('gop.xlsx');
    const run = await runCli(['merge', cluster, 'vp.xlsx', 'ttra.xlsx'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Đã gộp 2/2 tệp vào sổ "gop.xlsx".');
    expect(run.stdout).toContain('"vp.xlsx": VP (Văn phòng Sở) — đăng ký 0 → 2 dòng; tự chấm đổi I.1, I.2.');
    expect(run.stdout).toContain('Bản trước khi gộp: "gop.bak.xlsx".');

    const data = readWorkbook(await loadWorkbookFile(path.join(dir, cluster)));
    const registrations = data.tables.Registrations;
    // VP comes before TTRA in the catalogue: its rows first, whatever the order of the files.
    expect(unitsOf(registrations?.rows)).toEqual(['VP', 'VP', 'TTRA']);
    expect(registrations?.rows[1]?.[registrations.headers.indexOf('Họ và tên')]).toBe('Nguyễn Văn An');
    // The computed columns of the new rows have their formulas.
    expect(registrations?.formulas?.[2]?.[registrations.headers.indexOf('Tên đơn vị')]).toMatch(/^=/);
    const self = data.tables.SelfScores;
    const vp = self?.rows.find((row) => row[0] === 'VP');
    expect(vp?.[self?.headers.indexOf('I.2') ?? -1]).toBe(8.5);
  });

  it('gives the same workbook in any order, and merging a file again changes nothing', async () => {
    const one = await clusterCopy('mot.xlsx');
    const other = await clusterCopy('hai.xlsx');
    await runCli(['merge', one, 'vp.xlsx', 'ttra.xlsx'], dir);
    await runCli(['merge', other, 'ttra.xlsx'], dir);
    await runCli(['merge', other, 'vp.xlsx'], dir);
    const tables = async (name: string) => readWorkbook(await loadWorkbookFile(path.join(dir, name))).tables;
    expect(await tables(other)).toEqual(await tables(one));

    const bytes = await fs.readFile(path.join(dir, one));
    const again = await runCli(['merge', one, 'vp.xlsx'], dir);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Sổ "mot.xlsx" không đổi');
    expect(again.stdout).toContain('đăng ký 2 dòng, không đổi; tự chấm không đổi');
    expect(await fs.readFile(path.join(dir, one))).toEqual(bytes);
  });

  it('with --dry-run reports the changes and writes nothing', async () => {
    const cluster = await clusterCopy('thu.xlsx');
    const before = await fs.readdir(dir);
    const run = await runCli(['merge', cluster, 'vp.xlsx', '--dry-run'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Chạy thử, không ghi gì: 1/1 tệp gộp được vào sổ "thu.xlsx".');
    expect(run.stdout).toContain('đăng ký 0 → 2 dòng');
    expect(await fs.readFile(path.join(dir, cluster))).toEqual(Buffer.from(blank));
    expect(await fs.readdir(dir)).toEqual(before);
  });

  it("refuses another campaign's file and a file holding several units' rows, saying why, and merges the rest", async () => {
    await runCli(['init', 'khac.xlsx', '--scenario', 'hcm-2018'], dir);
    // TTRA's copy, into which a row of VP was typed as well.
    const both = await loadWorkbookBuffer(
      await unitCopy(blank, { unit: 'TTRA', registrations: [], selfScores: { 'I.1': 3 } }),
    );
    appendRow(both, 'Registrations', { 'Mã đơn vị': 'VP', 'Mã danh hiệu': 'TTLDXS' });
    await saveWorkbookFile(both, path.join(dir, 'hai-don-vi.xlsx'));
    const cluster = await clusterCopy('tu-choi.xlsx');
    const run = await runCli(['merge', cluster, 'khac.xlsx', 'hai-don-vi.xlsx', 'vp.xlsx'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Đã gộp 1/3 tệp vào sổ "tu-choi.xlsx".');
    expect(run.stdout).toMatch(/Từ chối "khac.xlsx": tệp thuộc phong trào khác \(mã phong trào "hcm-2018"\)/);
    expect(run.stdout).toContain('Từ chối "hai-don-vi.xlsx": tệp có dòng của nhiều đơn vị (TTRA, VP)');
    const data = readWorkbook(await loadWorkbookFile(path.join(dir, cluster)));
    expect(unitsOf(data.tables.Registrations?.rows)).toEqual(['VP', 'VP']);
  });

  it('gives exit 2 and writes nothing when a unit file cannot be read', async () => {
    const cluster = await clusterCopy('hong.xlsx');
    await fs.writeFile(path.join(dir, 'hong-don-vi.xlsx'), 'không phải sổ');
    const run = await runCli(['merge', cluster, 'vp.xlsx', 'hong-don-vi.xlsx'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'thidua merge: Tệp "hong-don-vi.xlsx" không phải là sổ Excel (.xlsx) hoặc đã bị hỏng.\n',
    );
    expect(await fs.readFile(path.join(dir, cluster))).toEqual(Buffer.from(blank));
  });

  it('asks for at least one unit file', async () => {
    const run = await runCli(['merge', 'cum.xlsx'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Thiếu <unit.xlsx> cho lệnh "merge"');
  });
});
