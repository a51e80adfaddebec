/**
 * What every paper the council signs shares: the national heading beside the issuing body, the title,
 * the place-and-date line and the signature block, all live from the campaign sheet; and the way a
 * sheet of formulas only (the summary, the documents) is rebuilt when its places change.
 *
 * The form follows the presentation of administrative documents (Nghị định 30/2020/NĐ-CP, Phụ lục I):
 * the issuing body top left in capitals, the national motto top right, the place and date in italics
 * over the signer's title in capitals, the signer's name under the room for the signature and the seal.
 */
import { makeIssue } from '../../domain/issues';
import type { WorkbookData } from '../../domain/workbook';
import { a1, columnLetters } from '../../domain/workbook';
import { place, type LayoutContext } from '../context';
import { NAMES } from '../names';
import type { CellPlan, ConditionalFormatPlan, SheetPlan, TablePlan } from '../plan';
import { COLORS } from './formats';
import { columnAt, dataRange, rowCell } from './placed';
import { newTablePlan, type TableSpec } from '../placeTable';
import { bodyRows } from '../../geometry/tableGeometry';
import { findSheet, findTable, keyText, sameHeader, tablesOn } from './current';

/** The national heading, as every administrative document carries it. */
export const NATIONAL_HEADING = {
  country: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập – Tự do – Hạnh phúc',
} as const;

/** The signer's title where the campaign sheet names none. */
export const DEFAULT_SIGNER_TITLE = 'Thủ trưởng đơn vị';

/** Where the parts of a document sit, in zero-based columns, and how far each is merged. */
export interface DocumentFrame {
  /** Columns the issuing body spans from column A. */
  issuerSpan: number;
  /** First column of the national heading and of the signature block. */
  rightCol: number;
  /** Columns the national heading spans. */
  headingSpan: number;
  /** Columns the signature block spans. */
  signSpan: number;
  /** Columns the title spans from column A (the whole printed width). */
  width: number;
}

/**
 * A field of the campaign sheet as text, or a stand-in when it is blank or the field is missing (a
 * workbook laid out before the field existed).
 * @param name - the defined name of the field
 * @param standIn - the text shown instead
 * @returns a formula expression (no `=`)
 * @example
 * fromCampaign('DiaDanh', '…') // 'IFERROR(IF(DiaDanh&""="","…",DiaDanh&""),"…")'
 */
export function fromCampaign(name: string, standIn: string): string {
  return `IFERROR(IF(${name}&""="","${standIn}",${name}&""),"${standIn}")`;
}

/**
 * A date as the place-and-date line writes it (`ngày 15 tháng 12 năm 2018`), from a cell or name that
 * holds a date serial; dotted blanks to fill by hand when it holds none. Built from DAY, MONTH and YEAR so
 * that it reads the same whatever the spreadsheet's language (TEXT's format codes are localised).
 * @param date - a formula expression giving the serial
 * @returns a formula expression (no `=`)
 * @example
 * dateWords('NgayHop') // 'IFERROR(IF(ISNUMBER(NgayHop),"ngày "&DAY(NgayHop)&…,"ngày … tháng … năm …"),…)'
 */
export function dateWords(date: string): string {
  const blank = '"ngày … tháng … năm …"';
  return `IFERROR(IF(ISNUMBER(${date}),"ngày "&DAY(${date})&" tháng "&MONTH(${date})&" năm "&YEAR(${date}),${blank}),${blank})`;
}

const CENTER = { bold: true, align: 'center' } as const;
const NOTE = { italic: true, align: 'center' } as const;

/**
 * The top of a document: the issuing body beside the national heading, then the title in capitals and
 * the lines under it (the campaign, the unit …), each across the page.
 * @param frame - where the parts sit
 * @param title - the document's title
 * @param lines - formulas (with `=`) or texts of the lines under the title, in order
 * @param issuer - formula (with `=`) of the issuing body; the campaign's issuer when absent
 * @returns the cells, on rows 1 to 4 + lines (A1 rows), the title on row 4
 * @example
 * documentHeading(frame, 'BIÊN BẢN HỌP', ['=TenPhongTrao&""']).map((c) => c.address)
 * // ['A1', 'E1', 'E2', 'A4', 'A5']
 */
