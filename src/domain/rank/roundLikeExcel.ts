/**
 * Rounds like Excel's `ROUND`: half away from zero, on the decimal value a person reads in the cell.
 *
 * Binary floats store 1.005 as 1.00499999999999989…; Excel works on 15 significant digits, so
 * `ROUND(1.005, 2)` is 1.01 there. Cutting to 15 significant digits before and after scaling gives
 * the same answer here, which keeps the domain's totals equal to the workbook's.
 *
 * @param x - the number to round
 * @param digits - decimals to keep; negative rounds to tens, hundreds…; a fraction is truncated as in Excel
 * @returns `x` rounded half away from zero; never `-0`; `x` itself when it is not finite
 *
 * @example
 * ```ts
 * roundLikeExcel(1.005, 2); //=> 1.01
 * roundLikeExcel(-2.5, 0); //=> -3
 * roundLikeExcel(0.1 + 0.2, 2); //=> 0.3
 * roundLikeExcel(1234, -2); //=> 1200
 * ```
 */
export function roundLikeExcel(x: number, digits: number): number {
  if (!Number.isFinite(x)) return x;
  const places = Math.trunc(Number.isFinite(digits) ? digits : 0);
  const magnitude = toExcelPrecision(Math.abs(x));
  // Beyond 15 significant digits Excel has nothing left to round; scaling would only add noise.
  if (places > 15) return normaliseZero(Math.sign(x) * magnitude);
  const scaled = places >= 0 ? magnitude * 10 ** places : magnitude / 10 ** -places;
  const whole = Math.round(toExcelPrecision(scaled));
  const rounded = places >= 0 ? whole / 10 ** places : whole * 10 ** -places;
  return normaliseZero(Math.sign(x) * rounded);
}

/** Keeps 15 significant digits, the precision Excel stores and compares. */
function toExcelPrecision(x: number): number {
  if (x === 0) return 0;
  // Points and totals are mostly short decimals (87.25) that already are the double nearest their
  // 15-digit text, which toPrecision would give back unchanged at many times the cost. An x equal to
  // m / 10^6 for a whole m below 10^15 is such a double: the division rounds correctly, as reading
  // the text does. Anything else takes the long way.
  const millionths = Math.round(x * 1e6);
  if (Math.abs(millionths) < 1e15 && millionths / 1e6 === x) return x;
  return Number(x.toPrecision(15));
}

/** `-0` would print as "-0" in some hosts and never appears in Excel. */
function normaliseZero(x: number): number {
  return x === 0 ? 0 : x;
}
