/**
 * How a sheet prints: the page (A4, orientation), the scale and what repeats on every page, chosen
 * from the widths of what is printed so that the body text stays readable (at least 8 pt of the 11 pt
 * the workbook is written in).
 *
 * A sheet prints one or more blocks of columns; each block of a print area made of several ranges
 * starts on a new page (how Excel and LibreOffice print a multi-range area), so the catalogue prints
 * its tables one after another instead of six tables squeezed side by side.
 */
import { columnLetters } from '../../domain/workbook';
import type { TableGeometry } from '../../geometry/tableGeometry';
import type { PrintPlan, TablePlan } from '../plan';
import { sameHeader } from './current';

/** Width Excel gives a column the plan leaves unset (8.43 characters, rounded up). */
const DEFAULT_WIDTH = 9;

/** Printable width of A4 between Excel's default margins (0.7 in each side), in points. */
const PRINTABLE_WIDTH = { landscape: 842 - 2 * 50.4, portrait: 595 - 2 * 50.4 } as const;

/**
 * The smallest scale that keeps the workbook's 11 pt body text at 8 pt or more on paper, with a margin
 * for the font a printer substitutes (LibreOffice prints Calibri as a wider font where it is missing).
 */
const MIN_FIT_SCALE = 0.78;

/** Scale of a sheet too wide to fit: its columns go on as many pages as they need at this size. */
const SPLIT_SCALE = 85;

/**
 * Printed width of a column of `width` characters at 100 %, in points: Excel pads a column by 5 pixels
 * and a character of Calibri 11 is 7 pixels wide, at 96 pixels per inch.
 */
function columnPoints(width: number): number {
  return ((width * 7 + 5) * 72) / 96;
}

/**
 * Printed width of columns at 100 %, in points.
 * @param widths - column widths in characters
 * @returns the width in points
 * @example
 * printedWidth([10, 20]) // 217.5
 */
export function printedWidth(widths: readonly number[]): number {
  return widths.reduce((sum, w) => sum + columnPoints(w), 0);
}

/** What a sheet prints and what repeats, for {@link printSetup}. */
export interface PrintBlocks {
  /** Column widths (characters) of each block printed on its own pages. */
  blocks: readonly (readonly number[])[];
  /** Print area (A1, whole columns allowed), or null for everything used. */
  area: string | null;
  /** Rows repeated at the top of each page, e.g. `$3:$3`. */
  repeatRows: string | null;
  /** Columns repeated at the left of each page when the sheet is split across pages, e.g. `$A:$B`. */
  repeatColumns?: string | null;
  /**
   * A document that reads as a page of text (a list, minutes): portrait whenever it fits the page
   * width at a readable scale, as such papers are filed, rather than only when it fits at full size.
   */
  portrait?: boolean;
}

/**
 * The print setup of a sheet: portrait when every block fits a portrait page at full size (or, for a
 * document, at a readable scale), otherwise landscape; fit to the page width when that keeps the text readable, otherwise a fixed scale with
 * the columns split across pages and the unit columns repeated.
 * @param spec - the blocks printed and what repeats
 * @returns the print plan
 * @example
 * printSetup({ blocks: [[10, 30, 12]], area: null, repeatRows: '$3:$3' }).orientation // 'portrait'
 */
export function printSetup(spec: PrintBlocks): PrintPlan {
  const widest = Math.max(0, ...spec.blocks.map(printedWidth));
  const portraitReadable = widest * MIN_FIT_SCALE <= PRINTABLE_WIDTH.portrait;
  const orientation =
    widest <= PRINTABLE_WIDTH.portrait || (spec.portrait === true && portraitReadable)
      ? 'portrait'
      : 'landscape';
  const fits = widest * MIN_FIT_SCALE <= PRINTABLE_WIDTH[orientation];
  return {
    orientation,
    paper: 'A4',
    fitToWidth: fits,
    scale: fits ? null : SPLIT_SCALE,
    repeatRows: spec.repeatRows,
    repeatColumns: fits ? null : (spec.repeatColumns ?? null),
    area: spec.area,
  };
}

/**
 * The widths of some of a table's columns, in sheet order (a column the plan leaves unsized counts at
 * Excel's default width).
 * @param table - the placed table
 * @param printed - whether a header is printed; every column when absent
 * @returns the widths in characters
 * @example
 * tableWidths(units) // [12, 48, 10, 10]
 */
export function tableWidths(table: TablePlan, printed: (header: string) => boolean = () => true): number[] {
  return table.headers
    .filter(printed)
    .map((h) => table.columns.find((c) => sameHeader(c.header, h))?.width ?? DEFAULT_WIDTH);
}

/**
 * Whole columns of a table as a print range (`$A:$E`), from its first column to the last one printed.
 * @param table - the placed table
 * @param lastPrinted - zero-based index in the table's headers of the last printed column
 * @returns the range
 * @example
 * columnSpan(units, 3) // '$G:$J' for a table starting in G
 */
export function columnSpan(table: TableGeometry, lastPrinted = table.headers.length - 1): string {
  const left = columnLetters(table.origin.col);
  const right = columnLetters(table.origin.col + Math.max(0, lastPrinted));
  return `$${left}:$${right}`;
}

/**
 * Where the pages of a sheet split across pages begin, in the order of the printed columns: the
 * columns fill the printable width at the plan's scale, then a new page starts, repeating the unit
 * columns at its left. A heading merged over columns is cut at these places so that none runs off a
 * page. Empty when the sheet fits the page width.
 * @param plan - the sheet's print plan
 * @param widths - the printed columns' widths (characters), in order
 * @param repeated - how many of the first columns repeat on every page
 * @param points - the printed width of a column at 100 %, in points: Excel's by default; LibreOffice
 *   gives a character 5.55 points ({@link libreOfficeColumnPoints})
 * @returns the indexes into `widths` of the first column of every page after the first
 * @example
 * pageStarts({ ...plan, fitToWidth: false, scale: 85, orientation: 'landscape' }, widths, 2) // [17, 30]
 */
export function pageStarts(
  plan: PrintPlan,
  widths: readonly number[],
  repeated: number,
  points: (width: number) => number = columnPoints,
): number[] {
  if (plan.fitToWidth) return [];
  const room = PRINTABLE_WIDTH[plan.orientation] / ((plan.scale ?? 100) / 100);
  const left = widths.slice(0, repeated).reduce((sum, w) => sum + points(w), 0);
  const starts: number[] = [];
  let used = 0;
  widths.forEach((width, i) => {
    const w = points(width);
    if (used + w > room && i > repeated) {
      starts.push(i);
      used = left;
    }
    used += w;
  });
  return starts;
}

/**
 * Printed width of a column of `width` characters at 100 % as LibreOffice lays it out (5.55 points a
 * character, without Excel's padding), measured on its PDFs.
 * @param width - the column's width in characters
 * @returns the width in points
 * @example
 * libreOfficeColumnPoints(8) // 44.4
 */
export function libreOfficeColumnPoints(width: number): number {
  return width * 5.55;
}
