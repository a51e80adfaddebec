import { presetById } from '../../src/domain/presets';
import { createMemoryHost, type MemoryHost } from '../../src/memory';
import { createWorkbookActions } from '../../src/workflow';
import { columnPixels, sheetView, type SheetView } from '../../src/workbench/grid/sheetView';

async function presetHost(): Promise<MemoryHost> {
  const host = createMemoryHost();
  const campaign = presetById('cum-2-bo-tu-phap-2021');
  if (campaign === undefined) throw new Error('preset missing');
  await createWorkbookActions(host).setUp(campaign);
  return host;
}

/** The cell under a header (in the table's header row) in the row whose first cell is `key`. */
function cellUnder(view: SheetView, header: string, key: string) {
  const headerRow = view.rows.find((row) => row.some((c) => c.role === 'header' && c.display === header));
  const col = headerRow?.find((c) => c.display === header)?.col;
  const row = view.rows.find((r) => r[0]?.display === key);
  const cell = col === undefined ? undefined : row?.[col];
  if (cell === undefined) throw new Error(`no cell under ${header} for ${key}`);
  return cell;
}

describe('sheetView: a sheet as the workbench grid draws it', () => {
  let host: MemoryHost;
  beforeAll(async () => {
    host = await presetHost();
  });

  it('marks table headers, and shows evaluated values under their formats', () => {
    const view = sheetView(host, 'Chấm điểm');
    const header = view.rows[2]?.[0];
    expect(header).toMatchObject({ role: 'header', display: 'Mã đơn vị', table: 'Scores' });
    expect(cellUnder(view, 'I.1', 'BPLVN')).toMatchObject({ display: '23,00', align: 'right', role: 'data' });
    expect(cellUnder(view, 'Xếp hạng', 'BPLVN').display).toBe('1');
  });

  it('gives a hidden column no width, as Excel hides it: the Settings keys', () => {
    const view = sheetView(host, 'Phong trào');
    const keyHeader = view.rows.flat().find((c) => c.role === 'header' && c.display === 'Mã tham số');
    const labelHeader = view.rows.flat().find((c) => c.role === 'header' && c.display === 'Tham số');
    if (keyHeader === undefined || labelHeader === undefined) throw new Error('no Settings headers');
    expect(view.columnWidths[keyHeader.col]).toBe(0);
    expect(view.columnWidths[labelHeader.col]).toBeGreaterThan(0);
  });

  it('gives a computed cell its structured formula and refuses input there, not in an input cell', () => {
    const view = sheetView(host, 'Chấm điểm');
    const rank = cellUnder(view, 'Xếp hạng', 'BPLVN');
    expect(rank.formula).toMatch(/^=.*COUNTIFS\(\[Mã cụm\],\[@\[Mã cụm\]\]/);
    expect(rank.editText).toBe(rank.formula);
    expect(rank.refusesInput).toBe(true);
    const score = cellUnder(view, 'I.1', 'BPLVN');
    expect(score).toMatchObject({ formula: null, refusesInput: false, editText: '23' });
    expect(score.validation?.kind).toBe('decimal');
  });

  it('follows a typed score: the rank and the leader change', async () => {
    const fresh = await presetHost();
    const address = cellUnder(sheetView(fresh, 'Chấm điểm'), 'I.1', 'BPLVN').address;
    fresh.setCellValue('Chấm điểm', address, 5);
    const after = sheetView(fresh, 'Chấm điểm');
    expect(cellUnder(after, 'Xếp hạng', 'BPLVN').display).toBe('8');
    expect(cellUnder(after, 'Dẫn đầu', 'CDLMB').display).toBe('x');
    expect(cellUnder(after, 'Dẫn đầu', 'BPLVN').display).toBe('');
  });

  it('lets a title run over the blank cells to its right, and never a number', () => {
    const view = sheetView(host, 'Chấm điểm');
    expect(view.rows[0]?.[0]).toMatchObject({ display: 'BẢNG CHẤM ĐIỂM THI ĐUA', overflows: true });
    expect(cellUnder(view, 'Tổng điểm', 'BPLVN').overflows).toBe(false);
  });

  it('draws frozen rows, merges, the plan column widths and a margin of blank cells', () => {
    const scores = sheetView(host, 'Chấm điểm');
    expect(scores.freezeRows).toBe(3);
    expect(scores.protect).toBe(true);
    expect(scores.rowCount).toBeGreaterThanOrEqual(13 + 12);
    const summary = sheetView(host, 'Tổng hợp');
    const merged = summary.rows.flat().filter((cell) => cell.span > 1);
    expect(merged.length).toBeGreaterThan(0);
    const first = merged[0];
    expect(summary.rows[first?.row ?? 0]?.[(first?.col ?? 0) + 1]?.covered).toBe(true);
    expect(summary.columnWidths[1]).toBe(columnPixels(34));
  });

  it('carries the summary chart with the clusters and values it plots now', () => {
    const summary = sheetView(host, 'Tổng hợp');
    expect(summary.charts).toHaveLength(1);
    const chart = summary.charts[0];
    expect(chart?.categories).toEqual(['Cụm thi đua số 2']);
    expect(chart?.series.map((s) => s.name)).toEqual(['Điểm TB', 'Cao nhất']);
    expect(chart?.series[1]?.values).toEqual([95.75]);
  });

  it('converts Excel widths to pixels as Excel does at 100 %', () => {
    expect(columnPixels(8.43)).toBe(64);
    expect(columnPixels(1000)).toBe(columnPixels(48));
  });
});
