import { isCode, normaliseText } from './text';
import type { Parsed } from './result';
import { parseError, parsedValue } from './result';

/**
 * Writes the titles a title also counts as (`Được tính là`).
 * @param codes - title codes
 * @returns the codes joined by ", "
 * @example
 * formatCounts(['LĐTT']) // 'LĐTT'
 */
export function formatCounts(codes: string[]): string {
  return codes.join(', ');
}

/**
 * Reads the `Được tính là` column: title codes separated by `,` or `;`. A code written twice is
 * kept once.
 * @param text - the cell text; empty means none
 * @returns the codes in the order written, or the first item that is not a code
 * @example
 * parseCounts('LĐTT; TTLĐTT') // { value: ['LĐTT', 'TTLĐTT'] }
 */
export function parseCounts(text: string): Parsed<string[]> {
  const items = text
    .split(/[,;\n\r]+/u)
    .map(normaliseText)
    .filter((item) => item !== '');
  const bad = items.find((item) => !isCode(item));
  if (bad !== undefined) {
    return parseError(
      `"${bad}" không phải một mã danh hiệu; hãy ghi các mã cách nhau bằng dấu phẩy (ví dụ "LĐTT, TTLĐTT")`,
      `"${bad}" is not a title code; list codes separated by commas (e.g. "LĐTT, TTLĐTT")`,
    );
  }
  return parsedValue([...new Set(items)]);
}
