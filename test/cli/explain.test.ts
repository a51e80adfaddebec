import { promises as fs, readFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { UnitExplanation } from '../../src/workflow';
import { runCli } from './runCli';

// Each test writes and reads whole workbooks several times; under load that takes seconds.
jest.setTimeout(120_000);

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'thidua-explain-'));
  const run = await runCli(['init', 'hcm.xlsx', '--scenario', 'hcm-2018'], dir);
  if (run.code !== 0) throw new Error(run.stderr);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('thidua explain', () => {
  it('names the tie-break link that put a unit below another of equal total, with both values', async () => {
    const run = await runCli(['explain', 'hcm.xlsx', 'TTRA'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Thanh tra Sở: 90,75 điểm, hạng 4');
    expect(run.stdout).toMatch(
      /Đơn vị liền trên: Phòng Quản lý xử lý vi phạm hành chính .* \(hạng 3, 90,75 điểm\), bằng điểm; tách nhau ở tiêu chí phụ thứ 1 "Điểm nhóm I cao hơn": 24,5 so với 26,5\./,
    );
    expect(run.stdout).toContain('Đơn vị liền dưới: Văn phòng Sở (hạng 5, 81 điểm), kém 9,75 điểm.');
  });

  it('prints the sentences docs/contract.md shows for it', async () => {
    const doc = readFileSync(path.join(__dirname, '..', '..', 'docs', 'contract.md'), 'utf8');
    const block = /### `thidua explain`[\s\S]*?```text\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
    const run = await runCli(['explain', 'hcm.xlsx', 'TTRA'], dir);
    const printed = run.stdout.split('\n');
    const shown = block.split('\n').filter((line) => line !== '');
    expect(shown.length).toBeGreaterThan(0);
    for (const line of shown) expect(printed).toContain(line);
  });

  it('finds a unit by its name whatever the case, and prints JSON', async () => {
    const run = await runCli(['explain', 'hcm.xlsx', 'phòng bổ trợ tư pháp', '--json'], dir);
    expect(run.code).toBe(0);
    const explained = JSON.parse(run.stdout) as UnitExplanation;
    expect(explained).toMatchObject({ unit: 'BTTP', rank: 2, total: 92.5 });
    expect(explained.self).toMatchObject({ selfTotal: 95.5, gap: 3 });
    expect(explained.above).toMatchObject({ unit: 'PBGDPL', gap: 5.5 });
  });

  it('refuses a name that matches several units, listing them by code (exit 2)', async () => {
    const run = await runCli(['explain', 'hcm.xlsx', 'Phòng Công chứng'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('PCC1 (Phòng Công chứng số 1)');
    expect(run.stderr).toContain('Hãy nêu mã đơn vị');
  });

  it('says which unit it does not know (exit 2)', async () => {
    const run = await runCli(['explain', 'hcm.xlsx', 'KHONGCO'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('không có đơn vị "KHONGCO"');
  });
});
