/**
 * How Excel's own formulas see what a cell holds, so that the checks and summaries of the campaign
 * never disagree with the sheet's MATCH, COUNTIFS and "=": the one place that says when two codes
 * are the same code, and how a number typed as text (decimal comma, percentage) is read.
 *
 * Excel compares text without regard to case (MATCH, COUNTIFS, "=" alike: "lđtt" finds "LĐTT") but
 * keeps accents apart ("Tien" never finds "Tiên"). It does not trim: "U1 " is another text than
 * "U1" for its formulas, and a code whose "ê" came decomposed (Unicode NFD) is another text for its
 * COUNTIFS. The checks read a code trimmed, with runs of spaces and non-breaking spaces made one and
 * in Unicode NFC, so such a code is still found; {@link sheetMisses} says when the sheet's formulas
 * would not find it, so the difference is reported instead of silently counted one way by the sheet
 * and another by the checks.
 */
import { foldCase, normaliseText, parseDecimal } from './text';

/**
 * The key two codes are the same by: the code as an officer means it (trimmed, single spaces, NFC),
 * without regard to case, as Excel's MATCH and COUNTIFS compare it; accents count.
 * @param code - a code as typed or read
 * @returns its key
 * @example
 * codeKey(' lđtt\u00a0') === codeKey('LĐTT') // true
 * codeKey('LDTT') === codeKey('LĐTT') // false
 */
export function codeKey(code: string): string {
  // The folding headers and labels are compared by: one rule for every text the officer types.
  return foldCase(code);
}

/**
 * Whether two codes are one code for the workbook's formulas and its checks.
 * @param a - a code
 * @param b - another code
 * @returns true when they differ at most by case, outer spaces, space runs or Unicode form
 * @example
 * sameCode('u1', 'U1') // true
 */
export function sameCode(a: string, b: string): boolean {
  return codeKey(a) === codeKey(b);
}

/**
 * What COUNTIFS compares a text cell by: its text without regard to case, nothing trimmed, the
 * Unicode form kept (a decomposed "ê" is another text for it).
 * @param raw - the text as stored in the cell
 * @returns the key COUNTIFS's equality amounts to
 * @example
 * sheetKey('LĐTT') === sheetKey('lđtt') // true
 * sheetKey('LĐTT ') === sheetKey('LĐTT') // false
 */
export function sheetKey(raw: string): string {
  return raw.toLowerCase();
}

/**
 * Whether the sheet's formulas would not find a code typed this way although the checks do: it has
 * spaces around it, a non-breaking space or a run of spaces inside, or letters in decomposed Unicode
 * form (NFD, as some programs paste "ê"), which Excel, LibreOffice and HyperFormula all keep apart
 * from the composed letters the catalogue is typed with.
 * @param raw - the text as stored in the cell
 * @returns true when the typed text differs from its code by spacing or Unicode form
 * @example
 * sheetMisses('U1 ') // true
 * sheetMisses('Tiên'.normalize('NFD')) // true
 * sheetMisses('u1') // false
 */
export function sheetMisses(raw: string): boolean {
  return raw !== normaliseText(raw);
}

/**
 * How many cells COUNTIFS counts for one text criterion, the way Excel does it (case ignored,
 * nothing trimmed); blank cells and numbers never equal a code. The criterion must be free of the
 * wildcards and operators COUNTIFS reads (see `CODE_UNSAFE`).
 * @param cells - the counted column
 * @param criterion - the code looked for
 * @returns the count
 * @example
 * countIfsText(['U1', 'u1', 'U1 ', null], 'U1') // 2
 */
export function countIfsText(
  cells: readonly (string | number | boolean | null)[],
  criterion: string,
): number {
  const wanted = sheetKey(criterion);
  let n = 0;
  for (const cell of cells) if (typeof cell === 'string' && sheetKey(cell) === wanted) n += 1;
  return n;
}

/**
 * The catalogue's codes found the way the sheet finds them: a code typed in another case, with
 * other spacing or in another Unicode form gives the catalogue's own spelling, the first row's
 * where two rows differ only so (that repeat is reported where it is defined).
 */
export class CodeIndex {
  private readonly byKey = new Map<string, string>();

  /**
   * @param codes - the catalogue's codes, in row order
   */
  constructor(codes: Iterable<string>) {
    for (const code of codes) {
      const key = codeKey(code);
      if (key !== '' && !this.byKey.has(key)) this.byKey.set(key, code);
    }
  }

  /**
   * The catalogue's spelling of a code.
   * @param code - a code as read
   * @returns the catalogue's code, or null when the catalogue has none like it
   * @example
   * new CodeIndex(['LĐTT']).find('lđtt') // 'LĐTT'
   */
  find(code: string): string | null {
    return this.byKey.get(codeKey(code)) ?? null;
  }

  /**
   * Whether the catalogue holds a code like this one.
   * @param code - a code as read
   * @returns true when {@link find} finds it
   * @example
   * new CodeIndex(['U1']).has(' u1 ') // true
   */
  has(code: string): boolean {
    return this.find(code) !== null;
  }
}

/** How a number typed as text was written, for the warning that names it. */
export type TypedNumberForm = 'plain' | 'decimalComma' | 'percent';

const PERCENT = /^([+-]?\d+(?:[.,]\d+)?)\s*%$/u;

/**
 * Reads a number typed as text the way Excel reads it when the text is typed into a number cell:
 * a plain decimal with either separator (`9.5`, `9,5`), or a percentage (`90%` is 0,9).
 * @param text - the text, normalised
 * @returns the number and how it was written, or null when the text is no number
 * @example
 * readTypedNumber('90%') // { value: 0.9, form: 'percent' }
 * readTypedNumber('9,5') // { value: 9.5, form: 'decimalComma' }
 */
export function readTypedNumber(text: string): { value: number; form: TypedNumberForm } | null {
  const percent = PERCENT.exec(text);
  if (percent?.[1] !== undefined) {
    const n = parseDecimal(percent[1]);
    // Rounded as Excel shows it: 0,9 rather than 0,9000000000000001.
    return n === null ? null : { value: Number((n / 100).toPrecision(15)), form: 'percent' };
  }
  const n = parseDecimal(text);
  if (n === null) return null;
  return { value: n, form: text.includes(',') ? 'decimalComma' : 'plain' };
}
