import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createWorkbookActions, lockResults, unlockResults } from '../../src/workflow';
import { createFileHost } from '../../src/xlsx/fileHost';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { loadWorkbookFile } from '../../src/xlsx/workbookFile';
import { runCli } from '../cli/runCli';
import { typeInto } from '../cli/workbookEdits';

jest.setTimeout(120_000);

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'thidua-wf-lock-'));
  const run = await runCli(['init', 'so.xlsx', '--scenario', 'hue-2021'], dir);
  if (run.code !== 0) throw new Error(run.stderr);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('the lock through the actions every caller uses', () => {
  it("puts every cell changed since the lock first in the pane's score check, as errors", async () => {
    const workbook = await loadWorkbookFile(path.join(dir, 'so.xlsx'));
    const host = createFileHost(workbook);
    const locked = await lockResults(host, { at: '2021-12-15', by: 'Nguyễn Văn An' });
    expect(locked.done).toBe(true);
    const actions = createWorkbookActions(host);
    expect((await actions.checkScores()).issues.filter((i) => i.code.startsWith('LOCK'))).toEqual([]);

    const criterion = readWorkbook(workbook).tables.Scores?.headers[3] ?? '';
    const planted = typeInto(workbook, 'Scores', 1, criterion, 0.25);
    const checked = await actions.checkScores();
    expect(checked.issues[0]).toMatchObject({
      code: 'LOCKED_VALUE_CHANGED',
      severity: 'error',
      cell: planted.cell,
    });
    expect(checked.counts.errors).toBeGreaterThan(0);
    expect((await actions.checkAll()).scores.issues[0]?.code).toBe('LOCKED_VALUE_CHANGED');
  });

  it('refuses to unlock without a reason and to lock a locked workbook again', async () => {
    const workbook = await loadWorkbookFile(path.join(dir, 'so.xlsx'));
    const host = createFileHost(workbook);
    expect(await lockResults(host, { at: '2021-12-15', by: 'An' })).toMatchObject({ done: true });
    expect(await lockResults(host, { at: '2021-12-16', by: 'Bình' })).toEqual({
      done: false,
      refusal: { kind: 'alreadyLocked', signer: { at: '2021-12-15', by: 'An' } },
    });
    expect(await unlockResults(host, { at: '2021-12-20', by: 'Bình' }, '  ')).toEqual({
      done: false,
      refusal: { kind: 'noReason' },
    });
    expect(await unlockResults(host, { at: '2021-12-20', by: 'Bình' }, 'Theo biên bản')).toMatchObject({
      done: true,
    });
    expect(await unlockResults(host, { at: '2021-12-21', by: 'Bình' }, 'Lần nữa')).toEqual({
      done: false,
      refusal: { kind: 'notLocked' },
    });
  });
});
