import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { RankJson } from '../../src/cli/rankCommand';
import type { CheckJson } from '../../src/cli/checkCommand';
import { loadWorkbookFile, saveWorkbookFile } from '../../src/xlsx/workbookFile';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { runCli } from './runCli';
import { typeInto, type Planted } from './workbookEdits';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'thidua-check-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** Sets up a scenario's workbook and returns its path. */
async function initBook(name: string, scenario: string): Promise<string> {
  const run = await runCli(['init', name, '--scenario', scenario], dir);
  if (run.code !== 0) throw new Error(run.stderr);
  return path.join(dir, name);
}

describe('thidua check', () => {
  it('reports the set-up workbook of a scenario as readable, with a JSON document of the contract', async () => {
    await initBook('sach.xlsx', 'hcm-2018');
    const run = await runCli(['check', 'sach.xlsx', '--json'], dir);
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout) as CheckJson;
    expect(run.code).toBe(result.ok ? 0 : 1);
    for (const issue of result.issues) {
      expect(Object.keys(issue)).toEqual([
        'code',
        'severity',
        'sheet',
        'table',
        'row',
        'column',
        'cell',
        'message',
      ]);
    }
    // Nothing typed wrong: no cell-level reading problem.
    expect(result.issues.filter((i) => /^(NUMBER|DATE|TEXT)_/.test(i.code))).toEqual([]);
  });

  it('lists each planted mistake at its row, column and cell', async () => {
    const file = await initBook('loi.xlsx', 'hcm-2018');
    const workbook = await loadWorkbookFile(file);
    const data = readWorkbook(workbook);
    const scores = data.tables.Scores;
    const registrations = data.tables.Registrations;
    if (scores === undefined || registrations === undefined) throw new Error('tables');
    // The first criterion column sits right after the fixed columns Mã đơn vị, Tên đơn vị, Mã cụm.
    const criterion = scores.headers[3] ?? '';
    const other = scores.headers[4] ?? '';
    const planted: [string, Planted][] = [
      ['NUMBER_INVALID', typeInto(workbook, 'Scores', 2, criterion, 'mười')],
      ['NUMBER_DECIMAL_COMMA', typeInto(workbook, 'Scores', 3, other, '9,5')],
      ['SCORE_UNIT_UNKNOWN', typeInto(workbook, 'Scores', 4, 'Mã đơn vị', 'KHONG-CO')],
      ['DATE_AS_TEXT', typeInto(workbook, 'Registrations', 1, 'Ngày đăng ký', '15/01/2018')],
      ['DATE_INVALID', typeInto(workbook, 'Registrations', 2, 'Ngày đăng ký', '31/02/2018')],
      ['REGISTRATION_UNIT_UNKNOWN', typeInto(workbook, 'Registrations', 3, 'Mã đơn vị', 'ZZZ')],
      ['TEXT_FORMULA_LIKE', typeInto(workbook, 'Registrations', 4, 'Ghi chú', '=1+1')],
    ];
    expect(registrations.rows.length).toBeGreaterThanOrEqual(4);
    await saveWorkbookFile(workbook, file);

    const run = await runCli(['check', 'loi.xlsx', '--json'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout) as CheckJson;
    expect(result.ok).toBe(false);
    for (const [code, at] of planted) {
      const found = result.issues.find((i) => i.code === code && i.row === at.row && i.table === at.table);
      expect(found).toMatchObject({
        sheet: at.sheet,
        table: at.table,
        row: at.row,
        column: at.column,
        cell: at.cell,
      });
      expect(found?.message).toMatch(/[àáảãạăâđêôơưệồữ]/);
      // The one wording of a place: the cell first, as Excel names it.
      expect(found?.message.startsWith(`${at.sheet}!${at.cell}`)).toBe(true);
      expect(found?.message).not.toContain('dòng thứ');
    }
    const noSuchDay = result.issues.find((i) => i.code === 'DATE_INVALID');
    expect(noSuchDay?.message).toContain('ngày "31/02/2018" không có: tháng 2/2018 chỉ có 28 ngày');

    const human = await runCli(['check', 'loi.xlsx'], dir);
    expect(human.code).toBe(1);
    expect(human.stdout).toMatch(/^Sổ "loi.xlsx": \d+ lỗi, \d+ cảnh báo\./);
    expect(human.stdout).toContain(`Chấm điểm!${planted[0]?.[1].cell ?? ''}`);
    // The message opens with its place: no second column repeats it.
    expect(human.stdout).not.toContain('Vị trí');
  });

  it('reads messy data without crashing: blank rows, serial dates, booleans, numbers in text columns', async () => {
    const file = await initBook('lon-xon.xlsx', 'tien-giang-2018');
    const workbook = await loadWorkbookFile(file);
    const scores = readWorkbook(workbook).tables.Scores;
    if (scores === undefined) throw new Error('Scores');
    const criterion = scores.headers[3] ?? '';
    typeInto(workbook, 'Registrations', 1, 'Ngày đăng ký', 43115);
    typeInto(workbook, 'Registrations', 2, 'Họ và tên', 12345);
    typeInto(workbook, 'Registrations', 3, 'Đối tượng', true);
    typeInto(workbook, 'Scores', 1, criterion, ' 7 ');
    typeInto(workbook, 'Scores', 2, criterion, -3);
    typeInto(workbook, 'Scores', 3, criterion, '#N/A');
    for (const column of scores.headers.slice(0, 3)) typeInto(workbook, 'Scores', 5, column, null);
    await saveWorkbookFile(workbook, file);
    const run = await runCli(['check', 'lon-xon.xlsx', '--json'], dir);
    expect(run.stderr).toBe('');
    expect([0, 1]).toContain(run.code);
    const result = JSON.parse(run.stdout) as CheckJson;
    expect(result.issues.length).toBeGreaterThan(0);
    // The score errors hold their units: the ranking is shown, and says it is not done.
    const rank = await runCli(['rank', 'lon-xon.xlsx', '--json'], dir);
    expect(rank.code).toBe(1);
    expect(rank.stderr).toMatch(/chờ sửa lỗi điểm/);
    const held = (JSON.parse(rank.stdout) as RankJson).clusters
      .flatMap((c) => c.units)
      .filter((u) => u.status === 'held');
    expect(held.length).toBeGreaterThan(0);
    expect(
      held.every((u) => u.rank === null && u.proposal === '' && u.reason.startsWith('Chờ sửa lỗi')),
    ).toBe(true);
  });
  it('checks the rest of a workbook whose cells cannot be read, one message per cell; refuses only a missing table', async () => {
    const file = await initBook('o-hong.xlsx', 'hcm-2018');
    const workbook = await loadWorkbookFile(file);
    const data = readWorkbook(workbook);
    const units = data.tables.Units;
    const registrations = data.tables.Registrations;
    const scores = data.tables.Scores;
    if (units === undefined || registrations === undefined || scores === undefined) throw new Error('tables');
    const unit = String(units.rows[0]?.[0] ?? '');
    const criterion = scores.headers[3] ?? '';
    const title = String(registrations.rows[0]?.[registrations.headers.indexOf('Mã danh hiệu')] ?? '');
    const planted: [string, Planted][] = [
      ['NUMBER_INVALID', typeInto(workbook, 'Units', 1, 'Số người', 'mười hai người')],
      ['NUMBER_INVALID', typeInto(workbook, 'Scores', 2, criterion, 'chín')],
      ['CODE_CASE_MATCHED', typeInto(workbook, 'Registrations', 1, 'Mã danh hiệu', title.toLowerCase())],
      ['DATE_TWO_DIGIT_YEAR', typeInto(workbook, 'Registrations', 2, 'Ngày đăng ký', '15/01/18')],
      ['NUMBER_PERCENT', typeInto(workbook, 'Scores', 3, criterion, '90%')],
      ['REGISTRATION_UNIT_UNKNOWN', typeInto(workbook, 'Registrations', 3, 'Mã đơn vị', 'ZZZ')],
    ];
    expect(unit).not.toBe('');
    await saveWorkbookFile(workbook, file);

    const run = await runCli(['check', 'o-hong.xlsx', '--json'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout) as CheckJson;
    for (const [code, at] of planted) {
      expect(
        result.issues.find((i) => i.code === code && i.table === at.table && i.row === at.row),
      ).toMatchObject({
        cell: at.cell,
      });
    }
    // One message per problem: a text score is not also a blank one, a text headcount not also a missing one.
    for (const [code, at] of planted.filter(([code]) => code === 'NUMBER_INVALID')) {
      const here = result.issues.filter((i) => i.table === at.table && i.cell === at.cell);
      expect(here.map((i) => i.code)).toEqual([code]);
    }

    // An unreadable campaign field holds the campaign back, but is still an issue at its cell, not a refusal.
    const year = await loadWorkbookFile(file);
    const yearAt = typeInto(year, 'Campaign', 5, 'Giá trị', 'năm nay');
    await saveWorkbookFile(year, path.join(dir, 'nam-hong.xlsx'));
    const yearRun = await runCli(['check', 'nam-hong.xlsx', '--json'], dir);
    expect(yearRun.code).toBe(1);
    const yearIssues = (JSON.parse(yearRun.stdout) as CheckJson).issues;
    expect(yearIssues.find((i) => i.code === 'NUMBER_INVALID' && i.table === 'Campaign')).toMatchObject({
      cell: yearAt.cell,
    });

    // A table the contract needs is a workbook that cannot be read.
    const broken = await loadWorkbookFile(file);
    broken.removeWorksheet(broken.getWorksheet('Đăng ký')?.id ?? -1);
    await saveWorkbookFile(broken, path.join(dir, 'thieu-bang.xlsx'));
    const refused = await runCli(['check', 'thieu-bang.xlsx', '--json'], dir);
    expect(refused.code).toBe(2);
  }, 120_000);
});
