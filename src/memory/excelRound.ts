/**
 * Excel's ROUND for the in-memory engine. HyperFormula rounds the binary value (`ROUND(165.885, 2)` is
 * 165.88 there, as 165.885 is stored a hair below), while Excel rounds what it shows to 15 significant
 * digits (165.89). Totals and cluster means are ROUNDed before they are ranked and compared, so the
 * workbench and the tests must round as Excel does: the engine's ROUND is replaced by the domain's
 * `roundLikeExcel`, the rule the domain already ranks by.
 */
import { FunctionArgumentType, FunctionPlugin, HyperFormula } from 'hyperformula';
import { roundLikeExcel } from '../domain/rank/roundLikeExcel';

type RunArgs = Parameters<FunctionPlugin['runFunction']>;

class ExcelRoundPlugin extends FunctionPlugin {
  static override implementedFunctions = {
    ROUND: {
      method: 'round',
      parameters: [
        { argumentType: FunctionArgumentType.NUMBER },
        { argumentType: FunctionArgumentType.NUMBER, defaultValue: 0 },
      ],
    },
  };

  round(ast: { args: RunArgs[0] }, state: RunArgs[1]): ReturnType<FunctionPlugin['runFunction']> {
    return this.runFunction(ast.args, state, this.metadata('ROUND'), (x: number, digits: number) =>
      roundLikeExcel(x, digits),
    );
  }
}

let registered = false;

/**
 * Makes every HyperFormula engine built afterwards round as Excel does; once per process.
 * @returns nothing
 * @example
 * useExcelRound(); // then ROUND(165.885, 2) is 165.89, as in Excel
 */
export function useExcelRound(): void {
  if (registered) return;
  HyperFormula.registerFunction('ROUND', ExcelRoundPlugin);
  registered = true;
}
