import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { CheckJson } from '../../src/cli/checkCommand';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { loadWorkbookFile, saveWorkbookFile } from '../../src/xlsx/workbookFile';
import { runCli } from './runCli';
import { typeInto } from './workbookEdits';

// Each test writes and reads whole workbooks several times; under load that takes seconds.
jest.setTimeout(120_000);

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'thidua-lock-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function lockedBook(name: string): Promise<string> {
  const init = await runCli(['init', name, '--scenario', 'hcm-2018'], dir);
  if (init.code !== 0) throw new Error(init.stderr);
  const lock = await runCli(['lock', name, '--by', 'Nguyễn Văn An', '--date', '15/12/2021'], dir);
  if (lock.code !== 0) throw new Error(lock.stderr);
  return path.join(dir, name);
}

async function lockIssues(name: string): Promise<{ code: number; issues: CheckJson['issues'] }> {
  const run = await runCli(['check', name, '--json'], dir);
  const result = JSON.parse(run.stdout) as CheckJson;
  return { code: run.code, issues: result.issues.filter((i) => i.code.startsWith('LOCK')) };
}

describe('thidua lock, unlock and check', () => {
  it('locks a workbook and finds nothing changed in it afterwards', async () => {
    await lockedBook('chot.xlsx');
    const { issues } = await lockIssues('chot.xlsx');
    expect(issues).toEqual([]);
  });

  it('names a changed score cell, from what to what, as an error (exit 1)', async () => {
    const file = await lockedBook('sua.xlsx');
    const workbook = await loadWorkbookFile(file);
    const scores = readWorkbook(workbook).tables.Scores;
    const criterion = scores?.headers[3] ?? '';
    const before = scores?.rows[1]?.[3];
    const planted = typeInto(workbook, 'Scores', 2, criterion, 1);
    await saveWorkbookFile(workbook, file);
    const { code, issues } = await lockIssues('sua.xlsx');
    expect(code).toBe(1);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'LOCKED_VALUE_CHANGED', severity: 'error', cell: planted.cell });
    expect(issues[0]?.message).toContain(
      `Kết quả chốt ngày 15/12/2021 đã bị sửa: Chấm điểm!${planted.cell} từ ${String(before).replace('.', ',')} thành 1`,
    );
  });

  it('refuses to lock twice, and unlocks only with a reason, recording it', async () => {
    await lockedBook('mo.xlsx');
    const again = await runCli(['lock', 'mo.xlsx', '--by', 'Trần Thị Bình'], dir);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('đã được Nguyễn Văn An chốt ngày 15/12/2021');
    const noReason = await runCli(['unlock', 'mo.xlsx', '--by', 'Trần Thị Bình'], dir);
    expect(noReason.code).toBe(2);
    const unlock = await runCli(
      [
        'unlock',
        'mo.xlsx',
        '--by',
        'Trần Thị Bình',
        '--reason',
        'Sửa điểm theo biên bản số 3',
        '--date',
        '20/12/2021',
      ],
      dir,
    );
    expect(unlock.stderr).toBe('');
    expect(unlock.code).toBe(0);
    const workbook = await loadWorkbookFile(path.join(dir, 'mo.xlsx'));
    const meta = readWorkbook(workbook).tables.Meta;
    const log = meta?.rows.find((row) => String(row[0]).startsWith('unlock.'));
    expect(String(log?.[1])).toContain('Sửa điểm theo biên bản số 3');
    // Open again: a change is no longer an error of the lock.
    const criterion = readWorkbook(workbook).tables.Scores?.headers[3] ?? '';
    typeInto(workbook, 'Scores', 2, criterion, 1);
    await saveWorkbookFile(workbook, path.join(dir, 'mo.xlsx'));
    expect((await lockIssues('mo.xlsx')).issues).toEqual([]);
  });

  it('detects a lock record edited by hand: a locked value, the day, the state', async () => {
    const file = await lockedBook('tay.xlsx');
    // A snapshot row and the state are named where they are; an edited day is found by the fingerprint,
    // whose row is named (the day alone carries no seal of its own).
    const edits: [string, (value: string) => string, string][] = [
      ['lock.Scores.2', (v) => v.replace(/"n:[0-9.]+"/, '"n:1"'), 'lock.Scores.2'],
      ['lockedAt', () => '2021-12-14', 'lockFingerprint'],
      ['lockState', () => 'open', 'lockState'],
    ];
    for (const [key, edit, namedAt] of edits) {
      const workbook = await loadWorkbookFile(file);
      const meta = readWorkbook(workbook).tables.Meta;
      if (meta === undefined) throw new Error('no Meta');
      const index = meta.rows.findIndex((row) => row[0] === key);
      const planted = typeInto(workbook, 'Meta', index + 1, 'Giá trị', edit(String(meta.rows[index]?.[1])));
      const copy = path.join(dir, `tay-${key}.xlsx`);
      await saveWorkbookFile(workbook, copy);
      const { code, issues } = await lockIssues(path.basename(copy));
      expect(code).toBe(1);
      expect(issues.map((i) => i.code)).toContain('LOCK_RECORD_EDITED');
      const edited = issues.find((i) => i.code === 'LOCK_RECORD_EDITED');
      const named = meta.rows.findIndex((row) => row[0] === namedAt);
      expect(edited?.cell).toBe(planted.cell.replace(/\d+$/, String(meta.origin.row + named + 1 + 1)));
      expect(edited?.message).toContain('bản ghi chốt kết quả đã bị sửa bằng tay');
    }
  });

  it('keeps the lock record when the workbook is set up again', async () => {
    await lockedBook('lai.xlsx');
    const setup = await runCli(['setup', 'lai.xlsx'], dir);
    expect(setup.code).toBe(0);
    const again = await runCli(['lock', 'lai.xlsx', '--by', 'Trần Thị Bình'], dir);
    expect(again.code).toBe(1);
    expect((await lockIssues('lai.xlsx')).issues).toEqual([]);
  });
});

