import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as Xlsx from '../../src/xlsx/library';
import { readZip, writeZip } from '../support/zipParts';
import { createFileHost } from '../../src/xlsx/fileHost';
import { loadWorkbookFile, saveWorkbookFile } from '../../src/xlsx/workbookFile';
import type { TablePlan, WorkbookPlan } from '../../src/layout/plan';
import { samplePlan, scoresTable } from './samplePlan';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'thidua-host-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const SCORE_ROWS = [
  ['VP', 'K1', 50, 40, 43102, null, null, null],
  ['TTR', 'K1', 55.5, 30, null, null, null, null],
  ['CC1', 'K2', null, null, null, null, null, null],
];

async function writeSample(file: string): Promise<void> {
  const workbook = new Xlsx.Workbook();
  await createFileHost(workbook).applyPlan(() => samplePlan(SCORE_ROWS));
  await saveWorkbookFile(workbook, file);
}

function part(bytes: Buffer, name: string): string {
  const entry = readZip(bytes).find((e) => e.name === name);
  if (entry === undefined) throw new Error(`no part ${name}`);
  return entry.data.toString('utf8');
}

function tablePart(bytes: Buffer, table: string): string {
  const entry = readZip(bytes).find(
    (e) => e.name.startsWith('xl/tables/') && e.data.toString('utf8').includes(`name="${table}"`),
  );
  if (entry === undefined) throw new Error(`no table part for ${table}`);
  return entry.data.toString('utf8');
}

