/**
 * Input tables set side by side on one sheet, each under a heading: the catalogue's and the council's.
 */
import { a1 } from '../../domain/workbook';
import { place, type LayoutContext } from '../context';
import type { PrintPlan, SheetPlan, TablePlan } from '../plan';
import type { TableSpec } from '../placeTable';
import { findTable, freeColumn } from './current';
import { TABLE_STYLE } from './formats';
import { columnSpan, printSetup, tableWidths } from './printSetup';

/** A table of a side-by-side sheet, before it is given its sheet, place and input style. */
export type SideBySideSpec = Omit<TableSpec, 'origin' | 'sheet' | 'style' | 'showFilter'>;

/**
 * Places input tables side by side on `sheet`, header row at `headerRow`, each with its heading in the
 * row above. Tables the workbook already has stay where they are; new ones go after everything already
 * on the sheet, one empty column apart, so nothing typed is moved or covered.
 * @param ctx - the plan being built
 * @param sheet - the sheet's plan; the tables and headings are added to it
 * @param specs - the tables, left to right
 * @param headerRow - zero-based row of the header rows
 * @param headings - the heading of each table by name (the table's name where it has none)
 * @returns the placed tables, in the order of `specs`
 * @example
 * placeSideBySide(ctx, sheet, [members, votes], 2, HEADINGS).map((t) => t.origin.col) // [0, 4] on a new sheet
 */
export function placeSideBySide(
  ctx: LayoutContext,
  sheet: SheetPlan,
  specs: readonly SideBySideSpec[],
  headerRow: number,
  headings: Readonly<Record<string, string>>,
): TablePlan[] {
  let col = freeColumn(ctx.current, sheet.name);
  return specs.map((spec) => {
    const existing = findTable(ctx.current, spec.name) !== undefined;
    const table = place(ctx, {
      ...spec,
      sheet: sheet.name,
      origin: { row: headerRow, col: existing ? 0 : col },
      style: TABLE_STYLE.input,
      showFilter: true,
    });
    sheet.tables.push(table);
    if (!existing) col = table.origin.col + table.headers.length + 1;
    if (table.origin.row >= 1) {
      // Each table prints from its own pages: its heading wraps within its columns, since past them
      // the print range would cut it.
      const heading = headings[spec.name] ?? spec.name;
      const row = table.origin.row - 1;
      const span = table.headers.length;
      sheet.cells.push({
        address: a1({ row, col: table.origin.col }),
        value: heading,
        style: { bold: true, wrap: true },
        ...(span > 1 ? { mergeAcross: span } : {}),
      });
      const width = tableWidths(table).reduce((a, b) => a + b, 0);
      // A bold letter takes about one character of the width.
      const lines = Math.min(3, Math.ceil(heading.length / Math.max(1, width)));
      if (lines > 1)
        sheet.rowHeights = { ...sheet.rowHeights, [row]: Math.max(sheet.rowHeights?.[row] ?? 0, lines * 15) };
    }
    return table;
  });
}

/**
 * The print setup of a side-by-side sheet: each table from its own pages, since side by side on one
 * page they would shrink to nothing, with the header row repeated.
 * @param tables - the sheet's tables
 * @param headerRow - zero-based row of the header rows
 * @returns the print plan
 * @example
 * tablePerPagePrint(sheet.tables, 1).area // '$A:$D,$F:$I'
 */
export function tablePerPagePrint(tables: readonly TablePlan[], headerRow: number): PrintPlan {
  return printSetup({
    blocks: tables.map((table) => tableWidths(table)),
    area: tables.map((table) => columnSpan(table)).join(','),
    repeatRows: `$${headerRow + 1}:$${headerRow + 1}`,
  });
}
