import fc from 'fast-check';
import { tokenizeFormula } from '../../src/geometry/formulaForms';
import { needsQuotes, quoteSheetName } from '../../src/geometry/sheetName';

describe('quoteSheetName', () => {
  it.each([
    ['Sheet1', 'Sheet1'],
    ['_meta', '_meta'],
    ['Chấm điểm', "'Chấm điểm'"],
    ["It's", "'It''s'"],
    ['A1', "'A1'"],
    ['R1C1', "'R1C1'"],
    ['Sheet.1', 'Sheet.1'],
    ['Sheet_1', 'Sheet_1'],
    ['École1', 'École1'],
    ['Điểm', 'Điểm'],
    ['Tổng hợp', "'Tổng hợp'"],
    ["O'Brien", "'O''Brien'"],
    ['Sheet-1', "'Sheet-1'"],
    ['1Sheet', "'1Sheet'"],
    ['.Sheet', "'.Sheet'"],
    ['AB12', "'AB12'"],
    ['ab12', "'ab12'"],
    ['XFD1048576', "'XFD1048576'"],
    ['rc', "'rc'"],
    ['R', "'R'"],
    ['C12', "'C12'"],
    ['ABCD12', 'ABCD12'],
    ['RC1x', 'RC1x'],
  ])('writes %s as %s', (sheet, expected) => {
    expect(quoteSheetName(sheet)).toBe(expected);
  });

  const sheetName = fc.string({
    unit: fc.constantFrom('A', 'b', 'R', 'C', '1', '9', '_', '.', ' ', "'", 'ể', '-', '!'),
    minLength: 1,
    maxLength: 8,
  });

  it('writes every name so that a formula reads the same sheet back', () => {
    fc.assert(
      fc.property(sheetName, (sheet) => {
        const tokens = tokenizeFormula(`=${quoteSheetName(sheet)}!A1`);
        expect(tokens[1]).toMatchObject({ kind: 'sheetPrefix', sheet });
      }),
    );
  });

  it('leaves a name bare only when it holds word characters and cannot pass for a number or a cell', () => {
    fc.assert(
      fc.property(sheetName, (sheet) => {
        if (needsQuotes(sheet)) return;
        expect(sheet).toMatch(/^[\p{L}_][\p{L}\p{N}_.]*$/u);
        expect(sheet).not.toMatch(/^[A-Z]{1,3}\d+$/i);
        expect(sheet).not.toMatch(/^(R\d*)?(C\d*)?$/i);
      }),
    );
  });
});
