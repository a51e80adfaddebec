import type { Prerequisite } from '../model';
import { CODE_PATTERN, DECIMAL_PATTERN, formatDecimal, parseDecimal, splitItems } from './text';
import type { Parsed } from './result';
import { parseError, parsedValue } from './result';

const AT_LEAST = String.raw`\s*(?:≥|>=)\s*`;
// A share is "at least" (≥, >=) or "more than" (>): TTLĐTT needs more than half, not half.
// `>=` is tried before `>` so its `=` is not left over.
const SHARE_OPERATOR = String.raw`\s*(≥|>=|>)\s*`;
const ALSO_HOLDS = new RegExp(String.raw`^đạt\s+(${CODE_PATTERN})$`, 'iu');
// "tỉ lệ" and "tỷ lệ" are both accepted spellings.
const MEMBER_SHARE = new RegExp(
  String.raw`^t[ỷỉ]\s+lệ\s+(${CODE_PATTERN})${SHARE_OPERATOR}(${DECIMAL_PATTERN})\s*%?$`,
  'iu',
);
const MEMBER_COUNT = new RegExp(String.raw`^số\s+(${CODE_PATTERN})${AT_LEAST}(${DECIMAL_PATTERN})$`, 'iu');
// "Liên tục 3 năm CSTDCS" (one a year) or "Liên tục 2 lần CSTD_BO cách 3 năm" (one every three years).
const PAST_RUN = new RegExp(
  String.raw`^liên\s+tục\s+(\d+)\s+(?:năm|lần)\s+(${CODE_PATTERN})(?:\s*,?\s*cách\s+(\d+)\s+năm)?$`,
  'iu',
);
// "Dẫn đầu cụm CTD_BO" (proposed for the cluster's flag) or "Dẫn đầu cụm CTD_BO ≤ 20%" (and at most
// 20% of all the leading units).
const CLUSTER_LEADER = new RegExp(
  String.raw`^dẫn\s+đầu\s+cụm\s+(${CODE_PATTERN})(?:\s*(?:≤|<=)\s*(${DECIMAL_PATTERN})\s*%?)?$`,
  'iu',
);

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
 * formatPrerequisites([{ kind: 'memberShare', title: 'LĐTT', minPercent: 50, strict: true }])
 * // 'Tỷ lệ LĐTT > 50%'
 */
export function formatPrerequisites(prerequisites: Prerequisite[]): string {
  return prerequisites.map(formatPrerequisite).join('; ');
}

function formatPrerequisite(p: Prerequisite): string {
  switch (p.kind) {
    case 'alsoHolds':
      return `Đạt ${p.title}`;
    case 'memberShare':
      return `Tỷ lệ ${p.title} ${p.strict === true ? '>' : '≥'} ${formatDecimal(p.minPercent)}%`;
    case 'memberCount':
      return `Số ${p.title} ≥ ${formatDecimal(p.min)}`;
    case 'pastRun':
      return p.every === 1
        ? `Liên tục ${p.times} năm ${p.title}`
        : `Liên tục ${p.times} lần ${p.title} cách ${p.every} năm`;
    case 'clusterLeader':
      return p.maxPercent === null
        ? `Dẫn đầu cụm ${p.title}`
        : `Dẫn đầu cụm ${p.title} ≤ ${formatDecimal(p.maxPercent)}%`;
  }
}

/**
 * Reads the `Điều kiện` column of the Titles table: items separated by `;` or line breaks, each
 * `Đạt <mã>`, `Tỷ lệ <mã> ≥ <phần trăm>%`, `Tỷ lệ <mã> > <phần trăm>%` (more than, read as `strict`)
 * `Số <mã> ≥ <số người>`, `Liên tục <n> năm <mã>` (held n years in a row, read from the award history)
 * or `Liên tục <n> lần <mã> cách <k> năm` (n times, one every k years), `Dẫn đầu cụm <mã>` (the unit
 * is proposed for the cluster's flag) with an optional `≤ <phần trăm>%` (at most that share of the leaders). `>=` stands for `≥`, the `%` may be left out and a decimal may use a
 * comma; keywords ignore case. An "at least" share is read without `strict`, as it is written.
 * @param text - the cell text
 * @returns the prerequisites (none for an empty cell), or the first item that cannot be read
 * @example
 * parsePrerequisites('Tỷ lệ LĐTT >= 70,5') // { value: [{ kind: 'memberShare', title: 'LĐTT', minPercent: 70.5 }] }
 * parsePrerequisites('Tỷ lệ LĐTT > 50%') // { value: [{ kind: 'memberShare', title: 'LĐTT', minPercent: 50, strict: true }] }
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
  if (share?.[1] !== undefined && share[2] !== undefined && share[3] !== undefined) {
    const minPercent = parseDecimal(share[3]);
    if (minPercent !== null && minPercent >= 0 && minPercent <= 100) {
      const title = share[1];
      // `strict` is set only when true, so an "at least" share reads back exactly as it was written.
      return parsedValue(
        share[2] === '>'
          ? { kind: 'memberShare', title, minPercent, strict: true }
          : { kind: 'memberShare', title, minPercent },
      );
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
  const run = PAST_RUN.exec(item);
  if (run?.[1] !== undefined && run[2] !== undefined) {
    const times = Number(run[1]);
    const every = run[3] === undefined ? 1 : Number(run[3]);
    if (times >= 1 && every >= 1) return parsedValue({ kind: 'pastRun', title: run[2], times, every });
    return parseError(
      `"${item}": số lần và số năm phải từ 1 trở lên`,
      `"${item}": the number of times and of years must be 1 or more`,
    );
  }
  const leader = CLUSTER_LEADER.exec(item);
  if (leader?.[1] !== undefined) {
    const maxPercent = leader[2] === undefined ? null : parseDecimal(leader[2]);
    if (maxPercent === null && leader[2] === undefined) {
      return parsedValue({ kind: 'clusterLeader', title: leader[1], maxPercent: null });
    }
    if (maxPercent !== null && maxPercent >= 0 && maxPercent <= 100) {
      return parsedValue({ kind: 'clusterLeader', title: leader[1], maxPercent });
    }
    return parseError(`"${item}": tỷ lệ phải từ 0% đến 100%`, `"${item}": the share must be from 0% to 100%`);
  }
  return parseError(
    `không hiểu điều kiện "${item}"; hãy viết theo mẫu "Đạt LĐTT", "Tỷ lệ LĐTT ≥ 70%", "Tỷ lệ LĐTT > 50%", "Số CSTĐCS ≥ 1", "Liên tục 3 năm CSTDCS", "Liên tục 2 lần CSTD_BO cách 3 năm" hoặc "Dẫn đầu cụm CTD_BO ≤ 20%", cách nhau bằng dấu ";"`,
    `cannot read the prerequisite "${item}"; write it as "Đạt LĐTT", "Tỷ lệ LĐTT ≥ 70%", "Tỷ lệ LĐTT > 50%", "Số CSTĐCS ≥ 1", "Liên tục 3 năm CSTDCS", "Liên tục 2 lần CSTD_BO cách 3 năm" or "Dẫn đầu cụm CTD_BO ≤ 20%", separated by ";"`,
  );
}