describe('createFileHost', () => {
  it('writes tables, formulas in the file form, and reads them back from the saved file', async () => {
    const file = path.join(dir, 'sample.xlsx');
    await writeSample(file);
    const data = await createFileHost(await loadWorkbookFile(file)).read();

    expect(data.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ['Danh mục', 'visible'],
      ['Chấm điểm', 'visible'],
      ['_meta', 'veryHidden'],
    ]);
    const units = data.tables.Units;
    expect(units?.sheet).toBe('Danh mục');
    expect(units?.origin).toEqual({ row: 2, col: 0 });
    expect(units?.headers).toEqual(['Mã đơn vị', 'Tên đơn vị', 'Mã cụm']);
    expect(units?.rows[2]).toEqual(['CC1', 'Phòng Công chứng số 1', 'K2']);

    const scores = data.tables.Scores;
    expect(scores?.rows).toHaveLength(3);
    // Input values come back as typed; the date cell as its serial; formulas have no cached result.
    expect(scores?.rows[0]?.slice(0, 5)).toEqual(['VP', 'K1', 50, 40, 43102]);
    expect(scores?.rows[0]?.[5]).toBeNull();
    expect(scores?.formulas?.[1]?.[5]).toBe(
      '=IF(COUNT(Scores[[#This Row],[I.1]],Scores[[#This Row],[I.2]])=0,"",ROUND(SUM(Scores[[#This Row],[I.1]],Scores[[#This Row],[I.2]]),2))',
    );
    expect(scores?.formulas?.[0]?.[7]).toBe(
      '=_xlfn.MAXIFS(Scores[Tổng điểm],Scores[Mã cụm],Scores[[#This Row],[Mã cụm]])',
    );
    expect(scores?.formulas?.[0]?.[0]).toBeNull();
    expect(data.names?.DS_DonVi).toBe('=Units[Mã đơn vị]');
  });

  it('stores what Excel needs: calculated columns, protection without password, print setup, validations', async () => {
    const file = path.join(dir, 'parts.xlsx');
    await writeSample(file);
    const bytes = await fs.readFile(file);

    const scores = tablePart(bytes, 'Scores');
    expect(scores).toContain('ref="A1:H4"');
    // A header row is the default: Excel, and the library, write headerRowCount only when it is 0.
    expect(scores).not.toContain('headerRowCount="0"');
    expect(scores).toContain(
      'name="Xếp hạng"><calculatedColumnFormula>IF(Scores[[#This Row],[Tổng điểm]]=&quot;&quot;,&quot;&quot;,COUNTIFS(Scores[Mã cụm],Scores[[#This Row],[Mã cụm]],Scores[Tổng điểm],&quot;&gt;&quot;&amp;Scores[[#This Row],[Tổng điểm]])+1)</calculatedColumnFormula></tableColumn>',
    );
    expect(scores).toMatch(/<tableColumn id="1" name="Mã đơn vị"[^>]*\/>/);

    const workbookXml = part(bytes, 'xl/workbook.xml');
    expect(workbookXml).toContain('<definedName name="DS_DonVi">Units[Mã đơn vị]</definedName>');
    expect(workbookXml).toContain('fullCalcOnLoad="1"');
    expect(workbookXml).toMatch(/<sheet [^>]*name="_meta"[^>]*state="veryHidden"/);

    const sheet = part(bytes, 'xl/worksheets/sheet2.xml');
    expect(sheet).toMatch(/<sheetProtection sheet="1"[^>]*\/>/);
    expect(sheet).not.toContain('hashValue');
    expect(sheet).toMatch(/<pageSetup [^>]*paperSize="9"[^>]*orientation="landscape"/);
    expect(sheet).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    expect(sheet).toContain('<formula1>DS_DonVi</formula1>');
    expect(sheet).toMatch(
      /<dataValidation type="decimal" allowBlank="1"[^>]*sqref="C2:C4"><formula1>0<\/formula1><formula2>60<\/formula2>/,
    );
    expect(sheet).toMatch(
      /<dataValidation type="date" operator="greaterThanOrEqual"[^>]*sqref="E2:E4"><formula1>43101<\/formula1>/,
    );
    expect(sheet).toMatch(/<cfRule type="expression" dxfId="\d+" priority="1"><formula>\$G2=1<\/formula>/);
    // Input cells are unlocked, computed cells keep the default lock.
    const loaded = await loadWorkbookFile(file);
    const ws = loaded.getWorksheet('Chấm điểm');
    expect(ws?.getCell('C2').protection?.locked).toBe(false);
    expect(ws?.getCell('F2').protection?.locked).not.toBe(false);
    expect(ws?.getCell('E2').numFmt).toBe('dd/mm/yyyy');
    expect(loaded.getWorksheet('Danh mục')?.getColumn(5).width).toBe(18);
  });

  it('writes the chart over its table columns, and replaces it rather than adding a copy', async () => {
    const workbook = new Xlsx.Workbook();
    const host = createFileHost(workbook);
    const result = await host.applyPlan(() => samplePlan(SCORE_ROWS));
    expect(result.notes).toEqual([]);
    expect(host.capabilities().charts).toBe(true);
    const file = path.join(dir, 'chart.xlsx');
    await saveWorkbookFile(workbook, file);
    const reloaded = await loadWorkbookFile(file);
    await createFileHost(reloaded).applyPlan(() => samplePlan(SCORE_ROWS));
    await saveWorkbookFile(reloaded, file);
    const charts = readZip(await fs.readFile(file)).filter((e) => /^xl\/charts\/chart\d+\.xml$/.test(e.name));
    expect(charts).toHaveLength(1);
    const chart = charts[0]?.data.toString('utf8') ?? '';
    expect(chart).toContain('So sánh các cụm');
    expect(chart).toMatch(/<c:barDir val="(col|bar)"\/>/);
    expect(chart).toContain('<c:f>&apos;Chấm điểm&apos;!$A$2:$A$4</c:f>');
  });

  it('re-applies a plan to a loaded file: keeps typed values, adds columns and rows, rewrites formulas', async () => {
    const file = path.join(dir, 'reapply.xlsx');
    await writeSample(file);
    const workbook = await loadWorkbookFile(file);
    // The officer types a score and overwrites a formula by mistake.
    const ws = workbook.getWorksheet('Chấm điểm');
    if (ws === undefined) throw new Error('no sheet');
    ws.getCell('C4').value = 42;
    ws.getCell('G2').value = 99;

    const host = createFileHost(workbook);
    const before = await host.read();
    const again: WorkbookPlan = samplePlan([]);
    const scores = again.sheets[1]?.tables[0] as TablePlan;
    again.sheets[1]!.tables[0] = {
      ...scores,
      existing: true,
      rows: [],
      addColumns: ['Ghi chú'],
      headers: [...scores.headers, 'Ghi chú'],
      columns: [...scores.columns, { header: 'Ghi chú', role: 'input', width: 30 }],
      appendRows: [['PBGDPL', 'K2', 30, 30, null, null, null, null, 'mới']],
      rowCount: 4,
    };
    again.sheets[0]!.tables[0] = { ...again.sheets[0]!.tables[0]!, existing: true, rows: [] };
    let seen: typeof before | null = null;
    await host.applyPlan((current) => {
      seen = current;
      return again;
    });
    expect(seen).toEqual(before);
    await saveWorkbookFile(workbook, file);

    const data = await createFileHost(await loadWorkbookFile(file)).read();
    const table = data.tables.Scores;
    expect(table?.headers).toEqual([...scoresTable([]).columns.map((c) => c.header), 'Ghi chú']);
    expect(table?.rows.map((r) => r.slice(0, 4))).toEqual([
      ['VP', 'K1', 50, 40],
      ['TTR', 'K1', 55.5, 30],
      ['CC1', 'K2', 42, null],
      ['PBGDPL', 'K2', 30, 30],
    ]);
    expect(table?.rows[3]?.[8]).toBe('mới');
    expect(table?.formulas?.[0]?.[6]).toMatch(/^=IF\(Scores\[\[#This Row\],\[Tổng điểm\]\]/);
    expect(table?.formulas?.[3]?.[6]).toBe(table?.formulas?.[0]?.[6]);
    expect(data.tables.Units?.rows).toHaveLength(3);
    const bytes = await fs.readFile(file);
    expect(tablePart(bytes, 'Scores')).toContain('ref="A1:I5"');
    // One conditional format, not one per set-up.
    expect(part(bytes, 'xl/worksheets/sheet2.xml').match(/<cfRule /g)).toHaveLength(1);
  });

  it('reads a table Excel saved without headerRowCount as having a header row', async () => {
    const file = path.join(dir, 'excel-saved.xlsx');
    await writeSample(file);
    const entries = readZip(await fs.readFile(file)).map((entry) =>
      entry.name.startsWith('xl/tables/')
        ? {
            name: entry.name,
            data: Buffer.from(
              entry.data
                .toString('utf8')
                .replace(' headerRowCount="1"', '')
                .replace(/<filterColumn [^>]*\/>/g, ''),
            ),
          }
        : entry,
    );
    await fs.writeFile(file, writeZip(entries));
    const workbook = await loadWorkbookFile(file);
    const data = await createFileHost(workbook).read();
    expect(data.tables.Units?.headers).toEqual(['Mã đơn vị', 'Tên đơn vị', 'Mã cụm']);
    expect(data.tables.Units?.rows).toHaveLength(3);
    // Saving it again keeps the header row and the filter buttons.
    const copy = path.join(dir, 'excel-saved-copy.xlsx');
    await saveWorkbookFile(workbook, copy);
    const units = tablePart(await fs.readFile(copy), 'Units');
    expect(units).not.toContain('headerRowCount="0"');
    expect(units).not.toContain('hiddenButton="1"');
  });

  it('reads messy cells as plain values', async () => {
    const workbook = new Xlsx.Workbook();
    await createFileHost(workbook).applyPlan(() => samplePlan(SCORE_ROWS));
    const ws = workbook.getWorksheet('Chấm điểm');
    if (ws === undefined) throw new Error('no sheet');
    ws.getCell('C2').value = '9,5';
    ws.getCell('D2').value = { richText: [{ text: 'mười ' }, { text: 'điểm' }] };
    ws.getCell('E2').value = new Date(Date.UTC(2018, 0, 30));
    ws.getCell('C3').value = { error: '#N/A' };
    ws.getCell('D3').value = '=A1+1';
    ws.getCell('F2').value = { formula: 'SUM(C2:D2)', result: 90 };
    ws.getCell('B4').value = 'Khối các Phòng chuyên môn'.normalize('NFD');
    const file = path.join(dir, 'messy.xlsx');
    await saveWorkbookFile(workbook, file);
    const rows = (await createFileHost(await loadWorkbookFile(file)).read()).tables.Scores?.rows;
    expect(rows?.[0]?.slice(2, 6)).toEqual(['9,5', 'mười điểm', 43130, 90]);
    expect(rows?.[1]?.slice(2, 4)).toEqual(['#N/A', '=A1+1']);
    // Kept as stored: the sheet's formulas tell a decomposed text from a composed one, so the checks must see it.
    expect(rows?.[2]?.[1]).toBe('Khối các Phòng chuyên môn'.normalize('NFD'));
  });

  it('selects a cell for goTo', async () => {
    const workbook = new Xlsx.Workbook();
    const host = createFileHost(workbook);
    await host.applyPlan(() => samplePlan(SCORE_ROWS));
    await host.goTo({ sheet: 'Chấm điểm', cell: 'C3' });
    expect(workbook.getWorksheet('Chấm điểm')?.views[0]?.activeCell).toBe('C3');
    expect(workbook.views[0]?.activeTab).toBe(1);
    await expect(host.goTo({ sheet: 'Không có', cell: 'A1' })).rejects.toThrow();
  });

  it('puts sheets in the plan order and keeps a sheet of the officer after the one it followed', async () => {
    const workbook = new Xlsx.Workbook();
    const host = createFileHost(workbook);
    const plan = samplePlan(SCORE_ROWS);
    await host.applyPlan(() => plan);
    workbook.addWorksheet('Ghi chép riêng');
    const swapped: WorkbookPlan = {
      ...plan,
      sheets: [plan.sheets[1]!, plan.sheets[0]!, plan.sheets[2]!].map((sheet) => ({
        ...sheet,
        existing: true,
        tables: sheet.tables.map((t) => ({ ...t, existing: true, rows: [] })),
      })),
    };
    await host.applyPlan(() => swapped);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Chấm điểm',
      'Danh mục',
      '_meta',
      'Ghi chép riêng',
    ]);
    const file = path.join(dir, 'order.xlsx');
    await saveWorkbookFile(workbook, file);
    expect((await createFileHost(await loadWorkbookFile(file)).read()).sheets.map((s) => s.name)).toEqual([
      'Chấm điểm',
      'Danh mục',
      '_meta',
      'Ghi chép riêng',
    ]);
  });

  it('replaces a sheet the plan rebuilds, at the same place', async () => {
    const workbook = new Xlsx.Workbook();
    const host = createFileHost(workbook);
    const plan = samplePlan(SCORE_ROWS);
    await host.applyPlan(() => plan);
    workbook.getWorksheet('Danh mục')!.getCell('H20').value = 'cũ';
    const rebuilt: WorkbookPlan = {
      ...plan,
      sheets: plan.sheets.map((sheet, i) =>
        i === 0
          ? { ...sheet, existing: true, replace: true }
          : {
              ...sheet,
              existing: true,
              tables: sheet.tables.map((t) => ({ ...t, existing: true, rows: [] })),
            },
      ),
    };
    await host.applyPlan(() => rebuilt);
    const file = path.join(dir, 'replace.xlsx');
    await saveWorkbookFile(workbook, file);
    const loaded = await loadWorkbookFile(file);
    expect(loaded.worksheets.map((w) => w.name)).toEqual(['Danh mục', 'Chấm điểm', '_meta']);
    expect(loaded.getWorksheet('Danh mục')?.getCell('H20').value).toBeNull();
    const data = await createFileHost(loaded).read();
    expect(data.tables.Units?.rows).toHaveLength(3);
    expect(data.tables.Scores?.rows).toHaveLength(3);
  });

  it('writes nothing when the plan holds an error', async () => {
    const workbook = new Xlsx.Workbook();
    const plan: WorkbookPlan = {
      ...samplePlan(SCORE_ROWS),
      issues: [
        {
          code: 'COLUMN_MISSING',
          severity: 'error',
          table: 'Scores',
          row: null,
          column: 'Mã cụm',
          message: 'Bảng "Scores" thiếu cột "Mã cụm".',
          messageEn: 'Missing column.',
        },
      ],
    };
    const result = await createFileHost(workbook).applyPlan(() => plan);
    expect(result.plan).toBe(plan);
    expect(workbook.worksheets).toHaveLength(0);
  });

  it('writes the constants of a computed column without formula, and single cell formats', async () => {
    const workbook = new Xlsx.Workbook();
    const plan = samplePlan(SCORE_ROWS);
    const units = plan.sheets[0]!.tables[0]!;
    plan.sheets[0]!.tables[0] = {
      ...units,
      headers: [...units.headers, 'Thứ tự'],
      columns: [...units.columns, { header: 'Thứ tự', role: 'computed' }],
      rows: units.rows.map((row, i) => [...row, i + 1]),
      cellFormats: [{ row: 1, column: 'Mã cụm', numberFormat: '@' }],
    };
    await createFileHost(workbook).applyPlan(() => plan);
    const ws = workbook.getWorksheet('Danh mục')!;
    expect([ws.getCell('D4').value, ws.getCell('D5').value, ws.getCell('D6').value]).toEqual([1, 2, 3]);
    expect(ws.getCell('D4').protection?.locked).toBe(true);
    expect(ws.getCell('C5').numFmt).toBe('@');
    expect(ws.getCell('C4').numFmt).not.toBe('@');
  });

  it('freezes columns as well as rows', async () => {
    const workbook = new Xlsx.Workbook();
    const plan = samplePlan(SCORE_ROWS);
    plan.sheets[1]!.freezeColumns = 2;
    await createFileHost(workbook).applyPlan(() => plan);
    expect(workbook.getWorksheet('Chấm điểm')?.views[0]).toMatchObject({
      state: 'frozen',
      xSplit: 2,
      ySplit: 1,
      topLeftCell: 'C2',
    });
  });

  it('hides a column the plan hides, in the saved file too', async () => {
    const workbook = new Xlsx.Workbook();
    const plan = samplePlan(SCORE_ROWS);
    const sheet = plan.sheets.find((s) => s.name === 'Chấm điểm');
    const table = sheet?.tables[0];
    if (sheet === undefined || table === undefined) throw new Error('the sample plan has no scores table');
    sheet.tables[0] = {
      ...table,
      columns: table.columns.map((c, j) => (j === 1 ? { ...c, hidden: true } : c)),
    };
    await createFileHost(workbook).applyPlan(() => plan);
    const file = path.join(dir, 'an-cot.xlsx');
    await saveWorkbookFile(workbook, file);
    const saved = (await loadWorkbookFile(file)).getWorksheet('Chấm điểm');
    expect(saved?.getColumn(table.origin.col + 2).hidden).toBe(true);
    expect(saved?.getColumn(table.origin.col + 1).hidden).toBe(false);
  });

  it('rules every cell of a ruled table, header included, and wraps the header of a wrapped column', async () => {
    const workbook = new Xlsx.Workbook();
    const plan = samplePlan(SCORE_ROWS);
    const sheet = plan.sheets.find((s) => s.tables.some((t) => t.name === 'Units'));
    const at = sheet?.tables.findIndex((t) => t.name === 'Units') ?? -1;
    const units = sheet?.tables[at];
    if (sheet === undefined || units === undefined) throw new Error('the sample plan has a Units table');
    sheet.tables[at] = { ...units, ruled: true };
    await createFileHost(workbook).applyPlan(() => plan);
    const file = path.join(dir, 'ke-o.xlsx');
    await saveWorkbookFile(workbook, file);
    const saved = (await loadWorkbookFile(file)).getWorksheet(units.sheet);
    if (saved === undefined) throw new Error('the sheet was saved');
    const top = units.origin.row + 1;
    const left = units.origin.col + 1;
    for (let r = top; r <= top + units.rowCount; r++) {
      for (let c = left; c < left + units.headers.length; c++) {
        const border = saved.getCell(r, c).border;
        expect([
          border?.top?.style,
          border?.left?.style,
          border?.bottom?.style,
          border?.right?.style,
        ]).toEqual(['thin', 'thin', 'thin', 'thin']);
      }
    }
    // Below the table and beside it: no line.
    expect(saved.getCell(top + units.rowCount + 1, left).border?.top).toBeUndefined();
    expect(saved.getCell(top, left + units.headers.length).border?.left).toBeUndefined();
    // "Tên đơn vị" wraps, and its header with it; "Mã đơn vị" does not.
    expect(saved.getCell(top, left + 1).alignment?.wrapText).toBe(true);
    expect(saved.getCell(top, left).alignment?.wrapText).toBeUndefined();
  });

  it('stores a ruling conditional format as a thin border on all four sides, with no fill', async () => {
    const workbook = new Xlsx.Workbook();
    const plan = samplePlan(SCORE_ROWS);
    const sheet = plan.sheets.find((s) => s.name === 'Chấm điểm');
    if (sheet === undefined) throw new Error('the sample plan has Chấm điểm');
    sheet.conditionalFormats = [
      { sheet: 'Chấm điểm', range: 'A1:C4', formula: '=$A1<>""', ruled: true, meaning: 'Kẻ khung' },
    ];
    await createFileHost(workbook).applyPlan(() => plan);
    const file = path.join(dir, 'ke-co-dieu-kien.xlsx');
    await saveWorkbookFile(workbook, file);
    const bytes = await fs.readFile(file);
    const styles = part(bytes, 'xl/styles.xml');
    const dxf = styles.slice(styles.indexOf('<dxfs'), styles.indexOf('</dxfs>'));
    for (const side of ['left', 'right', 'top', 'bottom'])
      expect(dxf).toMatch(new RegExp(`<${side} style="thin"`));
    expect(dxf).not.toContain('<fill>');
    expect(part(bytes, 'xl/worksheets/sheet2.xml')).toMatch(/<conditionalFormatting sqref="A1:C4">/);
  });

  it('draws no line on a table that is not ruled', async () => {
    const workbook = new Xlsx.Workbook();
    const plan = samplePlan(SCORE_ROWS);
    await createFileHost(workbook).applyPlan(() => plan);
    const units = plan.sheets.flatMap((s) => s.tables).find((t) => t.name === 'Units');
    if (units === undefined) throw new Error('the sample plan has a Units table');
    const cell = workbook.getWorksheet(units.sheet)?.getCell(units.origin.row + 2, units.origin.col + 1);
    expect(cell?.border?.top).toBeUndefined();
  });

  it('writes one validation range per column, never overlapping ones, from ten rows on', async () => {
    const rows = Array.from({ length: 25 }, (_, i) => [`DV${i + 1}`, 'K1', 5, 5, null, null, null, null]);
    const workbook = new Xlsx.Workbook();
    await createFileHost(workbook).applyPlan(() => samplePlan(rows));
    const file = path.join(dir, 'validations.xlsx');
    await saveWorkbookFile(workbook, file);
    const sqrefs = (xml: string): string[] =>
      [...xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].map((m) => m[1] ?? '');
    const sheet = part(await fs.readFile(file), 'xl/worksheets/sheet2.xml');
    expect(sqrefs(sheet).sort()).toEqual(['A2:A26', 'C2:C26', 'D2:D26', 'E2:E26']);

    // A file read back and saved again keeps them as they were.
    const again = path.join(dir, 'validations-again.xlsx');
    await saveWorkbookFile(await loadWorkbookFile(file), again);
    expect(sqrefs(part(await fs.readFile(again), 'xl/worksheets/sheet2.xml')).sort()).toEqual([
      'A2:A26',
      'C2:C26',
      'D2:D26',
      'E2:E26',
    ]);
  });
});