export function documentHeading(
  frame: DocumentFrame,
  title: string,
  lines: readonly string[],
  issuer = `=UPPER(${NAMES.issuer}&"")`,
): CellPlan[] {
  const right = a1({ row: 0, col: frame.rightCol });
  const motto = a1({ row: 1, col: frame.rightCol });
  return [
    {
      address: 'A1',
      value: null,
      formula: issuer,
      style: { ...CENTER, wrap: true },
      mergeAcross: frame.issuerSpan,
    },
    { address: right, value: NATIONAL_HEADING.country, style: CENTER, mergeAcross: frame.headingSpan },
    { address: motto, value: NATIONAL_HEADING.motto, style: CENTER, mergeAcross: frame.headingSpan },
    { address: 'A4', value: title, style: { ...CENTER, size: 14 }, mergeAcross: frame.width },
    ...lines.map((line, i): CellPlan => ({
      address: a1({ row: 4 + i, col: 0 }),
      value: line.startsWith('=') ? null : line,
      ...(line.startsWith('=') ? { formula: line } : {}),
      style: { italic: true, align: 'center', wrap: true },
      mergeAcross: frame.width,
    })),
  ];
}

/** Who signs a document, and the one who drew it up beside them (the summary's `NGƯỜI LẬP BIỂU`). */
export interface Signer {
  /** Formula expression (no `=`) of the signer's title, printed in capitals. */
  title: string;
  /**
   * Formula expression (no `=`) of the signer's name; `""` where the workbook never knows it (the head
   * of a unit), which leaves the line out so the block does not run onto a page of its own.
   */
  name: string;
  /** What the seal line says: `(Ký tên, đóng dấu)`, `(Ký, ghi rõ họ tên)`. */
  note: string;
}

/**
 * The end of a document: the place-and-date line, the signer's title in capitals and the note under
 * it, then, below the room for the signature and the seal, the signer's name; on the left, when given,
 * the one who drew the document up.
 * @param frame - where the parts sit
 * @param row - zero-based row of the place-and-date line
 * @param signer - who signs (right)
 * @param drafter - who drew it up (left), if anyone signs there: title, note and the name (a formula
 *   expression, no `=`) when the workbook knows it
 * @param date - formula expression (no `=`) of the date in words; dotted blanks when absent
 * @returns the cells
 * @example
 * signatureBlock(frame, 20, campaignSigner()).length // 4
 */
export function signatureBlock(
  frame: DocumentFrame,
  row: number,
  signer: Signer,
  drafter?: { title: string; note: string; name?: string },
  date = '"ngày … tháng … năm …"',
): CellPlan[] {
  const at = (r: number, col: number): string => a1({ row: r, col });
  const right = frame.rightCol;
  return [
    {
      address: at(row, right),
      value: null,
      formula: `=${fromCampaign(NAMES.place, '…')}&", "&${date}`,
      style: NOTE,
      mergeAcross: frame.signSpan,
    },
    ...(drafter === undefined
      ? []
      : [
          { address: at(row + 1, 0), value: drafter.title, style: CENTER, mergeAcross: frame.issuerSpan },
          { address: at(row + 2, 0), value: drafter.note, style: NOTE, mergeAcross: frame.issuerSpan },
          ...(drafter.name === undefined
            ? []
            : [
                {
                  address: at(row + 7, 0),
                  value: null,
                  formula: `=${drafter.name}`,
                  style: CENTER,
                  mergeAcross: frame.issuerSpan,
                },
              ]),
        ]),
    {
      address: at(row + 1, right),
      value: null,
      formula: `=UPPER(${signer.title})`,
      style: CENTER,
      mergeAcross: frame.signSpan,
    },
    { address: at(row + 2, right), value: signer.note, style: NOTE, mergeAcross: frame.signSpan },
    // Below the room for the signature and the seal; left out where the workbook never knows the name.
    ...(signer.name === '""'
      ? []
      : [
          {
            address: at(row + 7, right),
            value: null,
            formula: `=${signer.name}`,
            style: CENTER,
            mergeAcross: frame.signSpan,
          },
        ]),
  ];
}

/**
 * The signer the campaign sheet names (`Chức vụ người ký`, `Người ký`), signing with the seal.
 * @returns the signer
 * @example
 * campaignSigner().note // '(Ký tên, đóng dấu)'
 */
