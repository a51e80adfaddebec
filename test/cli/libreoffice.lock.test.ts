/**
 * The results lock survives LibreOffice: a locked workbook opened and saved by LibreOffice (which rewrites
 * numbers, text, tables and formulas in its own way) shows no change, and a cell changed after that is
 * still named. LibreOffice is a test dependency, as for the other LibreOffice tests
 * (THIDUA_SKIP_LIBREOFFICE=1 skips it on purpose).
 */
import fc from 'fast-check';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { CheckJson } from '../../src/cli/checkCommand';
import type { CellValue } from '../../src/domain/workbook';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { loadWorkbookFile, saveWorkbookFile } from '../../src/xlsx/workbookFile';
import { findSoffice, makeRecalculatingProfile, resaveAsXlsx } from './libreoffice';
import { runCli } from './runCli';
import { typeInto } from './workbookEdits';

const skip = process.env.THIDUA_SKIP_LIBREOFFICE === '1';
const describeLibreOffice = skip ? describe.skip : describe;

jest.setTimeout(600_000);

async function lockIssues(file: string, cwd: string): Promise<CheckJson['issues']> {
  const run = await runCli(['check', file, '--json'], cwd);
  return (JSON.parse(run.stdout) as CheckJson).issues.filter((issue) => issue.code.startsWith('LOCK'));
}

describeLibreOffice('the results lock after LibreOffice opens and saves the workbook', () => {
  let dir: string;
  let soffice: string | null;
  let profile: string;
  let runs = 0;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'thidua-lo-lock-'));
    soffice = await findSoffice();
    profile = await makeRecalculatingProfile(path.join(dir, 'profile'));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('flags nothing in a locked workbook LibreOffice saved, whatever was typed, and names a cell changed after', async () => {
    if (soffice === null)
      throw new Error('LibreOffice (soffice) is not installed: apt-get install -y libreoffice-calc');
    const office = soffice;
    // Values as officers type them: decimals that binary cannot hold, Vietnamese text in either Unicode form.
    const typed: fc.Arbitrary<CellValue> = fc.oneof(
      fc.integer({ min: 0, max: 20 }).map((n) => n / 4),
      fc.constantFrom(0.1 + 0.2, 7.35, 1 / 3),
      fc.constantFrom('Thành tích', 'Tha\u0300nh ti\u0301ch', 'ghi chú'),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('hcm-2018', 'thads-2015'),
        fc.array(fc.tuple(fc.nat({ max: 5 }), typed), { minLength: 1, maxLength: 4 }),
        async (scenario, edits) => {
          runs += 1;
          const name = `lo-${runs}.xlsx`;
          const file = path.join(dir, name);
          expect((await runCli(['init', name, '--scenario', scenario], dir)).code).toBe(0);
          // Typed into the first criterion of the self-scores, which never hold the ranking: any value locks.
          const workbook = await loadWorkbookFile(file);
          const self = readWorkbook(workbook).tables.SelfScores;
          const column = self?.headers[3] ?? '';
          for (const [row, value] of edits) typeInto(workbook, 'SelfScores', row + 1, column, value);
          await saveWorkbookFile(workbook, file);
          const lock = await runCli(['lock', name, '--by', 'Nguyễn Văn An', '--date', '15/12/2021'], dir);
          expect(lock.stderr).toBe('');

          const saved = await resaveAsXlsx(office, profile, file, path.join(dir, `saved-${runs}`));
          expect(await lockIssues(saved, dir)).toEqual([]);

          const reopened = await loadWorkbookFile(saved);
          const scores = readWorkbook(reopened).tables.Scores;
          const criterion = scores?.headers[3] ?? '';
          const planted = typeInto(reopened, 'Scores', 1, criterion, 0.5);
          await saveWorkbookFile(reopened, saved);
          const issues = await lockIssues(saved, dir);
          expect(issues.map((issue) => [issue.code, issue.cell])).toEqual([
            ['LOCKED_VALUE_CHANGED', planted.cell],
          ]);
          expect(issues[0]?.message).toContain(
            `Kết quả chốt ngày 15/12/2021 đã bị sửa: Chấm điểm!${planted.cell} từ `,
          );
        },
      ),
      { numRuns: 3 },
    );
  });
});
