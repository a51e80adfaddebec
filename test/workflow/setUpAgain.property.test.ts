/**
 * Setting a file up again (`thidua setup`, the pane's "Tạo / cập nhật sổ thi đua") on a workbook an
 * officer filled at random: every typed cell is still there, and doing it twice is doing it once.
 */
import fc from 'fast-check';
import { TABLES } from '../../src/domain/contract';
import type { CellValue, WorkbookData } from '../../src/domain/workbook';
import { readBookForSetUp, setUpCampaign } from '../../src/workflow';
import { createFileHost } from '../../src/xlsx/fileHost';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { loadWorkbookBuffer, newWorkbook, workbookBytes } from '../../src/xlsx/workbookFile';
import { presetById } from '../../src/domain/presets';
import { appendRow, typeInto } from '../cli/workbookEdits';

jest.setTimeout(300_000);

let base: Uint8Array;
let shape: WorkbookData;

beforeAll(async () => {
  const campaign = presetById('hue-2021');
  if (campaign === undefined) throw new Error('preset missing');
  const workbook = newWorkbook(campaign.name);
  await setUpCampaign(createFileHost(workbook), campaign);
  base = await workbookBytes(workbook);
  shape = readWorkbook(workbook);
});

/** Input columns an officer types into, by table. */
const TYPED: Record<string, string[]> = {
  Registrations: ['Mã đơn vị', 'Họ và tên', 'Chức vụ', 'Ghi chú', 'Ngày đăng ký'],
  Scores: [],
  SelfScores: [],
};

const value = fc.oneof(
  fc.constant<CellValue>(null),
  fc.integer({ min: 0, max: 20 }).map<CellValue>((n) => n),
  fc.double({ min: 0, max: 20, noNaN: true }).map<CellValue>((n) => Math.round(n * 4) / 4),
  fc.constantFrom<CellValue>('mười', '9,5', 'VP', 'x', '=1+1', 'Nguyễn Văn A', '15/01/2021'),
);

interface Fill {
  cells: { table: string; row: number; column: number; value: CellValue }[];
  newUnits: number;
}

function fillArbitrary(): fc.Arbitrary<Fill> {
  const criteria = (shape.tables.Scores?.headers ?? []).filter((h) => /^[IVX]+\.\d+$/.test(h));
  TYPED.Scores = criteria;
  TYPED.SelfScores = criteria;
  const cell = fc.constantFrom(...Object.keys(TYPED)).chain((table) =>
    fc.record({
      table: fc.constant(table),
      row: fc.integer({ min: 1, max: shape.tables[table]?.rows.length ?? 1 }),
      column: fc.integer({ min: 0, max: (TYPED[table]?.length ?? 1) - 1 }),
      value,
    }),
  );
  return fc.record({ cells: fc.array(cell, { maxLength: 25 }), newUnits: fc.integer({ min: 0, max: 2 }) });
}

/**
 * Lists of the documents whose only constants are the place numbers set-up writes: their places follow
 * the proposals, members and registrations, so a set-up after typing may number them anew.
 */
const NUMBERED_LISTS = new Set<string>([
  TABLES.awardList,
  TABLES.minutesMembers,
  TABLES.minutesVotes,
  TABLES.registrationList,
]);

/** Every constant cell of every table, by table, row and header (what set-up must never change). */
function typedCells(data: WorkbookData): Map<string, CellValue> {
  const out = new Map<string, CellValue>();
  for (const table of Object.values(data.tables)) {
    if (NUMBERED_LISTS.has(table.name)) continue;
    table.rows.forEach((row, i) =>
      row.forEach((cell, j) => {
        if ((table.formulas?.[i]?.[j] ?? null) !== null) return;
        out.set(`${table.name}\u0000${i}\u0000${table.headers[j] ?? ''}`, cell);
      }),
    );
  }
  return out;
}

describe('setting a filled workbook up again', () => {
  it('keeps every typed cell, and a second set-up changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fillArbitrary(), async (fill) => {
        const workbook = await loadWorkbookBuffer(base);
        for (const cell of fill.cells) {
          const header = TYPED[cell.table]?.[cell.column] ?? '';
          typeInto(workbook, cell.table, cell.row, header, cell.value);
        }
        const cluster = shape.tables.Units?.rows[0]?.[2] ?? null;
        for (let i = 0; i < fill.newUnits; i++) {
          appendRow(workbook, 'Units', {
            'Mã đơn vị': `MOI${i}`,
            'Tên đơn vị': `Đơn vị mới ${i}`,
            'Mã cụm': cluster,
          });
        }
        const typed = typedCells(readWorkbook(workbook));
        const host = createFileHost(workbook);

        const once = readBookForSetUp(await host.read()).campaign;
        if (once === null) throw new Error('the filled workbook holds no readable campaign');
        expect((await setUpCampaign(host, once)).applied).toBe(true);
        const afterOnce = readWorkbook(await loadWorkbookBuffer(await workbookBytes(workbook)));
        const kept = typedCells(afterOnce);
        for (const [key, cell] of typed) expect({ key, cell: kept.get(key) }).toEqual({ key, cell });

        const twice = readBookForSetUp(await host.read()).campaign;
        if (twice === null) throw new Error('no campaign after the first set-up');
        expect((await setUpCampaign(host, twice)).applied).toBe(true);
        const afterTwice = readWorkbook(await loadWorkbookBuffer(await workbookBytes(workbook)));
        expect(afterTwice).toEqual(afterOnce);
      }),
      { numRuns: 10 },
    );
  });
});
