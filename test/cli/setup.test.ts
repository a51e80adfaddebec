import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CRITERION_HEADERS, UNIT_HEADERS } from '../../src/domain/contract';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { loadWorkbookFile, saveWorkbookFile } from '../../src/xlsx/workbookFile';
import { runCli } from './runCli';
import { appendRow, typeInto } from './workbookEdits';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'thidua-setup-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function initBook(name: string): Promise<string> {
  const init = await runCli(['init', name, '--scenario', 'hue-2021'], dir);
  if (init.code !== 0) throw new Error(init.stderr);
  return path.join(dir, name);
}

// Several files are written and read back per test: on a busy machine that takes longer than jest's 5 s.
jest.setTimeout(30_000);

describe('thidua setup', () => {
  it('gives a unit and a criterion typed in Danh mục their rows and columns, keeping typed cells', async () => {
    const file = await initBook('so.xlsx');
    const workbook = await loadWorkbookFile(file);
    const before = readWorkbook(workbook);
    const cluster = before.tables.Units?.rows[0]?.[2] ?? null;
    appendRow(workbook, 'Units', {
      [UNIT_HEADERS.code]: 'MOI',
      [UNIT_HEADERS.name]: 'Đơn vị mới',
      [UNIT_HEADERS.cluster]: cluster,
      [UNIT_HEADERS.headcount]: 12,
    });
    const group = before.tables.Criteria?.rows[0]?.[1] ?? null;
    appendRow(workbook, 'Criteria', {
      [CRITERION_HEADERS.code]: 'X.9',
      [CRITERION_HEADERS.group]: group,
      [CRITERION_HEADERS.text]: 'Tiêu chí thêm',
      [CRITERION_HEADERS.max]: 5,
      [CRITERION_HEADERS.kind]: 'thưởng',
    });
    const typed = typeInto(workbook, 'Registrations', 1, 'Ghi chú', 'ghi chú của cán bộ');
    workbook.getWorksheet('Tổng hợp')!.getCell('T40').value = 'ô riêng';
    await saveWorkbookFile(workbook, file);
    const previous = await fs.readFile(file);

    const run = await runCli(['setup', 'so.xlsx'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Đã cập nhật sổ "so.xlsx"');
    expect(run.stdout).toContain('Bản trước khi cập nhật: "so.bak.xlsx"');
    expect(await fs.readFile(path.join(dir, 'so.bak.xlsx'))).toEqual(previous);

    const after = readWorkbook(await loadWorkbookFile(file));
    expect(after.tables.Scores?.rows.map((row) => row[0])).toContain('MOI');
    expect(after.tables.SelfScores?.rows.map((row) => row[0])).toContain('MOI');
    expect(after.tables.Scores?.headers).toContain('X.9');
    const notes = after.tables.Registrations;
    expect(notes?.rows[typed.row - 1]?.[notes.headers.indexOf('Ghi chú')]).toBe('ghi chú của cán bộ');
    const rank = await runCli(['rank', 'so.xlsx', '--json'], dir);
    expect(rank.code).toBe(0);
    expect(rank.stdout).toContain('"unit": "MOI"');
  });

  it('refuses a macro-enabled workbook and leaves it as it was', async () => {
    const file = await initBook('macro.xlsx');
    await fs.rename(file, path.join(dir, 'macro.xlsm'));
    const bytes = await fs.readFile(path.join(dir, 'macro.xlsm'));
    const run = await runCli(['setup', 'macro.xlsm'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^thidua setup: Sổ "macro.xlsm" có macro \(.xlsm\).*lưu thành "Excel Workbook \(.xlsx\)"/,
    );
    expect(await fs.readFile(path.join(dir, 'macro.xlsm'))).toEqual(bytes);
  });

  it('refuses with the file named when it cannot be written, and changes nothing', async () => {
    const file = await initBook('khoa.xlsx');
    const bytes = await fs.readFile(file);
    // The backup cannot be made where a folder of that name stands.
    await fs.mkdir(path.join(dir, 'khoa.bak.xlsx'));
    const before = await fs.readdir(dir);
    const run = await runCli(['setup', 'khoa.xlsx'], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^thidua setup: (Không ghi được tệp "khoa.xlsx"|"khoa.xlsx" là một thư mục)/);
    expect(await fs.readFile(file)).toEqual(bytes);
    expect(await fs.readdir(dir)).toEqual(before);
  });

  it('gives exit 2 for a file that is not a campaign workbook', async () => {
    await fs.writeFile(path.join(dir, 'van-ban.xlsx'), 'không phải sổ');
    const run = await runCli(['setup', 'van-ban.xlsx'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'thidua setup: Tệp "van-ban.xlsx" không phải là sổ Excel (.xlsx) hoặc đã bị hỏng.\n',
    );
  });
});