export function campaignSigner(): Signer {
  return {
    title: fromCampaign(NAMES.signerTitle, DEFAULT_SIGNER_TITLE),
    name: fromCampaign(NAMES.signerName, ''),
    note: '(Ký tên, đóng dấu)',
  };
}

/** Rows the signature block takes from its place-and-date line to the signer's name. */
export const SIGNATURE_ROWS = 8;

/** Whether the workbook's sheet holds exactly the planned tables and places, where planned. */
function unchanged(sheet: string, specs: readonly TableSpec[], current: WorkbookData | undefined): boolean {
  const onSheet = tablesOn(current, sheet);
  if (onSheet.length !== specs.length) return false;
  return specs.every((spec) => {
    const raw = findTable(current, spec.name);
    if (raw === undefined || raw.sheet.toUpperCase() !== sheet.toUpperCase()) return false;
    if (raw.origin.row !== spec.origin.row || raw.origin.col !== spec.origin.col) return false;
    if (raw.headers.length !== spec.columns.length) return false;
    if (!spec.columns.every((c, i) => sameHeader(c.header, raw.headers[i] ?? ''))) return false;
    // Excel keeps one blank row in a table with no data: that is no place.
    const constants = spec.columns.flatMap((c, i) => (c.formula === undefined ? [i] : []));
    const blank = raw.rows.length === 1 && constants.every((i) => keyText(raw.rows[0]?.[i]) === '');
    if ((blank && spec.rows.length === 0 ? 0 : raw.rows.length) !== spec.rows.length) return false;
    return spec.columns.every(
      (c, i) =>
        c.formula !== undefined || spec.rows.every((row, r) => keyText(row[i]) === keyText(raw.rows[r]?.[i])),
    );
  });
}

/**
 * Places the tables of a sheet that holds formulas only (the summary, the documents): one row per place
 * (a cluster, a unit, a vote), nothing typed. When the places change the sheet is rebuilt (`replace`)
 * rather than grown, since its tables sit one under another; a table of the officer's on the sheet, or
 * one of ours moved to another sheet, stops the rebuild (the first would be lost, the second
 * duplicated) and reconciling reports both instead.
 * @param ctx - the plan being built
 * @param sheet - the sheet's plan; the tables are added to it
 * @param specs - the tables, each where it goes on a new sheet
 * @returns the placed tables by name
 * @example
 * placeComputedTables(ctx, sheet, specs).get('Proposals')?.origin
 */
export function placeComputedTables(
  ctx: LayoutContext,
  sheet: SheetPlan,
  specs: readonly TableSpec[],
): Map<string, TablePlan> {
  const { current } = ctx;
  const planned = new Set(specs.map((s) => s.name.toUpperCase()));
  const foreign = tablesOn(current, sheet.name).filter((t) => !planned.has(t.name.toUpperCase()));
  const elsewhere = specs.some((spec) => {
    const raw = findTable(current, spec.name);
    return raw !== undefined && raw.sheet.toUpperCase() !== sheet.name.toUpperCase();
  });
  const rebuild = findSheet(current, sheet.name) !== undefined && !unchanged(sheet.name, specs, current);
  const placed = new Map<string, TablePlan>();
  if (rebuild && foreign.length === 0 && !elsewhere) {
    sheet.replace = true;
    ctx.report.refreshed.push({
      vi: `Trang “${sheet.name}” được tạo lại theo danh sách cụm, đơn vị, danh hiệu mới`,
      en: `Sheet “${sheet.name}” rebuilt for the new clusters, units and titles`,
    });
    for (const spec of specs) {
      const table = newTablePlan(spec);
      sheet.tables.push(table);
      placed.set(spec.name, table);
    }
    return placed;
  }
  for (const table of foreign) {
    ctx.issues.push({
      ...makeIssue(
        'LAYOUT_SUMMARY_USER_TABLE',
        { table: table.name, sheet: table.sheet },
        { table: table.name, row: null, column: null },
      ),
      sheet: table.sheet,
    });
  }
  for (const spec of specs) {
    const table = place(ctx, spec);
    sheet.tables.push(table);
    placed.set(spec.name, table);
  }
  return placed;
}

/** Height of a line of 11 pt text in a row, in points (Excel's default row height). */
const LINE_HEIGHT = 15;

