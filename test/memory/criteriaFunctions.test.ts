// COUNTIFS, SUMIFS, MATCH, IF and IFERROR of the workbench's engine (without HyperFormula's column
// index) answer exactly as HyperFormula's own: on random columns of texts (case and accents varied),
// numbers, numbers written as text, booleans and blanks, with criteria of every kind, before and after
// cells of the ranges change.
import fc from 'fast-check';
import { HyperFormula, type RawCellContent } from 'hyperformula';
import { indexedCriteriaPlugins } from '../../src/memory/criteriaFunctions';
import { ENGINE_CONFIG, workbenchEngineConfig } from '../../src/memory/formulaEngine';

const ROWS = 12;

const cellArb: fc.Arbitrary<RawCellContent> = fc.oneof(
  fc.constantFrom("'CUM01", "'cum01", "'Cụm 1", "'cum 1", "'CỤM 1", "'x", "'X", "'Đạt", "'đạt", "'Không đạt"),
  fc.constantFrom("'01", "'1", "'1.5", "' x", "'x ", "'", "'a*b", "'true"),
  fc.integer({ min: -3, max: 3 }),
  fc.constantFrom(1.5, 0.1 + 0.2, 0.3),
  fc.boolean(),
  fc.constant(null),
);

/** Criteria as a formula writes them: a literal, or a comparison built from a value. */
const criterionArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '"CUM01"',
    '"cụm 1"',
    '"Cum 1"',
    '"x"',
    '"đạt"',
    '"Không đạt"',
    '"01"',
    '"1"',
    '"1.5"',
    '0.3',
    '1',
    '-1',
    'TRUE()',
    '""',
    '"="',
    '"<>"',
    '"<>x"',
    '">0"',
    '"<=1"',
    '">=cum"',
    '"cum*"',
    '"?"',
    '"a~*b"',
    '" x"',
  ),
  // A criterion read from a cell of the table, as the ranking formulas do.
  fc.integer({ min: 1, max: ROWS }).map((row) => `A${row}`),
  fc.integer({ min: 1, max: ROWS }).map((row) => `">"&C${row}`),
);

const callArb = fc.record({
  criteria: fc.array(fc.tuple(fc.constantFrom('A', 'B', 'C'), criterionArb), { minLength: 1, maxLength: 3 }),
  sum: fc.constantFrom('A', 'B', 'C'),
});

type Call = { criteria: [string, string][]; sum: string };

function formulas(calls: readonly Call[]): string[] {
  const range = (column: string): string => `$${column}$1:$${column}$${ROWS}`;
  return calls.flatMap(({ criteria, sum }) => {
    const pairs = criteria.map(([column, criterion]) => `${range(column)},${criterion}`).join(',');
    const [column = 'A', key = '""'] = criteria[0] ?? [];
    return [
      `=COUNTIFS(${pairs})`,
      `=SUMIFS(${range(sum)},${pairs})`,
      // MATCH down a column and along a row, exact and not; IF and IFERROR over errors, blanks, texts
      // and arrays, the branch not taken never evaluated by the workbench's engine.
      `=MATCH(${key},${range(column)},0)`,
      `=MATCH(${key},$A$3:$C$3,0)`,
      `=MATCH(${key},${range(sum)})`,
      `=IFERROR(MATCH(${key},${range(column)},0),"không có")`,
      `=IF(COUNTIFS(${pairs})>0,ROUND(SUMIFS(${range(sum)},${pairs})/COUNTIFS(${pairs}),2),IF(ISNUMBER(${sum}2),${sum}2,""))`,
      `=IF(${column}4,"có")`,
      `=IF(${column}5="","",1/${sum}5)`,
      `=SUMPRODUCT(IF(${range(column)}=${key},1,0))`,
      `=SUMPRODUCT(IF(${key}="x",1,${range(sum)}))`,
      `=SUMPRODUCT(IF(${key}="x",1,(${range(sum)}>0)*1))`,
      `=SUMPRODUCT(IF(${key}="x",1,ABS(-COUNTIFS(${range(column)},${key}))+LEN(${range(sum)})))`,
      `=SUMPRODUCT(IFERROR(1/${range(sum)},0))`,
      `=IFERROR(SMALL(${range(sum)},${criteria.length}),"")&"|"&LARGE(${range(column)},2)`,
    ];
  });
}

function build(rows: RawCellContent[][], calls: readonly Call[], indexed: boolean): HyperFormula {
  const sheet = rows.map((row, r) => [...row, ...(r === 0 ? formulas(calls) : [])]);
  return HyperFormula.buildFromSheets({ S: sheet }, indexed ? workbenchEngineConfig() : ENGINE_CONFIG);
}

function results(hf: HyperFormula, calls: readonly Call[]): unknown[] {
  return formulas(calls).map((_, i) => {
    const value = hf.getCellValue({ sheet: 0, row: 0, col: 3 + i });
    return typeof value === 'object' && value !== null ? `error ${value.type}` : value;
  });
}

describe('COUNTIFS, SUMIFS and MATCH from an index, IF and IFERROR evaluating one branch', () => {
  it('answer as HyperFormula does, and again after cells of the ranges change', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(cellArb, cellArb, cellArb), { minLength: ROWS, maxLength: ROWS }),
        fc.array(callArb, { minLength: 1, maxLength: 4 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: ROWS - 1 }), fc.integer({ min: 0, max: 2 }), cellArb), {
          maxLength: 4,
        }),
        (rows, calls, edits) => {
          const ours = build(rows, calls, true);
          const theirs = build(rows, calls, false);
          try {
            expect(results(ours, calls)).toEqual(results(theirs, calls));
            for (const [row, col, value] of edits) {
              ours.setCellContents({ sheet: 0, row, col }, [[value]]);
              theirs.setCellContents({ sheet: 0, row, col }, [[value]]);
              expect(results(ours, calls)).toEqual(results(theirs, calls));
            }
          } finally {
            ours.destroy();
            theirs.destroy();
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('count each text of a long column through its index, whatever its case', () => {
    const rows: RawCellContent[][] = Array.from({ length: 2000 }, (_, i) => [
      `'CUM${String(i % 40).padStart(2, '0')}`,
    ]);
    rows[0]?.push('=COUNTIFS($A$1:$A$2000,"cum07")', '=COUNTIFS($A$1:$A$2000,"CUM07",$A$1:$A$2000,"<>")');
    const hf = HyperFormula.buildFromSheets(
      { S: rows },
      { ...ENGINE_CONFIG, functionPlugins: indexedCriteriaPlugins() },
    );
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 1 })).toBe(50);
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 2 })).toBe(50);
    hf.setCellContents({ sheet: 0, row: 1999, col: 0 }, [["'cum07"]]);
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 1 })).toBe(51);
    hf.destroy();
  });

  it("keep Excel's ROUND and every other function of the engine", () => {
    const hf = HyperFormula.buildFromSheets(
      {
        S: [
          ['=ROUND(165.885,2)', '=MAXIFS(B2:B3,B2:B3,">0")'],
          [null, 4],
          [null, 7],
        ],
      },
      { ...ENGINE_CONFIG, functionPlugins: indexedCriteriaPlugins() },
    );
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 0 })).toBe(165.89);
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 1 })).toBe(7);
    hf.destroy();
  });
});
