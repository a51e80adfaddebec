import type { Gate } from '../model';
import { CODE_PATTERN, DECIMAL_PATTERN, formatDecimal, parseDecimal, splitItems } from './text';
import type { Parsed } from './result';
import { parseError, parsedValue } from './result';

const GATE = new RegExp(String.raw`^(${CODE_PATTERN})\s*(?:≥|>=)\s*(${DECIMAL_PATTERN})$`, 'u');

/**
 * Writes the gates of a rank band (`Điều kiện` of the Bands table).
 * @param gates - criterion minimums
 * @returns e.g. `I.1 ≥ 2; II.3 ≥ 5`, empty when there are none
 * @example
 * formatGates([{ criterion: 'I.1', min: 2 }, { criterion: 'II.3', min: 5 }]) // 'I.1 ≥ 2; II.3 ≥ 5'
 */
export function formatGates(gates: Gate[]): string {
  return gates.map((g) => `${g.criterion} ≥ ${formatDecimal(g.min)}`).join('; ');
}

/**
 * Reads the gates of a rank band: items `<mã tiêu chí> ≥ <điểm>` separated by `;` or line breaks;
 * `>=` stands for `≥`, a decimal may use a comma.
 * @param text - the cell text; empty means no gate
 * @returns the gates, or the first item that cannot be read
 * @example
 * parseGates('I.1 >= 2; II.3 ≥ 5,5') // { value: [{ criterion: 'I.1', min: 2 }, { criterion: 'II.3', min: 5.5 }] }
 */
export function parseGates(text: string): Parsed<Gate[]> {
  const gates: Gate[] = [];
  for (const item of splitItems(text)) {
    const m = GATE.exec(item);
    const min = m?.[2] === undefined ? null : parseDecimal(m[2]);
    if (m?.[1] === undefined || min === null) {
      return parseError(
        `không hiểu điều kiện "${item}"; hãy viết theo mẫu "I.1 ≥ 2; II.3 ≥ 5"`,
        `cannot read the gate "${item}"; write it as "I.1 ≥ 2; II.3 ≥ 5"`,
      );
    }
    gates.push({ criterion: m[1], min });
  }
  return parsedValue(gates);
}
