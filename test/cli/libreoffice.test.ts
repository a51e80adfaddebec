/**
 * The formulas the CLI writes, evaluated by LibreOffice: for every seed scenario, the `Xếp hạng` column
 * of `Chấm điểm` after a forced recalculation equals `thidua rank --json` (the domain's ranking).
 *
 * LibreOffice is a test dependency (CI installs `libreoffice-calc`). Without soffice this test fails;
 * a developer without it may set THIDUA_SKIP_LIBREOFFICE=1 to skip it on purpose.
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { RankJson } from '../../src/cli/rankCommand';
import { SCORE_HEADERS, SHEETS } from '../../src/domain/contract';
import { PRESET_IDS } from '../../src/domain/presets';
import { loadWorkbookFile } from '../../src/xlsx/workbookFile';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { findSoffice, makeRecalculatingProfile, parseCsv, resaveAsXlsx, sheetAsCsv } from './libreoffice';
import { runCli } from './runCli';

const skip = process.env.THIDUA_SKIP_LIBREOFFICE === '1';
const describeLibreOffice = skip ? describe.skip : describe;

jest.setTimeout(300_000);

describeLibreOffice('LibreOffice recalculation of the set-up workbooks', () => {
  let dir: string;
  let soffice: string | null;
  let profile: string;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'thidua-lo-'));
    soffice = await findSoffice();
    profile = await makeRecalculatingProfile(path.join(dir, 'profile'));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('finds soffice on PATH', () => {
    if (soffice === null) {
      throw new Error(
        'LibreOffice (soffice) is not installed: install it with "apt-get install -y libreoffice-calc", ' +
          'or set THIDUA_SKIP_LIBREOFFICE=1 to skip this test on purpose.',
      );
    }
  });

  it.each([...PRESET_IDS])('%s: the recalculated Xếp hạng column equals rank --json', async (id) => {
    if (soffice === null) throw new Error('LibreOffice (soffice) is not installed (see the test above).');
    const file = path.join(dir, `${id}.xlsx`);
    const init = await runCli(['init', file, '--scenario', id], dir);
    expect(init.code).toBe(0);
    const rank = await runCli(['rank', file, '--json'], dir);
    expect(rank.code).toBe(0);
    const expected = JSON.parse(rank.stdout) as RankJson;

    const sheets = readWorkbook(await loadWorkbookFile(file)).sheets;
    const sheetNumber = sheets.findIndex((sheet) => sheet.name === SHEETS.scores) + 1;
    expect(sheetNumber).toBeGreaterThan(0);
    const rows = parseCsv(await sheetAsCsv(soffice, profile, file, sheetNumber, path.join(dir, `csv-${id}`)));

    const headerAt = rows.findIndex(
      (row) => row.includes(SCORE_HEADERS.unit) && row.includes(SCORE_HEADERS.rank),
    );
    expect(headerAt).toBeGreaterThanOrEqual(0);
    const header = rows[headerAt] ?? [];
    const unitCol = header.indexOf(SCORE_HEADERS.unit);
    const rankCol = header.indexOf(SCORE_HEADERS.rank);
    const totalCol = header.indexOf(SCORE_HEADERS.total);
    const computed = new Map<string, { rank: number | null; total: number | null }>();
    for (const row of rows.slice(headerAt + 1)) {
      const unit = row[unitCol] ?? '';
      if (unit === '') continue;
      computed.set(unit, { rank: numberOrNull(row[rankCol]), total: numberOrNull(row[totalCol]) });
    }

    const units = expected.clusters.flatMap((cluster) => cluster.units);
    expect(units.some((unit) => unit.rank !== null)).toBe(true);
    for (const unit of units) {
      expect({ unit: unit.unit, ...computed.get(unit.unit) }).toEqual({
        unit: unit.unit,
        rank: unit.rank,
        total: unit.total,
      });
    }
  });

  it('reads a workbook LibreOffice saved again, and updates it with summary -o', async () => {
    if (soffice === null) throw new Error('LibreOffice (soffice) is not installed (see the test above).');
    const file = path.join(dir, 'resave.xlsx');
    expect((await runCli(['init', file, '--scenario', 'cum-2-bo-tu-phap-2021'], dir)).code).toBe(0);
    const resaved = await resaveAsXlsx(soffice, profile, file, path.join(dir, 'resaved'));
    const original = await runCli(['rank', file, '--json'], dir);
    const again = await runCli(['rank', resaved, '--json'], dir);
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual(JSON.parse(original.stdout));
    const check = await runCli(['check', resaved, '--json'], dir);
    expect(check.code).not.toBe(2);
    const updated = path.join(dir, 'resaved-updated.xlsx');
    expect((await runCli(['summary', resaved, '-o', updated], dir)).code).toBe(0);
    expect(JSON.parse((await runCli(['rank', updated, '--json'], dir)).stdout)).toEqual(
      JSON.parse(original.stdout),
    );
  });
});

function numberOrNull(text: string | undefined): number | null {
  if (text === undefined || text.trim() === '') return null;
  const n = Number(text);
  if (Number.isNaN(n)) throw new Error(`not a number in the CSV: ${text}`);
  return n;
}