describe('the sheets of the locked tables', () => {
  it('are protected with every cell of the locked tables locked while locked, and typed cells open again after the unlock', async () => {
    const file = await lockedBook('khoa.xlsx');
    // Chấm điểm is always protected (its formulas); Danh mục only while the results are locked.
    const state = async (): Promise<{
      catalogueProtected: boolean;
      scoreLocked: boolean;
      unitLocked: boolean;
    }> => {
      const workbook = await loadWorkbookFile(file);
      const tables = readWorkbook(workbook).tables;
      const scores = tables.Scores;
      const units = tables.Units;
      const scoreSheet = workbook.getWorksheet('Chấm điểm');
      const catalogue = workbook.getWorksheet('Danh mục');
      if (scores === undefined || units === undefined || scoreSheet === undefined || catalogue === undefined)
        throw new Error('no Scores or Units');
      // Typed cells: a unit's first criterion, a unit's name. Excel locks a cell unless told otherwise.
      const scoreCell = scoreSheet.getCell(scores.origin.row + 2, scores.origin.col + 4);
      const unitCell = catalogue.getCell(units.origin.row + 2, units.origin.col + 2);
      const model = catalogue as unknown as { sheetProtection?: { sheet?: boolean } | null };
      return {
        catalogueProtected: model.sheetProtection?.sheet === true,
        scoreLocked: scoreCell.protection?.locked !== false,
        unitLocked: unitCell.protection?.locked !== false,
      };
    };
    expect(await state()).toEqual({ catalogueProtected: true, scoreLocked: true, unitLocked: true });
    const unlock = await runCli(
      ['unlock', 'khoa.xlsx', '--by', 'Trần Thị Bình', '--reason', 'Sửa điểm'],
      dir,
    );
    expect(unlock.code).toBe(0);
    expect(await state()).toEqual({ catalogueProtected: false, scoreLocked: false, unitLocked: false });
  });
});
