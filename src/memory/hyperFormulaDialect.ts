/**
 * HyperFormula's dialect of an A1 formula. The engine reads Excel's formulas but not Excel's boolean
 * literals: `TRUE` and `FALSE` are functions there (`TRUE()`), and a bare `TRUE` is looked up as a
 * defined name and gives `#NAME?`. Everything else passes through as written.
 */
import { tokenizeFormula } from '../layout/formulaForms';

/**
 * Rewrites an A1 formula into the form HyperFormula evaluates as Excel would.
 *
 * @param formula - an A1 formula (structured references already resolved)
 * @returns the same formula with boolean literals written as function calls
 *
 * @example
 * ```ts
 * toHyperFormulaDialect('=IF(A1,TRUE,FALSE)'); //=> '=IF(A1,TRUE(),FALSE())'
 * toHyperFormulaDialect('="TRUE"&TRUE()'); //=> '="TRUE"&TRUE()'
 * ```
 */
export function toHyperFormulaDialect(formula: string): string {
  // Most formulas hold no boolean literal: skip reading them token by token.
  if (!/TRUE|FALSE/i.test(formula)) return formula;
  const tokens = tokenizeFormula(formula);
  return tokens
    .map((token, index) => {
      if (token.kind !== 'identifier' || tokens[index - 1]?.kind === 'sheetPrefix') return token.text;
      const upper = token.text.toUpperCase();
      return upper === 'TRUE' || upper === 'FALSE' ? `${upper}()` : token.text;
    })
    .join('');
}
