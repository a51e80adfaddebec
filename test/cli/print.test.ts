/**
 * `thidua print` where it cannot print: no LibreOffice on the PATH, no -o, a sheet the workbook does not
 * have. Printing itself is checked page by page in libreoffice.print.test.ts.
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { NO_LIBREOFFICE } from '../../src/cli/printCommand';
import { runCli } from './runCli';

jest.setTimeout(60_000);

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'thidua-print-args-'));
  const init = await runCli(['init', 'so.xlsx', '--scenario', 'hcm-2018'], dir);
  expect(init.code).toBe(0);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('thidua print', () => {
  it('says in Vietnamese how to install LibreOffice where it is missing, exit 2, and writes nothing', async () => {
    const saved = process.env.PATH;
    process.env.PATH = path.join(dir, 'khong-co');
    try {
      const run = await runCli(['print', 'so.xlsx', '-o', 'so.pdf'], dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`thidua print: ${NO_LIBREOFFICE}\n`);
      expect(NO_LIBREOFFICE).toContain('LibreOffice');
      expect(NO_LIBREOFFICE).toContain('Tệp › In');
    } finally {
      process.env.PATH = saved;
    }
    await expect(fs.access(path.join(dir, 'so.pdf'))).rejects.toThrow();
  });

  it('asks for the PDF to write when -o is missing or is not a .pdf', async () => {
    const missing = await runCli(['print', 'so.xlsx'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Thiếu tệp PDF cần ghi');
    const wrong = await runCli(['print', 'so.xlsx', '-o', 'so.xlsx'], dir);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('phải có đuôi .pdf');
  });

  it('names the sheets the workbook has when --sheet names another', async () => {
    if (process.env.THIDUA_SKIP_LIBREOFFICE === '1') return;
    const run = await runCli(['print', 'so.xlsx', '-o', 'so.pdf', '--sheet', 'Biên bản'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('không có trang "Biên bản"');
    expect(run.stderr).toContain('"Tổng hợp"');
    await expect(fs.access(path.join(dir, 'so.pdf'))).rejects.toThrow();
  });
});
