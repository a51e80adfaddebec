import fc from 'fast-check';
import {
  FormulaFormError,
  toA1Formula,
  toFileFormula,
  tokenizeFormula,
  type A1Context,
} from '../../src/geometry/formulaForms';
import { tableAt } from './support/tables';

// Scores on 'Chấm điểm' from A1: data rows 2–41; columns A…I.
const scores = tableAt(
  'Scores',
  'Chấm điểm',
  'A1',
  ['Mã đơn vị', 'Tên đơn vị', 'Mã cụm', 'I.1', 'I.2', 'II.1', 'III.2', 'Tổng điểm', 'Xếp hạng'],
  40,
);
// Units on 'Danh mục' from B3: header row 3, data rows 4–13; columns B…E.
const units = tableAt('Units', 'Danh mục', 'B3', ['Mã đơn vị', 'Tên đơn vị', 'Mã cụm', 'Số người'], 10);
// Headers with the characters a structured reference must escape.
const odd = tableAt('Odd', 'Sheet1', 'A1', ['a[b]', "it's", '#n', 'x'], 3);
const empty = tableAt('Empty', 'Tổng hợp', 'A5', ['A', 'B'], 0);
const tables = { Scores: scores, Units: units, Odd: odd, Empty: empty };
const names = { DS_DonVi: '=Units[Mã đơn vị]', HaiLanSoNguoi: '=SUM(Units[Số người])*2' };

const RANK = '=IF([@[Tổng điểm]]="","",1+COUNTIFS([Mã cụm],[@[Mã cụm]],[Tổng điểm],">"&[@[Tổng điểm]]))';

describe('toFileFormula', () => {
  const golden: [string, string | undefined, string][] = [
    [
      RANK,
      'Scores',
      'IF(Scores[[#This Row],[Tổng điểm]]="","",1+COUNTIFS(Scores[Mã cụm],Scores[[#This Row],[Mã cụm]],Scores[Tổng điểm],">"&Scores[[#This Row],[Tổng điểm]]))',
    ],
    ['=ROUND(SUM([@[I.1]:[III.2]]),2)', 'Scores', 'ROUND(SUM(Scores[[#This Row],[I.1]:[III.2]]),2)'],
    ['=SUM([I.1])', 'Scores', 'SUM(Scores[[I.1]])'],
    ['=SUM(Scores[[I.1]:[I.2]])', undefined, 'SUM(Scores[[I.1]:[I.2]])'],
    [
      '=MAXIFS(Scores[Tổng điểm],Scores[Mã cụm],[@[Mã cụm]])',
      'ClusterSummary',
      '_xlfn.MAXIFS(Scores[Tổng điểm],Scores[Mã cụm],ClusterSummary[[#This Row],[Mã cụm]])',
    ],
    ['=IF([@X]="[@[Y]]","a]b",[@X])', 'T', 'IF(T[[#This Row],[X]]="[@[Y]]","a]b",T[[#This Row],[X]])'],
    [
      "=Odd[a'[b']]&Odd[[#This Row],[it''s]]&[@['#n]]",
      'Odd',
      "Odd[[a'[b']]]&Odd[[#This Row],[it''s]]&Odd[[#This Row],['#n]]",
    ],
    ['=Units[[#Headers],[Mã cụm]]', undefined, 'Units[[#Headers],[Mã cụm]]'],
    ['=ROWS(Units[#Data])+ROWS(Units[])', undefined, 'ROWS(Units[#Data])+ROWS(Units[#Data])'],
    ['=COUNTIFS([Mã cụm],[@Mã cụm])', 'Scores', 'COUNTIFS(Scores[Mã cụm],Scores[[#This Row],[Mã cụm]])'],
    ['=SUM(Scores[[#This Row], [I.1]:[I.2]])', undefined, 'SUM(Scores[[#This Row],[I.1]:[I.2]])'],
    ['=COUNTA([@])', 'Scores', 'COUNTA(Scores[#This Row])'],
    ['=Units[Mã đơn vị]', undefined, 'Units[Mã đơn vị]'],
    ['=_xlfn.IFS(A1>1,1,TRUE,2)', undefined, '_xlfn.IFS(A1>1,1,TRUE,2)'],
    [
      '=IFS(A1>1,"IFS(",TRUE,2)&TEXTJOIN(",",TRUE,Units[Mã đơn vị])&concat("a")&FILTER(A1:A3,B1:B3)',
      undefined,
      '_xlfn.IFS(A1>1,"IFS(",TRUE,2)&_xlfn.TEXTJOIN(",",TRUE,Units[Mã đơn vị])&_xlfn.concat("a")&_xlfn._xlws.FILTER(A1:A3,B1:B3)',
    ],
    ["='Chấm điểm'!A1+Sheet1!$B$2+'It''s'!C3", undefined, "'Chấm điểm'!A1+Sheet1!$B$2+'It''s'!C3"],
    ['=IFERROR(1/0,#N/A)', undefined, 'IFERROR(1/0,#N/A)'],
    [
      '=SUMPRODUCT(([Mã cụm]=[@[Mã cụm]])*([Tổng điểm]>1.5E+1))',
      'Scores',
      'SUMPRODUCT((Scores[Mã cụm]=Scores[[#This Row],[Mã cụm]])*(Scores[Tổng điểm]>1.5E+1))',
    ],
  ];

  it.each(golden)('stores %s in the file form', (formula, table, expected) => {
    expect(toFileFormula(formula, table)).toBe(expected);
  });

  it('refuses a column reference when the formula sits in no table', () => {
    expect(() => toFileFormula('=SUM([I.1])')).toThrow(FormulaFormError);
  });

  it('refuses an unterminated string and an unknown item', () => {
    expect(() => toFileFormula('="abc', 'Scores')).toThrow(/Unterminated string/);
    expect(() => toFileFormula('=Scores[[#Everything],[I.1]]')).toThrow(/Unknown item/);
  });
});

