import { toHyperFormulaDialect } from '../../src/memory/hyperFormulaDialect';

describe('toHyperFormulaDialect', () => {
  it('writes boolean literals as the functions HyperFormula knows', () => {
    expect(toHyperFormulaDialect('=IF(A1,TRUE,false)')).toBe('=IF(A1,TRUE(),FALSE())');
  });

  it('leaves strings, calls and sheet-qualified names alone', () => {
    expect(toHyperFormulaDialect('="TRUE"&TRUE()&Sheet1!TRUE')).toBe('="TRUE"&TRUE()&Sheet1!TRUE');
  });

  it('quotes the sheet names Excel writes bare and HyperFormula cannot read bare', () => {
    expect(toHyperFormulaDialect('=SUM(Điểm!A1:A3)+Sheet.1!B2')).toBe("=SUM('Điểm'!A1:A3)+'Sheet.1'!B2");
    expect(toHyperFormulaDialect("=Sheet1!A1+'Chấm điểm'!B2+École!C3")).toBe(
      "=Sheet1!A1+'Chấm điểm'!B2+École!C3",
    );
  });
});
