import fc from 'fast-check';
import { META_HEADERS, TABLES } from '../../../src/domain/contract';
import {
  canonicalValue,
  lockChanges,
  lockRows,
  readLockRecord,
  snapshotTables,
  verifyLockRecord,
} from '../../../src/domain/lock';
import type { CellValue, RawTable, WorkbookData } from '../../../src/domain/workbook';
import { sha256Hex } from '../../../src/workflow';

const HEADERS = ['Mã đơn vị', 'I.1', 'I.2', 'Ghi chú'];

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.integer({ min: 0, max: 100 }),
  fc.string({ maxLength: 6 }),
  fc.constantFrom('Thành', 'Tha\u0300nh', 'Hạng A'),
  fc.boolean(),
);

const scoresTable: fc.Arbitrary<RawTable> = fc
  .array(fc.array(cellValue, { minLength: HEADERS.length, maxLength: HEADERS.length }), {
    minLength: 1,
    maxLength: 6,
  })
  .map((rows) => ({
    name: TABLES.scores,
    sheet: 'Chấm điểm',
    origin: { row: 3, col: 0 },
    headers: HEADERS,
    rows,
  }));

function withMeta(data: WorkbookData, rows: readonly [string, CellValue][]): WorkbookData {
  const meta: RawTable = {
    name: TABLES.meta,
    sheet: '_meta',
    origin: { row: 0, col: 0 },
    headers: [META_HEADERS.key, META_HEADERS.value],
    rows: rows.map(([k, v]) => [k, v]),
  };
  return { ...data, tables: { ...data.tables, [TABLES.meta]: meta } };
}

async function locked(table: RawTable): Promise<WorkbookData> {
  const data: WorkbookData = { sheets: [], tables: { [TABLES.scores]: table } };
  const rows = await lockRows(
    { at: '2021-12-15', by: 'Nguyễn Văn An' },
    snapshotTables(data, [TABLES.scores]),
    sha256Hex,
  );
  return withMeta(data, rows);
}

/** What a program that opens and saves the file may do to values that are the same: digits, forms. */
function resaved(value: CellValue): CellValue {
  if (typeof value === 'number') return Number(value.toPrecision(15));
  if (typeof value === 'string') return value.normalize('NFD');
  return value;
}

describe('the results lock', () => {
  it('never flags an unchanged workbook, nor one whose values another program wrote the same', async () => {
    await fc.assert(
      fc.asyncProperty(scoresTable, async (table) => {
        const data = await locked(table);
        const again: WorkbookData = {
          ...data,
          tables: {
            ...data.tables,
            [TABLES.scores]: { ...table, rows: table.rows.map((r) => r.map(resaved)) },
          },
        };
        for (const workbook of [data, again]) {
          const reading = readLockRecord(workbook);
          expect(reading.state).toBe('locked');
          if (reading.state !== 'locked') return;
          expect(await verifyLockRecord(reading, sha256Hex)).toEqual([]);
          expect(lockChanges(reading.tables, workbook)).toEqual([]);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('always names a changed cell, with its value before and after, and no other', async () => {
    await fc.assert(
      fc.asyncProperty(
        scoresTable,
        fc.nat(),
        fc.nat({ max: HEADERS.length - 1 }),
        cellValue,
        async (table, rowPick, col, value) => {
          const row = rowPick % table.rows.length;
          const before = table.rows[row]?.[col] ?? null;
          fc.pre(canonicalValue(before, false) !== canonicalValue(value, false));
          const data = await locked(table);
          const rows = table.rows.map((r, i) => (i === row ? r.map((v, c) => (c === col ? value : v)) : r));
          const edited: WorkbookData = {
            ...data,
            tables: { ...data.tables, [TABLES.scores]: { ...table, rows } },
          };
          const reading = readLockRecord(edited);
          if (reading.state !== 'locked') throw new Error('not locked');
          const changes = lockChanges(reading.tables, edited);
          expect(changes).toHaveLength(1);
          expect(changes[0]).toMatchObject({
            table: TABLES.scores,
            sheet: 'Chấm điểm',
            row: row + 1,
            column: HEADERS[col],
            // The header sits on sheet row 4 (origin row 3, zero-based): data row n is on row 4 + n.
            cell: `${'ABCD'[col] ?? ''}${4 + row + 1}`,
            before: canonicalValue(before, false),
            after: canonicalValue(value, false),
          });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('names a value typed over a formula, and rows added after the lock', async () => {
    const table: RawTable = {
      name: TABLES.scores,
      sheet: 'Chấm điểm',
      origin: { row: 0, col: 0 },
      headers: ['Mã đơn vị', 'Tổng điểm'],
      rows: [['VP', 90]],
      formulas: [[null, '=SUM(B2)']],
    };
    const data = await locked(table);
    const edited: WorkbookData = {
      ...data,
      tables: {
        ...data.tables,
        [TABLES.scores]: {
          ...table,
          rows: [
            ['VP', 95],
            ['TTRA', null],
          ],
          formulas: [
            [null, null],
            [null, null],
          ],
        },
      },
    };
    const reading = readLockRecord(edited);
    if (reading.state !== 'locked') throw new Error('not locked');
    expect(lockChanges(reading.tables, edited).map((c) => [c.cell, c.before, c.after])).toEqual([
      ['B2', '=', 'n:95'],
      ['A3', '', 's:TTRA'],
    ]);
  });

  it('finds a stored row edited by hand by its digest, and names its row of the record', async () => {
    await fc.assert(
      fc.asyncProperty(scoresTable, fc.nat(), async (table, pick) => {
        const data = await locked(table);
        const meta = data.tables[TABLES.meta];
        if (meta === undefined) throw new Error('no Meta');
        const stored = meta.rows
          .map((r, i) => [String(r[0]), i] as const)
          .filter(([k]) => /^lock\.Scores\.\d+$/.test(k));
        const [, index] = stored[pick % stored.length] ?? ['', 0];
        const rows = meta.rows.map((r, i) =>
          i === index
            ? [
                r[0] ?? null,
                String(r[1])
                  .replace('"v":[', '"v":["s:sửa",')
                  .replace(/,"[^"]*"\],"h"/, '],"h"'),
              ]
            : r,
        );
        const edited = { ...data, tables: { ...data.tables, [TABLES.meta]: { ...meta, rows } } };
        const problems = await verifyLockRecord(readLockRecord(edited), sha256Hex);
        expect(problems.map((p) => p.metaRow)).toContain(index + 1);
      }),
      { numRuns: 30 },
    );
  });
});
