/**
 * Merging units' copies: the same workbook whatever the order of the copies, one merge or several, and
 * merging a copy twice is merging it once.
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import fc from 'fast-check';
import type { CellValue, WorkbookData } from '../../src/domain/workbook';
import { mergeUnitCopies, type UnitCopy } from '../../src/workflow';
import { createFileHost } from '../../src/xlsx/fileHost';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { loadWorkbookBuffer, workbookBytes } from '../../src/xlsx/workbookFile';
import { runCli } from '../cli/runCli';
import { blankCopy, criteriaOf, REGISTRATION_INPUTS, type UnitInput } from './unitCopies';

jest.setTimeout(300_000);

let cluster: Uint8Array;
let blank: WorkbookData;
let units: string[];
let titles: string[];

beforeAll(async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'thidua-merge-prop-'));
  const init = await runCli(['init', 'cum.xlsx', '--scenario', 'hue-2021'], dir);
  if (init.code !== 0) throw new Error(init.stderr);
  // The cluster's workbook holds registrations and self-scores of its own: merging replaces a unit's.
  cluster = await fs.readFile(path.join(dir, 'cum.xlsx'));
  blank = readWorkbook(await loadWorkbookBuffer(await blankCopy(cluster)));
  await fs.rm(dir, { recursive: true, force: true });
  units = (blank.tables.Units?.rows ?? []).map((row) => String(row[0]));
  titles = (blank.tables.Titles?.rows ?? []).map((row) => String(row[0]));
});

/** A unit's copy as read: the blank copy with the unit's rows typed in. */
function copyOf(input: UnitInput, label: string): UnitCopy {
  const registrations = blank.tables.Registrations;
  const self = blank.tables.SelfScores;
  if (registrations === undefined || self === undefined) throw new Error('blank copy without its tables');
  const rows = input.registrations.map((row) =>
    registrations.headers.map((h) =>
      h === 'Mã đơn vị' ? input.unit : REGISTRATION_INPUTS.includes(h) ? (row[h] ?? null) : null,
    ),
  );
  const unitAt = self.headers.indexOf('Mã đơn vị');
  const selfRows = self.rows.map((row) =>
    row[unitAt] !== input.unit ? row : row.map((cell, j) => input.selfScores[self.headers[j] ?? ''] ?? cell),
  );
  const data: WorkbookData = {
    ...blank,
    tables: {
      ...blank.tables,
      Registrations: { ...registrations, rows, formulas: rows.map((row) => row.map(() => null)) },
      SelfScores: { ...self, rows: selfRows },
    },
  };
  return { label, read: () => Promise.resolve(data) };
}

function inputArbitrary(): fc.Arbitrary<UnitInput[]> {
  const cell = (values: readonly CellValue[]) => fc.constantFrom(...values);
  const registration = fc.record({
    'Đối tượng': cell(['Tập thể', 'Cá nhân', null]),
    'Họ và tên': cell(['Nguyễn Văn An', 'Trần Thị Bình', null]),
    'Mã danh hiệu': fc.constantFrom<CellValue>(...titles),
    'Ngày đăng ký': cell([44212, 44250, '15/01/2021', null]),
    'Ghi chú': cell(['', 'đợt 1', null]),
  });
  const criteria = criteriaOf(blank);
  const points = fc.dictionary(fc.constantFrom(...criteria), cell([0, 1, 2.5, 5, null, 'mười']));
  return fc.uniqueArray(fc.constantFrom(...units), { minLength: 1, maxLength: 4 }).chain((chosen) =>
    fc.tuple(
      ...chosen.map((unit) =>
        fc.record({
          unit: fc.constant(unit),
          registrations: fc.array(registration, { maxLength: 3 }),
          selfScores: points,
        }),
      ),
    ),
  );
}

async function merged(batches: readonly (readonly UnitCopy[])[]): Promise<WorkbookData> {
  const workbook = await loadWorkbookBuffer(cluster);
  const host = createFileHost(workbook);
  for (const batch of batches) await mergeUnitCopies(host, batch, { dryRun: false });
  return readWorkbook(await loadWorkbookBuffer(await workbookBytes(workbook)));
}

describe('merging units\u2019 copies', () => {
  it('gives the same workbook in any order, and a copy merged twice counts once', async () => {
    await fc.assert(
      fc.asyncProperty(
        inputArbitrary().chain((inputs) =>
          fc.tuple(
            fc.constant(inputs),
            fc.shuffledSubarray([...inputs.keys()], { minLength: inputs.length, maxLength: inputs.length }),
          ),
        ),
        async ([inputs, order]) => {
          const copies = inputs.map((input, i) => copyOf(input, `${input.unit}-${i}.xlsx`));
          const shuffled = order.map((i) => copies[i]).filter((copy): copy is UnitCopy => copy !== undefined);
          const together = await merged([copies]);
          expect((await merged([shuffled])).tables).toEqual(together.tables);
          expect((await merged(shuffled.map((copy) => [copy]))).tables).toEqual(together.tables);
          expect((await merged([copies, copies.slice(0, 1)])).tables).toEqual(together.tables);
        },
      ),
      { numRuns: 6 },
    );
  });
});
