import { toHyperFormulaDialect } from '../../src/memory/hyperFormulaDialect';

describe('toHyperFormulaDialect', () => {
  it('writes boolean literals as the functions HyperFormula knows', () => {
    expect(toHyperFormulaDialect('=IF(A1,TRUE,false)')).toBe('=IF(A1,TRUE(),FALSE())');
  });

  it('leaves strings, calls and sheet-qualified names alone', () => {
    expect(toHyperFormulaDialect('="TRUE"&TRUE()&Sheet1!TRUE')).toBe('="TRUE"&TRUE()&Sheet1!TRUE');
  });
});
