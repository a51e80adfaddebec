/**
 * @jest-environment node
 */
// `thidua history import`: earlier years' workbooks into this year's award history, from files.
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Campaign } from '../../src/domain/model';
import { VN_2022 } from '../../src/domain/rules/vn2022';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { loadWorkbookFile } from '../../src/xlsx/workbookFile';
import { historyCampaign } from '../domain/validate/fixtures/history';
import { runCli } from './runCli';

jest.setTimeout(180_000);

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'thidua-history-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function initBook(name: string, campaign: Campaign): Promise<void> {
  await fs.writeFile(path.join(dir, `${name}.json`), JSON.stringify(campaign));
  const init = await runCli(['init', name, '--campaign', `${name}.json`], dir);
  if (init.code !== 0) throw new Error(init.stdout + init.stderr);
}

describe('thidua history import', () => {
  it('adds what earlier workbooks record, says so, then adds nothing the second time; check then passes the CSTĐ bộ', async () => {
    await initBook('2024.xlsx', historyCampaign(VN_2022, 2024, 'CSTD_BO', []));
    await initBook('2022.xlsx', historyCampaign(VN_2022, 2022, 'CSTDCS', []));
    await initBook('2023.xlsx', historyCampaign(VN_2022, 2023, 'CSTDCS', []));

    const before = await runCli(['check', '2024.xlsx', '--json'], dir);
    expect(before.code).toBe(1);
    expect(before.stdout).toContain('PREREQUISITE_PAST_RUN');

    const first = await runCli(['history', 'import', '2024.xlsx', '2022.xlsx', '2023.xlsx'], dir);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Đã thêm \d+ dòng vào trang "Lịch sử khen thưởng" của sổ "2024.xlsx"/);
    expect(first.stdout).toContain('"2022.xlsx" (năm 2022): thêm');
    expect(first.stdout).toContain('CSTDCS năm 2023');
    await expect(fs.stat(path.join(dir, '2024.bak.xlsx'))).resolves.toBeDefined();

    const rows = readWorkbook(await loadWorkbookFile(path.join(dir, '2024.xlsx'))).tables.History?.rows;
    const second = await runCli(['history', 'import', '2024.xlsx', '2023.xlsx', '2022.xlsx'], dir);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/^Sổ "2024.xlsx" không đổi: không có dòng lịch sử mới./);
    expect(second.stdout).toContain('dòng đã có, không thêm lại');
    expect(readWorkbook(await loadWorkbookFile(path.join(dir, '2024.xlsx'))).tables.History?.rows).toEqual(
      rows,
    );

    const after = await runCli(['check', '2024.xlsx'], dir);
    expect(after.stdout).not.toContain('lịch sử khen thưởng không có năm');
    expect(after.stdout).toContain('Điều kiện các năm trước đã đạt (1):');
    expect(after.stdout).toContain(
      'Phạm Văn Bình đạt "Chiến sĩ thi đua cơ sở" (CSTDCS) 3 năm liên tục: 2022',
    );
  });

  it('refuses a workbook of a later year with exit 1, and a wrong usage with exit 2', async () => {
    await initBook('nam-2023.xlsx', historyCampaign(VN_2022, 2023, 'CSTD_BO', []));
    await initBook('nam-2024.xlsx', historyCampaign(VN_2022, 2024, 'CSTDCS', []));
    const later = await runCli(['history', 'import', 'nam-2023.xlsx', 'nam-2024.xlsx'], dir);
    expect(later.code).toBe(1);
    expect(later.stdout).toContain(
      'Từ chối "nam-2024.xlsx": tệp là phong trào năm 2024, không phải năm trước năm 2023.',
    );
    const usage = await runCli(['history', 'export', 'nam-2023.xlsx', 'nam-2024.xlsx'], dir);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('chỉ có "import"');
  });
});
