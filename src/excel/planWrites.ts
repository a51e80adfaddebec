/**
 * Phase 2 as a list: every write a plan needs against the workbook phase 1 read, in the order Excel
 * needs them — sheets and lifted protection, tables (structure first, then the names that refer to
 * them, the free cells that may use the names, then formulas and column formats), conditional
 * formats, charts, frozen panes, print setup, visibility, and protection last. Features this Excel lacks are skipped with a note.
 */
import type { HostCapabilities } from '../layout/host';
import type { TablePlan, WorkbookPlan } from '../layout/plan';
import { cellOp } from './cellWrites';
import { chartOp } from './chartWrites';
import { conditionalFormatOps } from './conditionalFormatWrites';
import { hostError } from './errors';
import { DEGRADED_NOTES } from './featureGate';
import { nameOps } from './nameWrites';
import { printOp } from './printWrites';
import { liftedProtection, protectOps, unprotectOps, type LiftedProtection } from './protectionWrites';
import type { WorkbookSnapshot } from './readWorkbook';
import { addSheetOps, layoutOps, visibilityOp } from './sheetWrites';
import { tableColumnOps, tableStructureOps } from './tableWrites';
import type { WriteOp } from './writeOp';

/** The writes of a plan, the notes of skipped features, and the protection the writes lift. */
export interface PlannedWrites {
  ops: WriteOp[];
  notes: string[];
  lifted: LiftedProtection[];
}

function checkTables(plan: WorkbookPlan, snapshot: WorkbookSnapshot): void {
  for (const sheet of plan.sheets) {
    for (const table of sheet.tables) {
      const exists = snapshot.data.tables[table.name] !== undefined;
      if (exists !== table.existing) {
        // Writing on a plan made for another state of the workbook could overwrite typed data.
        throw hostError(
          `bảng "${table.name}" ${exists ? 'đã có' : 'không còn'} trong sổ, khác với kế hoạch vừa lập ` +
            '(sổ vừa bị sửa trong lúc cập nhật?). Hãy chạy lại "Tạo / cập nhật sổ thi đua".',
          'write',
        );
      }
    }
  }
}

/**
 * Plans every write of a workbook plan.
 * @param plan - the plan `buildPlan` returned for this snapshot
 * @param snapshot - what phase 1 read
 * @param capabilities - what this Excel can do
 * @param chunkLimit - the most bytes one array write may carry
 * @returns the ordered writes, the notes, and the lifted protection
 * @example
 * planWrites(plan, snapshot, capabilities, REQUEST_BUDGET_BYTES).ops.at(-1)?.kind // 'protect'
 */
export function planWrites(
  plan: WorkbookPlan,
  snapshot: WorkbookSnapshot,
  capabilities: HostCapabilities,
  chunkLimit: number,
): PlannedWrites {
  checkTables(plan, snapshot);
  const notes = new Set<string>();
  const existingSheets = new Map(snapshot.data.sheets.map((s) => [s.name, s]));
  const lifted = capabilities.protection ? liftedProtection(plan.sheets, snapshot) : [];
  const tables = plan.sheets.flatMap((sheet) => sheet.tables);
  const tablesByName = new Map<string, TablePlan>(tables.map((table) => [table.name, table]));

  const ops: WriteOp[] = [
    ...plan.sheets.flatMap((sheet) => addSheetOps(sheet, existingSheets.has(sheet.name))),
    ...unprotectOps(lifted),
    ...tables.flatMap((table) => tableStructureOps(table, chunkLimit)),
    // Names refer to table columns (after the tables); free cells may use names (after the names).
    ...nameOps(plan.names, snapshot.data.names ?? {}),
    ...plan.sheets.flatMap((sheet) => sheet.cells.map((cell) => cellOp(sheet.name, cell))),
    ...tables.flatMap((table) => tableColumnOps(table, chunkLimit)),
    ...plan.sheets.flatMap((sheet) => layoutOps(sheet)),
    ...plan.sheets.flatMap((sheet) => conditionalFormatOps(sheet.name, sheet.conditionalFormats)),
  ];

  for (const sheet of plan.sheets) {
    for (const chart of sheet.charts) {
      if (!capabilities.charts) {
        notes.add(DEGRADED_NOTES.charts);
        continue;
      }
      // A chart that exists keeps the place and look the officer gave it.
      if (snapshot.sheets[chart.sheet]?.charts.includes(chart.name)) continue;
      const op = chartOp(chart, tablesByName.get(chart.table));
      if (op) ops.push(op);
    }
  }
  for (const sheet of plan.sheets) {
    if (!sheet.print) continue;
    if (capabilities.printSetup) ops.push(printOp(sheet.name, sheet.print));
    else notes.add(DEGRADED_NOTES.printSetup);
  }
  for (const sheet of plan.sheets) {
    if (sheet.visibility === 'veryHidden' && !capabilities.veryHidden) {
      notes.add(DEGRADED_NOTES.veryHidden);
      continue;
    }
    const op = visibilityOp(sheet, existingSheets.get(sheet.name)?.visibility ?? null);
    if (op) ops.push(op);
  }
  if (capabilities.protection) ops.push(...protectOps(plan.sheets, lifted));
  else if (plan.sheets.some((sheet) => sheet.protect)) notes.add(DEGRADED_NOTES.protection);

  return { ops, notes: [...notes], lifted };
}
