import { createExcelHost } from '../../src/excel/excelHost';
import { chunkRowsByBytes, jsonBytes, packRequests, REQUEST_BUDGET_BYTES } from '../../src/excel/payload';
import { FakeExcel } from '../../src/excel/testing/fakeExcel';
import { input, sheetPlan, tablePlan, workbookPlan } from './support/plans';

describe('chunkRowsByBytes', () => {
  const rows = Array.from({ length: 50 }, (_, i) => [`DV${i}`, 'Nguyễn Văn A'.repeat(i % 7), i]);

  it('covers every row once, in order', () => {
    const chunks = chunkRowsByBytes(rows, 300);
    expect(chunks.flatMap((c) => c.rows)).toEqual(rows);
    expect(chunks.map((c) => c.start)).toEqual(
      chunks.map((_, i) => chunks.slice(0, i).reduce((n, c) => n + c.rows.length, 0)),
    );
  });

  it('keeps each chunk within the limit, its estimate at least the JSON it stands for', () => {
    for (const chunk of chunkRowsByBytes(rows, 300)) {
      expect(chunk.bytes).toBeLessThanOrEqual(300);
      expect(chunk.bytes).toBeGreaterThanOrEqual(jsonBytes(chunk.rows));
    }
  });

  it('gives a row larger than the limit a chunk of its own', () => {
    const chunks = chunkRowsByBytes([['a'], ['x'.repeat(100)], ['b']], 20);
    expect(chunks.map((c) => c.rows.length)).toEqual([1, 1, 1]);
  });

  it('keeps an empty array as one empty chunk', () => {
    expect(chunkRowsByBytes([], 10)).toEqual([{ start: 0, rows: [], bytes: 2 }]);
  });
});

describe('packRequests', () => {
  it('keeps the order and fills each request up to the budget', () => {
    const ops = [5, 4, 3, 6, 1].map((bytes, id) => ({ id, bytes }));
    expect(packRequests(ops, 9).map((r) => r.map((o) => o.id))).toEqual([[0, 1], [2, 3], [4]]);
  });
});

describe('a write over 4 MB', () => {
  const ROWS = 30_000;
  const headers = [
    'Mã đơn vị',
    'Đối tượng',
    'Họ và tên',
    'Chức vụ',
    'Mã danh hiệu',
    'Ngày đăng ký',
    'Ghi chú',
  ];
  const row = (i: number) => [
    `DV${String(i % 1000).padStart(4, '0')}`,
    'Cá nhân',
    `Nguyễn Văn Thành Trung ${i}`,
    'Chuyên viên chính, Phòng Tổ chức cán bộ',
    'CSTĐCS',
    45000 + (i % 300),
    'Đăng ký theo Kế hoạch số 12/KH-STP ngày 15/01/2021',
  ];
  const bigPlan = () =>
    workbookPlan([
      sheetPlan('Đăng ký', {
        tables: [
          tablePlan(
            'Registrations',
            'Đăng ký',
            headers.map((h) =>
              input(
                h,
                h === 'Mã đơn vị'
                  ? { numberFormat: '@' }
                  : h === 'Ngày đăng ký'
                    ? { numberFormat: 'dd/mm/yyyy' }
                    : {},
              ),
            ),
            { rows: Array.from({ length: ROWS }, (_, i) => row(i)) },
          ),
        ],
      }),
    ]);

  it('is split into several requests, each under 4 MB, writing every row once and in order', async () => {
    const excel = new FakeExcel({ sheets: [{ name: 'Sheet1' }] });
    const host = createExcelHost({ run: excel.run, requirements: () => true });

    const result = await host.applyPlan(() => bigPlan());

    const writes = excel.requests.slice(1);
    expect(jsonBytes([headers, ...bigPlan().sheets[0]!.tables[0]!.rows])).toBeGreaterThan(
      REQUEST_BUDGET_BYTES,
    );
    expect(writes.length).toBeGreaterThan(1);
    // No more requests than the size needs: each is at most an eighth (one row chunk) short of full.
    const total = writes.reduce((sum, request) => sum + request.bytes, 0);
    expect(writes.length).toBeLessThanOrEqual(Math.ceil(total / ((REQUEST_BUDGET_BYTES * 7) / 8)));
    expect(result.roundTrips).toBe(excel.syncs);
    for (const request of writes) {
      expect(request.bytes).toBeLessThan(REQUEST_BUDGET_BYTES);
      // Each request suspends calculation for itself.
      expect(request.entries[0]?.kind).toBe('suspendCalculation');
    }
    const valueRanges = excel.log
      .filter((e) => e.kind === 'values')
      .map((e) => /^Đăng ký!A(\d+):G(\d+)$/.exec(e.target)?.slice(1).map(Number) ?? []);
    expect(valueRanges.length).toBeGreaterThan(1);
    expect(valueRanges[0]?.[0]).toBe(1);
    valueRanges.forEach(([, bottom], i) => {
      const next = valueRanges[i + 1];
      if (next) expect(next[0]).toBe((bottom ?? 0) + 1);
    });
    expect(valueRanges.at(-1)?.[1]).toBe(ROWS + 1);
    // The table is created once, over everything written, after the last row.
    const kinds = excel.log.map((e) => e.kind);
    expect(excel.lines().filter((l) => l.startsWith('table.add'))).toEqual([
      `table.add Đăng ký!A1:G${ROWS + 1} true`,
    ]);
    expect(kinds.lastIndexOf('values')).toBeLessThan(kinds.indexOf('table.add'));
  });

  it('sends the same plan in one request when the budget allows it (the split is by size only)', async () => {
    const excel = new FakeExcel({ sheets: [{ name: 'Sheet1' }] });
    const host = createExcelHost({ run: excel.run, requirements: () => true, requestBudget: 64_000_000 });

    const result = await host.applyPlan(() => bigPlan());

    expect(result.roundTrips).toBe(2);
    expect(excel.log.filter((e) => e.kind === 'values')).toHaveLength(1);
  });
});
