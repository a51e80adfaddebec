/**
 * The Office.js host: the workbook open in Excel behind the {@link WorkbookHost} interface. Every
 * action is one `Excel.run`: setting up reads once and writes once (two round trips), reading reads
 * once, rewriting tables' rows (the results lock's record) reads once and writes once, going to a cell
 * syncs once.
 */
import type { WorkbookData } from '../domain/workbook';
import {
  applyOutcome,
  isRefusal,
  type ApplyOutcome,
  type ApplyResult,
  type CellTarget,
  type HostCapabilities,
  type PlanRefusal,
  type RefusedApply,
  type StopWatching,
  type TableRowsWrite,
  type WorkbookChange,
  type WorkbookHost,
} from '../layout/host';
import type { WorkbookPlan } from '../layout/plan';
import { watchWorkbookChanges } from './changeEvents';
import { officeExcelRunIn, type ExcelRunIn } from './worksheetEvents';
import { ExcelHostError, hostError, toExcelHostError, type ExcelStage } from './errors';
import { officeExcelRun, type ExcelRun } from './excelRun';
import { executeWrites } from './executeWrites';
import {
  detectCapabilities,
  findsFormulaCells,
  meetsFloor,
  officeRequirementCheck,
  type RequirementCheck,
} from './featureGate';
import { chunkLimit, REQUEST_BUDGET_BYTES } from './payload';
import { planWrites } from './planWrites';
import type { LiftedProtection } from './protectionWrites';
import { readWorkbook, type ReadOptions } from './readWorkbook';
import { restoreProtection } from './restoreProtection';
import { watchSelections } from './selectionEvents';
import { writeTableRows } from './tableRowWrites';
import { CONTRACT_PROBE, type WorkbookProbe } from './workbookProbe';

/** What the host can be given instead of the real Office.js (tests, a different probe or budget). */
export interface ExcelHostDeps {
  /** `Excel.run` or a stand-in. */
  run?: ExcelRun;
  /** The requirement-set check (`Office.context.requirements.isSetSupported`). */
  requirements?: RequirementCheck;
  /** The sheets and tables read in detail. */
  probe?: WorkbookProbe;
  /** The most bytes one write request may carry by estimate (4 MB). */
  requestBudget?: number;
  /** `Excel.run` over an existing context (removing event handlers). */
  runIn?: ExcelRunIn;
}

const FLOOR_MESSAGE =
  'bản Excel này chưa hỗ trợ ExcelApi 1.8. Tiện ích cần Excel 2019, Microsoft 365 hoặc Excel trên web; hãy cập nhật Excel.';

/**
 * Puts back the protection a failed write lifted, and says so when it could not.
 * @returns the error to throw: the failure itself, or the failure with a note on the sheets left open
 */
async function afterRestoring(
  failure: ExcelHostError,
  run: ExcelRun,
  lifted: readonly LiftedProtection[],
): Promise<ExcelHostError> {
  try {
    await restoreProtection(run, lifted);
    return failure;
  } catch (restoreError) {
    const sheets = lifted.map((l) => `"${l.sheet}"`).join(', ');
    const note = ` Chưa bật lại được bảo vệ của trang ${sheets}: hãy bật lại (Xem lại › Bảo vệ trang tính).`;
    return new ExcelHostError(failure.message + note, failure.code, failure.stage, [
      failure.cause,
      restoreError,
    ]);
  }
}

/**
 * Creates the Office.js host.
 * @param deps - stand-ins for Office.js; by default the loaded `Excel.run` and requirement check
 * @returns the host
 * @example
 * const host = createExcelHost();
 * const result = await host.applyPlan((current) => buildPlan(campaign, current));
 */
export function createExcelHost(deps: ExcelHostDeps = {}): WorkbookHost {
  const run = deps.run ?? officeExcelRun;
  const runIn = deps.runIn ?? officeExcelRunIn;
  const requirements = deps.requirements ?? officeRequirementCheck();
  const probe = deps.probe ?? CONTRACT_PROBE;
  const budget = deps.requestBudget ?? REQUEST_BUDGET_BYTES;
  const readOptions = (): ReadOptions => ({ formulaCells: findsFormulaCells(requirements) });

  const requireFloor = (stage: ExcelStage): void => {
    if (!meetsFloor(requirements)) throw hostError(FLOOR_MESSAGE, stage);
  };

  return {
    kind: 'excel',

    capabilities(): HostCapabilities {
      return detectCapabilities(requirements);
    },

    async applyPlan<B extends WorkbookPlan | PlanRefusal>(
      build: (current: WorkbookData) => B,
    ): Promise<ApplyOutcome<B>> {
      requireFloor('write');
      const capabilities = detectCapabilities(requirements);
      let stage: ExcelStage = 'read';
      let lifted: LiftedProtection[] = [];
      try {
        const result = await run(async (context): Promise<ApplyResult | RefusedApply> => {
          const snapshot = await readWorkbook(context, probe, readOptions());
          const current = snapshot.data;
          const built = build(current);
          if (isRefusal(built)) return { refused: built.refused, current, roundTrips: snapshot.roundTrips };
          stage = 'write';
          const planned = planWrites(built, snapshot, capabilities, chunkLimit(budget));
          lifted = planned.lifted;
          const requests = await executeWrites(context, planned.ops, budget);
          return { plan: built, notes: planned.notes, roundTrips: snapshot.roundTrips + requests, current };
        });
        return applyOutcome<B>(result);
      } catch (error) {
        const failure = toExcelHostError(error, stage);
        throw lifted.length === 0 ? failure : await afterRestoring(failure, run, lifted);
      }
    },

    async read(): Promise<WorkbookData> {
      requireFloor('read');
      try {
        const snapshot = await run((context) => readWorkbook(context, probe, readOptions()));
        return snapshot.data;
      } catch (error) {
        throw toExcelHostError(error, 'read');
      }
    },

    async watchChanges(listener: (change: WorkbookChange) => void): Promise<StopWatching | null> {
      try {
        return await watchWorkbookChanges(run, runIn, requirements, listener);
      } catch (error) {
        throw toExcelHostError(error, 'read');
      }
    },

    async watchSelection(listener: (target: CellTarget) => void): Promise<StopWatching | null> {
      try {
        return await watchSelections(run, runIn, requirements, listener);
      } catch (error) {
        throw toExcelHostError(error, 'read');
      }
    },

    async writeRows(writes: readonly TableRowsWrite[]): Promise<void> {
      requireFloor('write');
      let lifted: LiftedProtection[] = [];
      try {
        await run((context) =>
          writeTableRows(context, writes, (sheets) => {
            lifted = sheets;
          }),
        );
      } catch (error) {
        const failure = toExcelHostError(error, 'write');
        throw lifted.length === 0 ? failure : await afterRestoring(failure, run, lifted);
      }
    },

    async goTo(target: CellTarget): Promise<void> {
      try {
        await run(async (context) => {
          const sheet = context.workbook.worksheets.getItem(target.sheet);
          sheet.activate();
          sheet.getRange(target.cell).select();
          await context.sync();
        });
      } catch (error) {
        throw toExcelHostError(error, 'goTo');
      }
    },
  };
}
