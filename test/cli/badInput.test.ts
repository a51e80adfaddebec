import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as Xlsx from '../../src/xlsx/library';
import { loadWorkbookFile, saveWorkbookFile } from '../../src/xlsx/workbookFile';
import { runCli } from './runCli';
import { renameHeader } from './workbookEdits';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'thidua-bad-'));
  await fs.writeFile(path.join(dir, 'van-ban.xlsx'), 'Đây là một tệp văn bản, không phải sổ Excel.');
  await fs.writeFile(path.join(dir, 'rong.xlsx'), '');
  await fs.mkdir(path.join(dir, 'thu-muc.xlsx'));

  const plain = new Xlsx.Workbook();
  plain.addWorksheet('Trang tính 1').getCell('A1').value = 'Bảng tự làm';
  await plain.xlsx.writeFile(path.join(dir, 'khong-bang.xlsx'));

  const init = await runCli(['init', 'doi-ten.xlsx', '--scenario', 'hcm-2018'], dir);
  if (init.code !== 0) throw new Error(init.stderr);
  const renamed = await loadWorkbookFile(path.join(dir, 'doi-ten.xlsx'));
  renameHeader(renamed, 'Units', 'Mã cụm', 'Cụm');
  await saveWorkbookFile(renamed, path.join(dir, 'doi-ten.xlsx'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const CASES: [string, string, RegExp][] = [
  ['a missing file', 'khong-co.xlsx', /^Không tìm thấy tệp "khong-co.xlsx"\.$/],
  [
    'a file that is not a workbook',
    'van-ban.xlsx',
    /^Tệp "van-ban.xlsx" không phải là sổ Excel \(.xlsx\) hoặc đã bị hỏng\.$/,
  ],
  ['an empty file', 'rong.xlsx', /^Tệp "rong.xlsx" không phải là sổ Excel/],
  ['a folder', 'thu-muc.xlsx', /^"thu-muc.xlsx" là một thư mục, không phải tệp .xlsx\.$/],
  [
    'a workbook without the tables',
    'khong-bang.xlsx',
    /^Tệp "khong-bang.xlsx" không phải sổ thi đua: không có bảng nào/,
  ],
  [
    'a renamed required column',
    'doi-ten.xlsx',
    /^Không đọc được sổ "doi-ten.xlsx": Danh sách đơn vị \(trang "Danh mục"\) thiếu cột "Mã cụm"/,
  ],
];

describe.each(['check', 'rank', 'summary'])('thidua %s on bad input', (command) => {
  it.each(CASES)(
    'gives exit 2 and one Vietnamese line for %s, and writes nothing',
    async (_what, file, message) => {
      const before = await fs.readdir(dir);
      const extra = command === 'summary' ? ['-o', 'ra.xlsx'] : command === 'rank' ? [] : ['--json'];
      const run = await runCli([command, file, ...extra], dir);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      const prefix = `thidua ${command}: `;
      expect(run.stderr.startsWith(prefix)).toBe(true);
      expect(run.stderr.endsWith('\n')).toBe(true);
      const line = run.stderr.slice(prefix.length, -1);
      expect(line).not.toContain('\n');
      expect(line).toMatch(message);
      expect(await fs.readdir(dir)).toEqual(before);
    },
  );
});

describe('thidua init on bad output', () => {
  it('gives exit 2 when the folder of the output does not exist', async () => {
    const run = await runCli(['init', 'khong-co/so.xlsx', '--scenario', 'hue-2021'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('thidua init: Không ghi được tệp "khong-co/so.xlsx": thư mục không tồn tại.\n');
  });
});
