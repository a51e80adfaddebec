// Large lookup ranges given to the engine by name: which ranges are named, how formulas are rewritten,
// and that the workbench's engine (names, narrowed ranking calls, indexed criteria, clusters read before
// the build) computes every cell of a random campaign's workbook as HyperFormula does from the
// formulas as written, before and after scores change.
import fc from 'fast-check';
import type { Campaign } from '../../src/domain/model';
import { a1 } from '../../src/domain/workbook';
import { buildPlan } from '../../src/layout/buildPlan';
import { createMemoryHost, type MemoryHost } from '../../src/memory/memoryHost';
import {
  SHARED_BLOCK_ROWS,
  SHARED_RANGE_MIN_READERS,
  SHARED_READERS_PER_NAME,
  shareRanges,
} from '../../src/memory/sharedRanges';
import { generateCampaign } from '../../bench/workload';
import { campaignArb } from './campaignArbitrary';

const LOOKUP = `=IFERROR(INDEX('Danh mục'!$H$3:$H$1002,MATCH(A4,'Danh mục'!$G$3:$G$1002,0)),"")`;

describe('shared ranges', () => {
  it('name a large range that several formulas pass whole to a lookup, and only such a range', () => {
    const shared = shareRanges([
      { sheet: 'Đăng ký', pos: { row: 3 }, formula: LOOKUP },
      { sheet: 'Đăng ký', pos: { row: 4 }, formula: LOOKUP.replace('A4', 'A5') },
      // Read by one formula only, too small, not a whole argument, not a lookup, inside a string.
      { sheet: 'Đăng ký', pos: { row: 5 }, formula: '=INDEX($B$4:$B$2000,1)' },
      { sheet: 'Đăng ký', pos: { row: 6 }, formula: '=MATCH(A7,$C$4:$C$20,0)+MATCH(A7,$C$4:$C$20,0)' },
      { sheet: 'Đăng ký', pos: { row: 7 }, formula: '=SUM($D$4:$D$2000)+SUM($D$4:$D$2000)' },
      {
        sheet: 'Đăng ký',
        pos: { row: 8 },
        formula: '=INDEX($E$4:$E$2000 $E$5:$E$9,1)&INDEX($E$4:$E$2000 $E$5:$E$9,1)',
      },
      { sheet: 'Đăng ký', pos: { row: 9 }, formula: '="INDEX($F$4:$F$2000,1)"&"INDEX($F$4:$F$2000,1)"' },
    ]);
    expect(shared.names).toEqual([
      { name: '_Range1', expression: "='Danh mục'!$H$3:$H$1002" },
      { name: '_Range2', expression: "='Danh mục'!$G$3:$G$1002" },
    ]);
    expect(shared.rewrite('Đăng ký', 4, LOOKUP.replace('A4', 'A5'))).toBe(
      '=IFERROR(INDEX(_Range1,MATCH(A5,_Range2,0)),"")',
    );
    expect(shared.shared.slice(0, 3)).toEqual([
      '=IFERROR(INDEX(_Range1,MATCH(A4,_Range2,0)),"")',
      '=IFERROR(INDEX(_Range1,MATCH(A5,_Range2,0)),"")',
      '=INDEX($B$4:$B$2000,1)',
    ]);
    expect(shared.rewrite('Đăng ký', 7, '=SUM($D$4:$D$2000)+SUM($D$4:$D$2000)')).toBe(
      '=SUM($D$4:$D$2000)+SUM($D$4:$D$2000)',
    );
  });

  it('qualify a range by the sheet of the formula, and give each block of rows a name of its own', () => {
    const local = '=INDEX($B$4:$B$1003,MATCH(C9,$AX$4:$AX$1003,0))';
    const far = SHARED_BLOCK_ROWS * 3;
    const shared = shareRanges([
      { sheet: "Chấm điểm's", pos: { row: 1 }, formula: local },
      { sheet: "Chấm điểm's", pos: { row: 2 }, formula: local },
      { sheet: "Chấm điểm's", pos: { row: far }, formula: local },
      { sheet: "Chấm điểm's", pos: { row: far + 1 }, formula: local },
    ]);
    // Each range once, and each block's name standing for it: the range is read once.
    expect(shared.names.map((n) => n.expression)).toEqual([
      "='Chấm điểm''s'!$B$4:$B$1003",
      "='Chấm điểm''s'!$AX$4:$AX$1003",
      '=_Range5',
      '=_Range6',
      '=_Range5',
      '=_Range6',
    ]);
    expect(shared.names.slice(0, 2).map((n) => n.name)).toEqual(['_Range5', '_Range6']);
    expect(shared.rewrite("Chấm điểm's", 2, local)).toBe('=INDEX(_Range1,MATCH(C9,_Range2,0))');
    expect(shared.rewrite("Chấm điểm's", far + 1, local)).toBe('=INDEX(_Range3,MATCH(C9,_Range4,0))');
    // A row no name was made for keeps its ranges.
    expect(shared.rewrite("Chấm điểm's", far * 2, local)).toBe(local);
  });
});

