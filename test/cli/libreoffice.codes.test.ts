/**
 * Codes typed in any case, with spaces around and in either Unicode form, counted by LibreOffice's
 * COUNTIFS after recalculation: for a few dozen random cases in one file (soffice is slow), the
 * domain's registrations per title equal the sheet's counts, except the rows the checks warn the sheet
 * does not find (`CODE_FORM_DIFFERS`). The cells the domain reads are read back from the same file.
 *
 * Without soffice this test fails; THIDUA_SKIP_LIBREOFFICE=1 skips it on purpose (see libreoffice.test.ts).
 */
import fc from 'fast-check';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { columnLetters } from '../../src/domain/workbook';
import { plainCellValue } from '../../src/xlsx/cellValue';
import { Workbook } from '../../src/xlsx/library';
import { loadWorkbookFile } from '../../src/xlsx/workbookFile';
import { codeCaseArb, countIfsFormula, domainCounts, type CodeCase } from '../domain/read/_codeCases';
import { findSoffice, makeRecalculatingProfile, parseCsv, sheetAsCsv } from './libreoffice';

const skip = process.env.THIDUA_SKIP_LIBREOFFICE === '1';
const describeLibreOffice = skip ? describe.skip : describe;

jest.setTimeout(300_000);

/** The same cases on every run, with the edge cases the property is about written out first. */
const CASES: CodeCase[] = [
  { catalogue: ['LĐTT', 'LDTT'], typed: ['lđtt', 'LĐTT', 'ldtt', 'LĐTT ', '\u00a0Lđtt'] },
  {
    catalogue: ['Tiên', 'TIEN'],
    typed: ['Tiên', 'Tiên'.normalize('NFD'), 'tiên', 'tien', 'TIÊN'.normalize('NFD')],
  },
  ...fc.sample(codeCaseArb, { numRuns: 30, seed: 20 }),
];

describeLibreOffice('LibreOffice COUNTIFS of codes typed every way', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'thidua-lo-codes-'));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('counts what the domain counts, less the rows the checks warn about', async () => {
    const soffice = await findSoffice();
    expect(soffice).not.toBeNull();
    const profile = await makeRecalculatingProfile(path.join(dir, 'profile'));

    // Case k: the typed codes in column 2k+1, COUNTIFS of each catalogue code beside them.
    const book = new Workbook();
    const sheet = book.addWorksheet('Mã');
    CASES.forEach((c, k) => {
      const letters = columnLetters(2 * k);
      c.typed.forEach((raw, i) => {
        sheet.getCell(i + 1, 2 * k + 1).value = raw;
      });
      c.catalogue.forEach((code, i) => {
        const formula = countIfsFormula(`${letters}1:${letters}${c.typed.length}`, code).slice(1);
        sheet.getCell(i + 1, 2 * k + 2).value = { formula };
      });
    });
    const file = path.join(dir, 'codes.xlsx');
    await book.xlsx.writeFile(file);

    const back = (await loadWorkbookFile(file)).getWorksheet('Mã');
    const grid = parseCsv(await sheetAsCsv(soffice ?? '', profile, file, 1, path.join(dir, 'out')));
    CASES.forEach((c, k) => {
      // What the domain reads is what the file reader gives back, Unicode form and spaces included.
      const typed = c.typed.map((_raw, i) =>
        String(plainCellValue(back?.getCell(i + 1, 2 * k + 1).value ?? null)),
      );
      expect(typed).toEqual(c.typed);
      const domain = domainCounts({ catalogue: c.catalogue, typed });
      c.catalogue.forEach((code, i) => {
        const sheetCount = Number(grid[i]?.[2 * k + 1]);
        const mine = domain.get(code);
        expect({ case: k, code, count: (mine?.count ?? 0) - (mine?.warned ?? 0) }).toEqual({
          case: k,
          code,
          count: sheetCount,
        });
      });
    });
  });
});
