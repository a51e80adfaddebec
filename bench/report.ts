/**
 * One row of the benchmark, and the aligned table `npm run bench` prints.
 */

/** One measure, as printed and as written to `bench-results/latest.json`. */
export interface Measure {
  name: string;
  value: number;
  unit: string;
  /** What the value must meet (`≤ 100`), or null for a number reported without a target. */
  target: string | null;
  /** Whether the value meets the target; null without a target. */
  ok: boolean | null;
}

/**
 * A measure with an upper bound.
 * @param name - what is measured
 * @param value - the number
 * @param unit - its unit (`ms`, `bytes`, `round trips`)
 * @param limit - the most it may be
 * @returns the measure, `ok` when `value ≤ limit`
 * @example
 * atMost('ministry · domain', 42, 'ms', 100).ok // true
 */
export function atMost(name: string, value: number, unit: string, limit: number): Measure {
  return { name, value, unit, target: `≤ ${formatNumber(limit, unit)}`, ok: value <= limit };
}

/**
 * A measure with a lower bound (a ratio against a baseline).
 * @param name - what is measured
 * @param value - the number
 * @param unit - its unit
 * @param floor - the least it may be
 * @returns the measure, `ok` when `value ≥ floor`
 * @example
 * atLeast('ministry · bytes, baseline ÷ ours', 4.2, '×', 2).ok // true
 */
export function atLeast(name: string, value: number, unit: string, floor: number): Measure {
  return { name, value, unit, target: `≥ ${formatNumber(floor, unit)}`, ok: value >= floor };
}

/**
 * A measure reported without a target.
 * @param name - what is measured
 * @param value - the number
 * @param unit - its unit
 * @returns the measure, `target` and `ok` null
 * @example
 * reported('ministry · recalc', 9100, 'ms').ok // null
 */
export function reported(name: string, value: number, unit: string): Measure {
  return { name, value, unit, target: null, ok: null };
}

/** Units whose values are printed with one decimal; the others (counts, bytes) are whole. */
const FRACTIONAL_UNITS: ReadonlySet<string> = new Set(['ms', 's', 'MiB', 'KiB', '×']);

/**
 * A number as the table prints it: thousands grouped; one decimal for times, sizes in KiB or MiB and
 * ratios, none for counts and bytes.
 * @param value - the number
 * @param unit - its unit
 * @returns the text
 * @example
 * formatNumber(1234.56, 'ms') // '1,234.6'
 * formatNumber(4000000, 'bytes') // '4,000,000'
 */
export function formatNumber(value: number, unit = ''): string {
  const digits = FRACTIONAL_UNITS.has(unit) ? 1 : 0;
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/**
 * The measures as an aligned text table: name, value, unit, target, and whether it is met.
 * @param measures - the rows
 * @returns the table, one line per measure under a header line
 * @example
 * formatTable([atMost('x', 1, 'ms', 2)]) // a header, a rule and 'x  1  ms  ≤ 2  ok'
 */
export function formatTable(measures: readonly Measure[]): string {
  const header = ['measure', 'value', 'unit', 'target', 'ok'];
  const rows = measures.map((m) => [
    m.name,
    formatNumber(m.value, m.unit),
    m.unit,
    m.target ?? '',
    m.ok === null ? '' : m.ok ? 'ok' : 'MISSED',
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((row) => (row[c] ?? '').length)));
  const line = (cells: string[]): string =>
    cells
      .map((cell, c) => (c === 1 ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
