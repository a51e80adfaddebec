import type { Cap, Rounding } from '../model';
import { CODE_PATTERN, DECIMAL_PATTERN, foldCase, formatDecimal, normaliseText, parseDecimal } from './text';
import type { Parsed } from './result';
import { parseError, parsedValue } from './result';

/** How each rounding is worded after "làm tròn". */
export const ROUNDING_LABELS: Readonly<Record<Rounding, string>> = {
  floor: 'xuống',
  round: 'gần nhất',
  ceil: 'lên',
};

const CAP = new RegExp(
  String.raw`^(?:(?:≤|<=|tối\s+đa)\s*)?(${DECIMAL_PATTERN})\s*%?\s*(?:(?:số|của)\s+)?(${CODE_PATTERN})` +
    String.raw`(?:\s*[,;]?\s*làm\s+tròn\s+(.+))?$`,
  'iu',
);

/**
 * Writes a per-unit cap as the `Giới hạn` column of the Titles table shows it.
 * @param cap - the cap, or null for none
 * @returns e.g. `≤ 15% số LĐTT, làm tròn xuống`, or an empty text for no cap
 * @example
 * formatCap({ of: 'LĐTT', percent: 15, rounding: 'floor' }) // '≤ 15% số LĐTT, làm tròn xuống'
 */
export function formatCap(cap: Cap | null): string {
  if (cap === null) return '';
  return `≤ ${formatDecimal(cap.percent)}% số ${cap.of}, làm tròn ${ROUNDING_LABELS[cap.rounding]}`;
}

/**
 * Reads the `Giới hạn` column: `≤ <phần trăm>% số <mã>, làm tròn xuống | gần nhất | lên`. The `≤`
 * (or `<=`, `tối đa`), the `%` and `số` may be left out. Without a rounding the cap rounds down:
 * the allowed count then never passes the percentage, which is how a cap such as Decree 91/2017
 * Art. 9 (15% of LĐTT) reads.
 * @param text - the cell text; empty means no cap
 * @returns the cap (null when empty), or why it cannot be read
 * @example
 * parseCap('15% LĐTT, làm tròn lên') // { value: { of: 'LĐTT', percent: 15, rounding: 'ceil' } }
 */
export function parseCap(text: string): Parsed<Cap | null> {
  const t = normaliseText(text);
  if (t === '') return parsedValue(null);
  const m = CAP.exec(t);
  if (m?.[1] === undefined || m[2] === undefined) {
    return parseError(
      `không hiểu giới hạn "${t}"; hãy viết theo mẫu "≤ 15% số LĐTT, làm tròn xuống"`,
      `cannot read the cap "${t}"; write it as "≤ 15% số LĐTT, làm tròn xuống"`,
    );
  }
  const percent = parseDecimal(m[1]);
  if (percent === null || percent < 0 || percent > 100) {
    return parseError(`"${t}": tỷ lệ phải từ 0 đến 100%`, `"${t}": the percentage must be between 0 and 100`);
  }
  const rounding = m[3] === undefined ? 'floor' : roundingOf(m[3]);
  if (rounding === null) {
    const accepted = Object.values(ROUNDING_LABELS)
      .map((label) => `"làm tròn ${label}"`)
      .join(', ');
    return parseError(
      `"${t}": cách làm tròn phải là một trong: ${accepted}`,
      `"${t}": the rounding must be one of: ${accepted}`,
    );
  }
  return parsedValue({ of: m[2], percent, rounding });
}

function roundingOf(text: string): Rounding | null {
  const wanted = foldCase(text);
  const found = (Object.keys(ROUNDING_LABELS) as Rounding[]).find((r) => ROUNDING_LABELS[r] === wanted);
  return found ?? null;
}