describe('shared cells', () => {
  /** A council's points: three cells of a one-row Reviews table, read three times by each formula. */
  const points = (row: number, code: string): string =>
    `=IF(COUNTIFS('Hội đồng'!$U$4,A${row + 1},'Hội đồng'!$V$4,"${code}",'Hội đồng'!$AB$4,">=0")>0,` +
    `SUMIFS('Hội đồng'!$AB$4,'Hội đồng'!$U$4,A${row + 1},'Hội đồng'!$V$4,"${code}"),$B$1)`;

  it('name a cell thousands of formulas read where they take a range, fewer rows to a name the more each row reads it', () => {
    const rows = Array.from({ length: 600 }, (_, row) => row);
    const formulas = rows.flatMap((row) =>
      ['I.1', 'I.2'].map((code) => ({ sheet: 'Chấm điểm', pos: { row }, formula: points(row, code) })),
    );
    const shared = shareRanges(formulas);
    // Each row reads $U$4 four times: a name serves SHARED_READERS_PER_NAME / 4 rows.
    const rowsPerName = Math.floor(SHARED_READERS_PER_NAME / 4);
    const blocks = Math.ceil(rows.length / rowsPerName);
    const of = (expression: string): number => shared.names.filter((n) => n.expression === expression).length;
    expect(of("='Hội đồng'!$U$4:$U$4")).toBe(1);
    expect(of("='Hội đồng'!$AB$4:$AB$4")).toBe(1);
    const cell = shared.names.find((n) => n.expression === "='Hội đồng'!$U$4:$U$4")?.name ?? '';
    expect(of(`=${cell}`)).toBe(blocks);
    // The criterion cell $B$1 and the row's own A cell stay as written.
    expect(shared.shared[0]).toMatch(
      /^=IF\(COUNTIFS\(_Range\d+,A1,_Range\d+,"I\.1",_Range\d+,">=0"\)>0,SUMIFS\(_Range\d+,_Range\d+,A1,_Range\d+,"I\.1"\),\$B\$1\)$/,
    );
    // Rows of different blocks read different names; rows of one block the same.
    const namesOf = (i: number): string[] => shared.shared[i]?.match(/_Range\d+/g) ?? [];
    expect(namesOf(0)).toEqual(namesOf(2));
    expect(namesOf(0)).not.toEqual(namesOf(2 * rowsPerName));
  });

  it('leave a small range few formulas read as written', () => {
    const few = Array.from({ length: SHARED_RANGE_MIN_READERS / 8 }, (_, row) => ({
      sheet: 'Chấm điểm',
      pos: { row },
      formula: points(row, 'I.1'),
    }));
    expect(shareRanges(few).names).toEqual([]);
  });
});

function allValues(host: MemoryHost): unknown[] {
  return host.sheetNames().map((sheet) => host.getSheetValues(sheet));
}

async function hosts(campaign: Campaign): Promise<[MemoryHost, MemoryHost]> {
  const ours = createMemoryHost();
  const plain = createMemoryHost({ plainEngine: true });
  await ours.applyPlan((current) => buildPlan(campaign, current));
  await plain.applyPlan((current) => buildPlan(campaign, current));
  return [ours, plain];
}

describe("the workbench's engine against HyperFormula as it ships", () => {
  it('computes every cell of the workbook alike, and again after scores change', async () => {
    await fc.assert(
      fc.asyncProperty(
        campaignArb,
        fc.array(
          fc.tuple(fc.nat(), fc.nat(), fc.oneof(fc.constant(null), fc.integer({ min: -2, max: 20 }))),
          {
            maxLength: 3,
          },
        ),
        async (campaign, edits) => {
          const [ours, plain] = await hosts(campaign);
          expect(ours.formulaProblems()).toEqual([]);
          expect(allValues(ours)).toEqual(allValues(plain));
          const scores = ours.tables().find((t) => t.name === 'Scores');
          if (scores === undefined || scores.rowCount === 0) return;
          const inputs = scores.columns.flatMap((c, i) => (c.role === 'input' && i > 0 ? [i] : []));
          for (const [r, c, value] of edits) {
            const col = inputs[c % Math.max(1, inputs.length)];
            if (col === undefined) continue;
            const address = a1({
              row: scores.origin.row + 1 + (r % scores.rowCount),
              col: scores.origin.col + col,
            });
            ours.setCellValue(scores.sheet, address, value);
            plain.setCellValue(scores.sheet, address, value);
          }
          expect(allValues(ours)).toEqual(allValues(plain));
        },
      ),
      { numRuns: 15 },
    );
  }, 240_000);

  it('computes a workbook large enough for shared ranges alike, and again after a score changes', async () => {
    // 200 units and 1,200 registrations: lookup ranges of 200 rows, read from five blocks of rows.
    const campaign = generateCampaign({
      id: 'medium',
      label: 'medium',
      clusters: 8,
      units: 200,
      registrations: 1200,
    });
    const [ours, plain] = await hosts(campaign);
    expect(ours.formulaProblems()).toEqual([]);
    expect(allValues(ours)).toEqual(allValues(plain));
    const scores = ours.tables().find((t) => t.name === 'Scores');
    if (scores === undefined) throw new Error('no Scores table');
    const address = a1({ row: scores.origin.row + 1 + 117, col: scores.origin.col + 3 });
    ours.setCellValue(scores.sheet, address, 0);
    plain.setCellValue(scores.sheet, address, 0);
    expect(allValues(ours)).toEqual(allValues(plain));
  }, 240_000);
});
