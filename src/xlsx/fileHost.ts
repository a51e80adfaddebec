/**
 * The workbook host over a workbook file held in memory: what the command line uses to set up and read
 * .xlsx files without Excel. Load and save the workbook with `loadWorkbookFile` / `saveWorkbookFile`.
 */
import type { WorkbookData } from '../domain/workbook';
import { parseA1 } from '../domain/workbook';
import { toFileFormula } from '../geometry/formulaForms';
import type { TableGeometry } from '../geometry/tableGeometry';
import {
  applyOutcome,
  isRefusal,
  type ApplyOutcome,
  type CellTarget,
  type HostCapabilities,
  type PlanRefusal,
  type TableRowsWrite,
  type WorkbookHost,
} from '../layout/host';
import type { WorkbookPlan } from '../layout/plan';
import { setDefinedName } from './definedNames';
import type { Workbook, WorkbookView } from './library';
import { readWorkbook } from './readWorkbook';
import { orderSheets } from './sheetOrder';
import { writeRows } from './writeRows';
import { writeSheet } from './writeSheet';

/**
 * A host over a workbook held in memory. Applying a plan changes the workbook object; saving it
 * is the caller's step. A plan whose `issues` hold an error is not applied at all (the result carries
 * the plan, whose issues say why).
 *
 * @param workbook - the workbook, new or loaded from a file
 * @returns the host
 * @example
 * ```ts
 * const workbook = newWorkbook(campaign.name);
 * const host = createFileHost(workbook);
 * const { notes } = await host.applyPlan((current) => buildPlan(campaign, current));
 * await saveWorkbookFile(workbook, 'thi-dua-2018.xlsx');
 * ```
 */
export function createFileHost(workbook: Workbook): WorkbookHost {
  return {
    kind: 'xlsx',
    capabilities(): HostCapabilities {
      return { printSetup: true, charts: true, protection: true, veryHidden: true };
    },
    async applyPlan<B extends WorkbookPlan | PlanRefusal>(
      build: (current: WorkbookData) => B,
    ): Promise<ApplyOutcome<B>> {
      const current = readWorkbook(workbook);
      const plan = build(current);
      if (isRefusal(plan)) return applyOutcome<B>({ refused: plan.refused, current, roundTrips: 0 });
      // A plan with an error could not be reconciled with the workbook: nothing is written.
      if (plan.issues.some((issue) => issue.severity === 'error'))
        return applyOutcome<B>({ plan, notes: [], roundTrips: 0, current });
      const before = workbook.worksheets.map((sheet) => sheet.name);
      const notes: string[] = [];
      const tables = new Map<string, TableGeometry>(
        plan.sheets.flatMap((sheet) => sheet.tables.map((table) => [table.name, table] as const)),
      );
      for (const sheet of plan.sheets) notes.push(...(await writeSheet(workbook, sheet, tables)));
      for (const name of plan.names) setDefinedName(workbook, name.name, toFileFormula(name.formula));
      orderSheets(
        workbook,
        before,
        plan.sheets.map((sheet) => sheet.name),
      );
      showVisibleSheet(workbook);
      return applyOutcome<B>({ plan, notes, roundTrips: 0, current });
    },
    read(): Promise<WorkbookData> {
      return Promise.resolve(readWorkbook(workbook));
    },
    writeRows(writes: readonly TableRowsWrite[]): Promise<void> {
      for (const write of writes) writeRows(workbook, write);
      return Promise.resolve();
    },
    goTo(target: CellTarget): Promise<void> {
      const worksheet = workbook.getWorksheet(target.sheet);
      const position = parseA1(target.cell);
      if (worksheet === undefined || position === null) {
        return Promise.reject(new Error(`No cell ${target.cell} on sheet ${target.sheet}.`));
      }
      // The file opens on this sheet with this cell selected.
      const view = worksheet.views[0] ?? { state: 'normal' as const };
      worksheet.views = [{ ...view, activeCell: target.cell.replace(/\$/g, '') }];
      setActiveTab(workbook, workbook.worksheets.indexOf(worksheet));
      return Promise.resolve();
    },
  };
}

/** Excel refuses to open a file whose active sheet is hidden; make it the first visible one then. */
function showVisibleSheet(workbook: Workbook): void {
  const sheets = workbook.worksheets;
  const active = bookView(workbook)?.activeTab ?? 0;
  if (sheets[active]?.state === 'visible') return;
  const first = sheets.findIndex((sheet) => sheet.state === 'visible');
  if (first >= 0) setActiveTab(workbook, first);
}

function setActiveTab(workbook: Workbook, index: number): void {
  const view = bookView(workbook) ?? {
    x: 0,
    y: 0,
    width: 12000,
    height: 9000,
    visibility: 'visible',
    firstSheet: 0,
  };
  workbook.views = [{ ...view, activeTab: index, firstSheet: Math.min(view.firstSheet ?? 0, index) }];
}

/** The workbook window; a loaded file may have none (the library then leaves `views` undefined). */
function bookView(workbook: Workbook): WorkbookView | undefined {
  const views = workbook.views as WorkbookView[] | undefined;
  return views?.[0];
}