/**
 * Heights of the rows of a list whose wrapped columns show text from formulas, which neither Excel
 * nor LibreOffice heightens when a result arrives: from the longest text each column can show and the
 * column's width (a character of the width holds about 1.2 letters of running text); and of its header
 * row, from its wrapped columns' titles.
 * @param table - the placed list
 * @param most - the most lines a row is given: beyond it a longer text is cut on paper, since every
 *   place of the list gets the height and empty places would fill pages
 * @param texts - for some of its columns, the texts they can show
 * @returns the heights by zero-based row (the header's and the data rows'), none where one line suffices
 * @example
 * wrappedRowHeights(list, 2, [['Tên tập thể, cá nhân', ['Phòng Phổ biến, giáo dục pháp luật']]])
 */
export function wrappedRowHeights(
  table: TablePlan,
  most: number,
  texts: readonly (readonly [string, readonly string[]])[],
): Record<number, number> {
  const lines = Math.max(
    1,
    ...texts.map(([header, shown]) => {
      const width = table.columns.find((c) => sameHeader(c.header, header))?.width ?? 9;
      const longest = Math.max(0, ...shown.map((t) => t.length));
      return linesOf(longest, width);
    }),
  );
  const heights: Record<number, number> = {};
  // The header row too: its wrapped titles are typed text, but a file's reader may keep a row's
  // default height, and a header of two lines would then print over the line above it.
  const headerLines = Math.max(
    1,
    ...table.columns.filter((c) => c.wrap === true).map((c) => linesOf(c.header.length, c.width ?? 9)),
  );
  if (headerLines > 1) heights[table.origin.row] = Math.min(headerLines, most) * LINE_HEIGHT;
  if (lines < 2) return heights;
  const shown = Math.min(lines, most);
  for (let k = 0; k < bodyRows(table); k++) heights[table.origin.row + 1 + k] = shown * LINE_HEIGHT;
  return heights;
}

/** The lines a text of a length takes in a column of a width (characters): about 1.2 letters per character of width. */
function linesOf(length: number, width: number): number {
  return Math.ceil(length / Math.max(1, width * 1.2 - 2));
}

/**
 * A list keeps a numbered place per possible row so it grows live; a place nothing fills shows no
 * number (white on white), so the paper carries no numbered blank rows.
 * @param sheet - the sheet's name
 * @param table - the placed list
 * @param numberHeader - its number column
 * @param nameHeader - a column blank on an empty place
 * @returns the conditional format, or null when a column is missing
 * @example
 * blankPlaceFormat('Đề nghị khen thưởng', list, 'STT', 'Tên tập thể, cá nhân')?.formula // '=$C8=""'
 */
export function blankPlaceFormat(
  sheet: string,
  table: TablePlan,
  numberHeader: string,
  nameHeader: string,
): ConditionalFormatPlan | null {
  const name = rowCell(table, nameHeader);
  const numbers = dataRange(table, numberHeader);
  if (name === null || numbers === null) return null;
  return {
    sheet,
    range: numbers,
    formula: `=${name}=""`,
    fill: COLORS.blank,
    fontColor: COLORS.blank,
    meaning: 'Dòng chưa có nội dung: không hiện số thứ tự',
  };
}

/**
 * Thin lines around the places of a list that hold something, and around its header: a list with a
 * place for every row the largest unit could need prints, for a smaller unit, ruled rows down to its
 * last entry and nothing below.
 * @param sheet - the sheet's name
 * @param table - the placed list
 * @param columns - how many columns from the list's left are printed (and ruled)
 * @param nameHeader - a column blank on an empty place (the header's own title fills it on the header)
 * @returns the conditional format, or null when a column is missing
 * @example
 * filledPlaceRuling('Danh sách đăng ký', list, 5, 'Họ và tên')?.formula // '=$C7<>""'
 */
export function filledPlaceRuling(
  sheet: string,
  table: TablePlan,
  columns: number,
  nameHeader: string,
): ConditionalFormatPlan | null {
  const name = columnAt(table, nameHeader);
  if (name < 0 || columns < 1) return null;
  const top = table.origin.row;
  const range = `${a1({ row: top, col: table.origin.col })}:${a1({
    row: top + bodyRows(table),
    col: table.origin.col + columns - 1,
  })}`;
  return {
    sheet,
    range,
    formula: `=$${columnLetters(name)}${top + 1}<>""`,
    ruled: true,
    meaning: 'Dòng có nội dung: kẻ khung khi in',
  };
}