describe('toA1Formula', () => {
  const inScores = (row: number): A1Context => ({ tables, names, sheet: 'Chấm điểm', table: 'Scores', row });

  const golden: [string, A1Context, string][] = [
    [RANK, inScores(1), '=IF(H2="","",1+COUNTIFS($C$2:$C$41,C2,$H$2:$H$41,">"&H2))'],
    [RANK, inScores(40), '=IF(H41="","",1+COUNTIFS($C$2:$C$41,C41,$H$2:$H$41,">"&H41))'],
    ['=ROUND(SUM([@[I.1]:[III.2]]),2)', inScores(1), '=ROUND(SUM(D2:G2),2)'],
    ['=SUM(Scores[[I.1]:[I.2]])', inScores(3), '=SUM($D$2:$E$41)'],
    ['=Units[Mã cụm]', inScores(1), "='Danh mục'!$D$4:$D$13"],
    [
      '=INDEX(Units[Tên đơn vị],MATCH([@[Mã đơn vị]],Units[Mã đơn vị],0))',
      inScores(5),
      "=INDEX('Danh mục'!$C$4:$C$13,MATCH(A6,'Danh mục'!$B$4:$B$13,0))",
    ],
    ['=Units[[#This Row],[Mã cụm]]', { tables, sheet: 'Danh mục', table: 'Units', row: 5 }, '=D6'],
    ['=Units[[#Headers],[Mã cụm]]', { tables, sheet: 'Danh mục' }, '=$D$3'],
    ['=ROWS(Units[#Data])', { tables }, "=ROWS('Danh mục'!$B$4:$E$13)"],
    ['=ROWS(Units[#All])', { tables }, "=ROWS('Danh mục'!$B$3:$E$13)"],
    ['=Scores[Tổng điểm]', { tables, sheet: 'Chấm điểm' }, '=$H$2:$H$41'],
    ['=COUNTIF(DS_DonVi,[@[Mã đơn vị]])', inScores(1), "=COUNTIF('Danh mục'!$B$4:$B$13,A2)"],
    ['=ds_donvi', { tables, names }, "='Danh mục'!$B$4:$B$13"],
    ['=1+HaiLanSoNguoi', { tables, names }, "=1+(SUM('Danh mục'!$E$4:$E$13)*2)"],
    ['=[@[Tổng điểm]]', { ...inScores(2), thisRow: 'absolute' }, '=$H$3'],
    ['=SUM(Empty[A])', { tables, sheet: 'Tổng hợp' }, '=SUM($A$6)'],
    ['=IF([@[Mã cụm]]="[Mã cụm]",1,0)', inScores(1), '=IF(C2="[Mã cụm]",1,0)'],
    [
      "=Odd[a'[b']]&Odd[[#This Row],[it''s]]&Odd[['#n]:[x]]",
      { tables, sheet: 'Sheet1', table: 'Odd', row: 2 },
      '=$A$2:$A$4&B3&$C$2:$D$4',
    ],
    ['=scores[tổng điểm]', { tables }, "='Chấm điểm'!$H$2:$H$41"],
    ["='Chấm điểm'!A1+B2", { tables }, "='Chấm điểm'!A1+B2"],
  ];

  it.each(golden)('resolves %s', (formula, ctx, expected) => {
    expect(toA1Formula(formula, ctx)).toBe(expected);
  });

  it('names the table or column it cannot find', () => {
    expect(() => toA1Formula('=SUM(Nope[X])', { tables })).toThrow(/No table named Nope/);
    expect(() => toA1Formula('=SUM(Scores[Nope])', { tables })).toThrow(/Scores has no column Nope/);
  });

  it('refuses a this-row reference outside the data rows and a totals row', () => {
    expect(() => toA1Formula('=[@[Tổng điểm]]', inScores(0))).toThrow(/outside its data rows/);
    expect(() => toA1Formula('=[@[Tổng điểm]]', inScores(41))).toThrow(/outside its data rows/);
    expect(() => toA1Formula('=Scores[[#Totals],[I.1]]', { tables })).toThrow(/no totals row/);
  });

  it('refuses a name that refers to itself', () => {
    expect(() => toA1Formula('=Loop', { tables, names: { Loop: '=1+Loop' } })).toThrow(/refers to itself/);
  });
});

describe('tokenizeFormula', () => {
  const piece = fc.constantFrom(
    'SUM(',
    ')',
    ',',
    '+',
    '&',
    '"a[b]""c"',
    "'Chấm điểm'!",
    'A1',
    '$B$2',
    '[@[Mã cụm]]',
    "Odd[[#This Row],[it''s]]",
    '[@[I.1]:[III.2]]',
    'Scores[Tổng điểm]',
    '1.5',
    '#N/A',
    ' ',
    'TRUE',
  );

  it('gives the formula back when its tokens are joined', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        const formula = `=${pieces.join('')}`;
        expect(
          tokenizeFormula(formula)
            .map((t) => t.text)
            .join(''),
        ).toBe(formula);
      }),
    );
  });

  it('reads a structured reference whole, brackets in strings as text', () => {
    expect(tokenizeFormula('=IF([@[Mã cụm]]="]",1)').map((t) => t.kind)).toEqual([
      'punctuation',
      'function',
      'punctuation',
      'structured',
      'punctuation',
      'string',
      'punctuation',
      'number',
      'punctuation',
    ]);
  });
});
