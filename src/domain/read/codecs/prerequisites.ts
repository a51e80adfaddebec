import type { Prerequisite } from '../../model';
import { CODE_PATTERN, DECIMAL_PATTERN, formatDecimal, parseDecimal, splitItems } from '../_lib/text';
import type { Parsed } from './result';
import { parseError, parsedValue } from './result';

const AT_LEAST = String.raw`\s*(?:≥|>=)\s*`;
const ALSO_HOLDS = new RegExp(String.raw`^đạt\s+(${CODE_PATTERN})$`, 'iu');
// "tỉ lệ" and "tỷ lệ" are both accepted spellings.
const MEMBER_SHARE = new RegExp(
  String.raw`^t[ỷỉ]\s+lệ\s+(${CODE_PATTERN})${AT_LEAST}(${DECIMAL_PATTERN})\s*%?$`,
  'iu',
);
const MEMBER_COUNT = new RegExp(String.raw`^số\s+(${CODE_PATTERN})${AT_LEAST}(${DECIMAL_PATTERN})$`, 'iu');

/**
 * Writes prerequisites as the `Điều kiện` column of the Titles table shows them.
 * @param prerequisites - the title's prerequisites
 * @returns the items joined by "; ", empty when there are none
 * @example
 * formatPrerequisites([
 *   { kind: 'alsoHolds', title: 'LĐTT' },
 *   { kind: 'memberShare', title: 'LĐTT', minPercent: 70 },
 *   { kind: 'memberCount', title: 'CSTĐCS', min: 1 },
 * ]) // 'Đạt LĐTT; Tỷ lệ LĐTT ≥ 70%; Số CSTĐCS ≥ 1'
 */
export function formatPrerequisites(prerequisites: Prerequisite[]): string {
  return prerequisites.map(formatPrerequisite).join('; ');
}

function formatPrerequisite(p: Prerequisite): string {
  switch (p.kind) {
    case 'alsoHolds':
      return `Đạt ${p.title}`;
    case 'memberShare':
      return `Tỷ lệ ${p.title} ≥ ${formatDecimal(p.minPercent)}%`;
    case 'memberCount':
      return `Số ${p.title} ≥ ${formatDecimal(p.min)}`;
  }
}

/**
 * Reads the `Điều kiện` column of the Titles table: items separated by `;` or line breaks, each
 * `Đạt <mã>`, `Tỷ lệ <mã> ≥ <phần trăm>%` or `Số <mã> ≥ <số người>`. `>=` stands for `≥`, the `%`
 * may be left out and a decimal may use a comma; keywords ignore case.
 * @param text - the cell text
 * @returns the prerequisites (none for an empty cell), or the first item that cannot be read
 * @example
 * parsePrerequisites('Tỷ lệ LĐTT >= 70,5') // { value: [{ kind: 'memberShare', title: 'LĐTT', minPercent: 70.5 }] }
 */
export function parsePrerequisites(text: string): Parsed<Prerequisite[]> {
  const value: Prerequisite[] = [];
  for (const item of splitItems(text)) {
    const read = parseItem(item);
    if (!('value' in read)) return read;
    value.push(read.value);
  }
  return parsedValue(value);
}

function parseItem(item: string): Parsed<Prerequisite> {
  const holds = ALSO_HOLDS.exec(item);
  if (holds?.[1] !== undefined) return parsedValue({ kind: 'alsoHolds', title: holds[1] });
  const share = MEMBER_SHARE.exec(item);
  if (share?.[1] !== undefined && share[2] !== undefined) {
    const minPercent = parseDecimal(share[2]);
    if (minPercent !== null && minPercent >= 0 && minPercent <= 100) {
      return parsedValue({ kind: 'memberShare', title: share[1], minPercent });
    }
    return parseError(
      `"${item}": tỷ lệ phải từ 0 đến 100%`,
      `"${item}": the share must be between 0 and 100%`,
    );
  }
  const count = MEMBER_COUNT.exec(item);
  if (count?.[1] !== undefined && count[2] !== undefined) {
    const min = parseDecimal(count[2]);
    if (min !== null && Number.isInteger(min) && min >= 0) {
      return parsedValue({ kind: 'memberCount', title: count[1], min });
    }
    return parseError(
      `"${item}": số người phải là số nguyên không âm`,
      `"${item}": the number of people must be a whole number, 0 or more`,
    );
  }
  return parseError(
    `không hiểu điều kiện "${item}"; hãy viết theo mẫu "Đạt LĐTT", "Tỷ lệ LĐTT ≥ 70%" hoặc "Số CSTĐCS ≥ 1", cách nhau bằng dấu ";"`,
    `cannot read the prerequisite "${item}"; write it as "Đạt LĐTT", "Tỷ lệ LĐTT ≥ 70%" or "Số CSTĐCS ≥ 1", separated by ";"`,
  );
}
