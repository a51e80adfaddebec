// decimalText writes numbers as a Vietnamese reader does (decimal comma, no trailing zeros, no
// thousands separator) from whole numbers only; evaluated by HyperFormula against a JS formatter.
import fc from 'fast-check';
import { HyperFormula } from 'hyperformula';
import { decimalText } from '../../src/layout/formulas';
import { ENGINE_CONFIG } from '../../src/memory/formulaEngine';

const hf = HyperFormula.buildFromArray([[0]], ENGINE_CONFIG);
afterAll(() => hf.destroy());

function evaluate(value: number, precision: number): unknown {
  hf.setCellContents({ sheet: 0, row: 0, col: 0 }, value);
  return hf.calculateFormula(`=${decimalText('A1', precision)}`, 0);
}

/** The expected text: the number rounded half away from zero, then written with a comma. */
function vietnamese(value: number, precision: number): string {
  const scale = 10 ** precision;
  const whole = Math.round(Math.abs(value) * scale);
  const sign = value < 0 && whole > 0 ? '-' : '';
  const text = String(whole / scale).replace('.', ',');
  return sign + text;
}

describe('decimalText', () => {
  it.each([
    [185.5, 2, '185,5'],
    [185, 2, '185'],
    [0.05, 2, '0,05'],
    [1.25, 2, '1,25'],
    [-2.5, 1, '-2,5'],
    [1234567.8, 2, '1234567,8'],
    [7.125, 3, '7,125'],
    [7.1, 3, '7,1'],
    [12, 0, '12'],
  ])('writes %p to %p decimals as %p', (value, precision, text) => {
    expect(evaluate(value, precision)).toBe(text);
  });

  it('writes any number of points as the domain would, at every precision', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000, max: 1_000_000 }),
        fc.integer({ min: 0, max: 3 }),
        (n, precision) => {
          const value = n / 10 ** precision;
          expect(evaluate(value, precision)).toBe(vietnamese(value, precision));
        },
      ),
      { numRuns: 300 },
    );
  });
});
