/**
 * `Giải thích` in a file the command line writes, recalculated by LibreOffice as an independent engine:
 * every unit's explanation equals the one HyperFormula computes (which test/memory checks against the
 * domain's explainUnit), decimal commas, neighbours' names and the tie-break that parted equal totals
 * included.
 *
 * Without soffice this test fails; THIDUA_SKIP_LIBREOFFICE=1 skips it on purpose (see libreoffice.test.ts).
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { SCORE_HEADERS, SHEETS, TABLES } from '../../src/domain/contract';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { loadWorkbookFile } from '../../src/xlsx/workbookFile';
import { hostWith, records } from '../memory/evaluationHelpers';
import { partedTieCampaign } from '../memory/partedTie';
import { findSoffice, makeRecalculatingProfile, parseCsv, sheetAsCsv } from './libreoffice';
import { runCli } from './runCli';

const skip = process.env.THIDUA_SKIP_LIBREOFFICE === '1';
const describeLibreOffice = skip ? describe.skip : describe;

jest.setTimeout(600_000);

describeLibreOffice('LibreOffice recalculation of Giải thích', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'thidua-lo-explain-'));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  // In a Vietnamese locale the decimal separator is the comma: the text must not change with it.
  it.each([['system', undefined] as const, ['vi-VN', 'vi-VN'] as const])(
    'gives every unit the explanation HyperFormula gives, locale %s',
    async (name, locale) => {
      const soffice = await findSoffice();
      if (soffice === null)
        throw new Error('LibreOffice (soffice) is not installed: apt-get install -y libreoffice-calc');
      const profile = await makeRecalculatingProfile(path.join(dir, `profile-${name}`), locale);
      const { campaign, upper, link } = partedTieCampaign();
      const json = path.join(dir, 'campaign.json');
      await fs.writeFile(json, JSON.stringify(campaign));
      const file = path.join(dir, `book-${name}.xlsx`);
      const init = await runCli(['init', file, '--campaign', json], dir);
      expect(init.stderr).toBe('');
      expect(init.code).toBe(0);

      const host = await hostWith(campaign);
      const expected = new Map(
        records(host.exportWorkbookData(), TABLES.scores).map((r) => [
          String(r[SCORE_HEADERS.unit]),
          String(r[SCORE_HEADERS.explanation] ?? ''),
        ]),
      );

      const sheets = readWorkbook(await loadWorkbookFile(file)).sheets;
      const sheetNumber = sheets.findIndex((sheet) => sheet.name === SHEETS.scores) + 1;
      const rows = parseCsv(
        await sheetAsCsv(soffice, profile, file, sheetNumber, path.join(dir, `csv-${name}`)),
      );
      const headerAt = rows.findIndex(
        (row) => row.includes(SCORE_HEADERS.unit) && row.includes(SCORE_HEADERS.explanation),
      );
      const header = rows[headerAt] ?? [];
      const computed = new Map<string, string>();
      for (const row of rows.slice(headerAt + 1)) {
        const unit = row[header.indexOf(SCORE_HEADERS.unit)] ?? '';
        if (unit !== '') computed.set(unit, row[header.indexOf(SCORE_HEADERS.explanation)] ?? '');
      }
      expect(computed.get(upper)).toContain(`, xếp trên nhờ ${link.label}`);
      expect([...computed.values()].some((t) => /\d,\d/.test(t))).toBe(true);
      expect(Object.fromEntries(computed)).toEqual(Object.fromEntries(expected));
    },
  );
});
