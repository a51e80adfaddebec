/**
 * HyperFormula's dialect of an A1 formula. The engine reads Excel's formulas but not Excel's boolean
 * literals: `TRUE` and `FALSE` are functions there (`TRUE()`), and a bare `TRUE` is looked up as a
 * defined name and gives `#NAME?`. It also reads fewer sheet names bare than Excel does: only ASCII
 * letters, Latin letters up to U+02AF, digits and `_`, so `Điểm!A1` and `Sheet.1!A1`, which Excel
 * writes bare, must reach it quoted. Everything else passes through as written.
 */
import { tokenizeFormula } from '../geometry/formulaForms';

/** A sheet name HyperFormula 3.5 reads without quotes (its `UNQUOTED_SHEET_NAME_PATTERN`). */
const BARE_SHEET_NAME = /^[A-Za-z0-9_\u00C0-\u02AF]+$/;

/**
 * Rewrites an A1 formula into the form HyperFormula evaluates as Excel would.
 *
 * @param formula - an A1 formula (structured references already resolved)
 * @returns the same formula with boolean literals written as function calls, and sheet names quoted
 *   where HyperFormula needs it
 *
 * @example
 * ```ts
 * toHyperFormulaDialect('=IF(A1,TRUE,FALSE)'); //=> '=IF(A1,TRUE(),FALSE())'
 * toHyperFormulaDialect('="TRUE"&TRUE()'); //=> '="TRUE"&TRUE()'
 * toHyperFormulaDialect('=SUM(Điểm!A1:A3)'); //=> "=SUM('Điểm'!A1:A3)"
 * ```
 */
export function toHyperFormulaDialect(formula: string): string {
  // Most formulas hold no boolean literal and no bare sheet name: skip reading them token by token.
  if (!/TRUE|FALSE|[^']!/i.test(formula)) return formula;
  const tokens = tokenizeFormula(formula);
  return tokens
    .map((token, index) => {
      if (token.kind === 'sheetPrefix') {
        // A name written bare holds no quote to double.
        const bare = !token.text.startsWith("'");
        return bare && !BARE_SHEET_NAME.test(token.sheet) ? `'${token.sheet}'!` : token.text;
      }
      if (token.kind !== 'identifier' || tokens[index - 1]?.kind === 'sheetPrefix') return token.text;
      const upper = token.text.toUpperCase();
      return upper === 'TRUE' || upper === 'FALSE' ? `${upper}()` : token.text;
    })
    .join('');
}
