/**
 * Sheet-level writes: adding a missing sheet, its tab colour, free column widths, frozen header rows
 * and visibility (`_meta` is very hidden: out of the Unhide dialog, so nobody deletes it by accident).
 */
import type { SheetVisibility } from '../domain/workbook';
import { columnRangeA1 } from '../geometry/bounds';
import type { SheetPlan } from '../layout/plan';
import { charsToPoints } from './_lib/units';
import { writeOp, type WriteOp } from './writeOp';

const VISIBILITY: Readonly<Record<SheetVisibility, 'Visible' | 'Hidden' | 'VeryHidden'>> = {
  visible: 'Visible',
  hidden: 'Hidden',
  veryHidden: 'VeryHidden',
};

/**
 * The writes that make the sheet exist (added at the end of the workbook) with its tab colour.
 * @param sheet - the planned sheet
 * @param exists - whether the workbook has it
 * @returns the writes
 * @example
 * addSheetOps(plan.sheets[0], false).map((op) => op.kind) // ['addSheet', 'tabColor']
 */
export function addSheetOps(sheet: SheetPlan, exists: boolean): WriteOp[] {
  const ops: WriteOp[] = [];
  if (!exists) {
    ops.push(
      writeOp('addSheet', sheet.name, null, (session) => {
        session.addSheet(sheet.name);
      }),
    );
  }
  const color = sheet.tabColor;
  if (color !== undefined) {
    ops.push(
      writeOp('tabColor', sheet.name, null, (session) => {
        session.sheet(sheet.name).tabColor = color;
      }),
    );
  }
  return ops;
}

/**
 * The writes of free column widths (outside tables) and frozen header rows.
 * @param sheet - the planned sheet
 * @returns the writes
 * @example
 * layoutOps({ ...sheet, columnWidths: { 0: 30 }, freezeRows: 1 }).map((op) => op.kind) // ['columnWidth', 'freeze']
 */
export function layoutOps(sheet: SheetPlan): WriteOp[] {
  const widths = Object.entries(sheet.columnWidths).map(([col, chars]) => {
    const address = columnRangeA1(Number(col));
    const points = charsToPoints(chars);
    return writeOp('columnWidth', sheet.name, null, (session) => {
      session.sheet(sheet.name).getRange(address).format.columnWidth = points;
    });
  });
  const heights = rowRuns(sheet.rowHeights ?? {}).map(({ first, last, points }) =>
    writeOp('rowHeight', sheet.name, null, (session) => {
      session.sheet(sheet.name).getRange(`${first + 1}:${last + 1}`).format.rowHeight = points;
    }),
  );
  // No rows to freeze leaves whatever the officer froze.
  const freeze =
    sheet.freezeRows > 0
      ? [
          writeOp('freeze', sheet.name, null, (session) => {
            session.sheet(sheet.name).freezePanes.freezeRows(sheet.freezeRows);
          }),
        ]
      : [];
  return [...widths, ...heights, ...freeze];
}

/** Adjacent rows of the same height, one write each. */
function rowRuns(heights: Record<number, number>): { first: number; last: number; points: number }[] {
  const runs: { first: number; last: number; points: number }[] = [];
  const rows = Object.keys(heights)
    .map(Number)
    .sort((a, b) => a - b);
  for (const row of rows) {
    const points = heights[row] ?? 0;
    const run = runs[runs.length - 1];
    if (run !== undefined && run.last === row - 1 && run.points === points) run.last = row;
    else runs.push({ first: row, last: row, points });
  }
  return runs;
}

/**
 * The write of a sheet's visibility, when it differs from what the sheet has.
 * @param sheet - the planned sheet
 * @param current - its visibility now, or null for a sheet added by this write
 * @returns the write, or null when nothing changes
 * @example
 * visibilityOp({ ...sheet, name: '_meta', visibility: 'veryHidden' }, null)?.kind // 'visibility'
 */
export function visibilityOp(sheet: SheetPlan, current: SheetVisibility | null): WriteOp | null {
  if (sheet.visibility === (current ?? 'visible')) return null;
  const visibility = VISIBILITY[sheet.visibility];
  return writeOp('visibility', sheet.name, null, (session) => {
    session.sheet(sheet.name).visibility = visibility;
  });
}
