import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { RankJson } from '../../src/cli/rankCommand';
import { loadWorkbookFile, saveWorkbookFile } from '../../src/xlsx/workbookFile';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { runCli } from './runCli';
import { appendRow } from './workbookEdits';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'thidua-summary-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

// Several files are written and read back per test: on a busy machine that takes longer than jest's 5 s.
jest.setTimeout(30_000);

describe('thidua summary', () => {
  it('prints the cluster comparison and the proposals in Vietnamese', async () => {
    await runCli(['init', 'so.xlsx', '--scenario', 'hcm-2018'], dir);
    const run = await runCli(['summary', 'so.xlsx'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('So sánh các cụm');
    expect(run.stdout).toMatch(
      /Mã cụm\s+Tên cụm\s+Đơn vị\s+Đã chấm\s+Trung bình\s+Cao nhất\s+Thấp nhất\s+Dẫn đầu/,
    );
    expect(run.stdout).toContain('Khối các Phòng Chuyên môn Sở');
    expect(run.stdout).toContain('Đề nghị khen thưởng');
    expect(run.stdout).toMatch(/\d+,\d+/);
  });

  it('with -o writes an updated copy and leaves the workbook as it was', async () => {
    await runCli(['init', 'goc.xlsx', '--scenario', 'hcm-2018'], dir);
    const original = path.join(dir, 'goc.xlsx');
    // The officer adds a unit to the catalogue; the scoring and summary tables do not know it yet.
    const workbook = await loadWorkbookFile(original);
    const before = readWorkbook(workbook);
    const cluster = before.tables.Units?.rows[before.tables.Units.rows.length - 1]?.[2] ?? null;
    appendRow(workbook, 'Units', {
      'Mã đơn vị': 'PCC7',
      'Tên đơn vị': 'Phòng Công chứng số 7',
      'Mã cụm': cluster,
      'Số người': 9,
    });
    await saveWorkbookFile(workbook, original);
    const bytes = await fs.readFile(original);

    const run = await runCli(['summary', 'goc.xlsx', '-o', 'cap-nhat.xlsx'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Đã ghi sổ đã cập nhật vào "cap-nhat.xlsx"');
    expect(await fs.readFile(original)).toEqual(bytes);

    const updated = readWorkbook(await loadWorkbookFile(path.join(dir, 'cap-nhat.xlsx')));
    expect(updated.tables.Scores?.rows.map((row) => row[0])).toContain('PCC7');
    expect(updated.tables.Proposals?.rows.length).toBe((before.tables.Proposals?.rows.length ?? 0) + 1);

    const rank = JSON.parse((await runCli(['rank', 'cap-nhat.xlsx', '--json'], dir)).stdout) as RankJson;
    const added = rank.clusters.flatMap((c) => c.units).find((u) => u.unit === 'PCC7');
    expect(added).toEqual({
      unit: 'PCC7',
      name: 'Phòng Công chứng số 7',
      total: null,
      rank: null,
      tied: false,
      leading: false,
      proposal: '',
      status: 'unscored',
      reason: 'Chưa chấm điểm',
      band: null,
      vote: null,
    });
    const again = await runCli(['check', 'cap-nhat.xlsx', '--json'], dir);
    expect(again.code).not.toBe(2);
  });

  it('gives exit 2 and writes nothing when the output folder does not exist', async () => {
    await runCli(['init', 'mot.xlsx', '--scenario', 'hue-2021'], dir);
    const run = await runCli(['summary', 'mot.xlsx', '-o', 'khong-co/ra.xlsx'], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'thidua summary: Không ghi được tệp "khong-co/ra.xlsx": thư mục không tồn tại.\n',
    );
  });
});
