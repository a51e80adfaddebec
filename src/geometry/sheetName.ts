/**
 * A sheet name as a formula or an address writes it before `!`, by Excel's rule: bare when Excel would
 * read it back as that sheet, else between single quotes with inner quotes doubled.
 */

/** Letters (any script), digits, `_` and `.`: what a bare sheet name is made of. */
const WORD_CHARACTERS = /^[\p{L}\p{N}_.]+$/u;
/** A bare name may not start with a digit or a period. */
const BARE_START = /^[\p{L}_]/u;
/** A1 style: one to three column letters, then a row (`A1`, `AB12`, `XFD1048576`). */
const A1_REFERENCE = /^[A-Z]{1,3}\d+$/i;
/** R1C1 style: a row part, a column part or both (`R`, `C`, `RC`, `R1`, `C12`, `R1C1`). */
const R1C1_REFERENCE = /^(?:R\d*)?(?:C\d*)?$/i;

/**
 * Whether Excel needs a sheet name quoted in a reference: it holds anything but letters, digits, `_`
 * and `.`, starts with a digit or a period, or reads as a cell reference in either style (`AB12`,
 * `R1C1`), which the name would be taken for.
 *
 * @param sheet - the sheet name
 * @returns true when the name must be quoted
 *
 * @example
 * ```ts
 * needsQuotes('Sheet1'); //=> false
 * needsQuotes('AB12'); //=> true
 * ```
 */
export function needsQuotes(sheet: string): boolean {
  return (
    !WORD_CHARACTERS.test(sheet) ||
    !BARE_START.test(sheet) ||
    A1_REFERENCE.test(sheet) ||
    R1C1_REFERENCE.test(sheet)
  );
}

/**
 * A sheet name as it stands before `!` in a formula or an address.
 *
 * @param sheet - the sheet name
 * @returns the name, quoted where Excel needs it (see {@link needsQuotes}), inner quotes doubled
 *
 * @example
 * ```ts
 * quoteSheetName('Sheet1'); //=> 'Sheet1'
 * quoteSheetName('Chấm điểm'); //=> "'Chấm điểm'"
 * quoteSheetName("O'Brien"); //=> "'O''Brien'"
 * quoteSheetName('AB12'); //=> "'AB12'"
 * ```
 */
export function quoteSheetName(sheet: string): string {
  return needsQuotes(sheet) ? `'${sheet.replace(/'/g, "''")}'` : sheet;
}
