/**
 * The host interface: what the task pane, the CLI and the tests ask of a workbook, whatever holds it
 * (Excel through Office.js, an .xlsx file, an in-memory workbook).
 */
import type { Issue } from '../domain/model';
import type { CellValue, WorkbookData } from '../domain/workbook';
import type { WorkbookPlan } from './plan';

/** Features a host may lack (older Excel builds): the pane shows a note instead of failing. */
export interface HostCapabilities {
  /** Print setup (page layout). */
  printSetup: boolean;
  /** Charts. */
  charts: boolean;
  /** Sheet protection. */
  protection: boolean;
  /** Hiding a sheet as very hidden. */
  veryHidden: boolean;
}

/**
 * What a plan build returns instead of a plan when the plan must not be written (the workbook holds no
 * readable campaign, or the plan could not be reconciled with it): the issues that say why. An expected
 * outcome, so it is a value, never an exception.
 */
export interface PlanRefusal {
  refused: Issue[];
}

/** What applying a plan did. */
export interface ApplyResult {
  plan: WorkbookPlan;
  /** Features skipped because the host lacks them, worded for the officer (Vietnamese). */
  notes: string[];
  /** Round trips to the host (Office.js `context.sync` calls); 0 where not applicable. */
  roundTrips: number;
  /** The workbook as read before the write: the plan's issues point at its tables. */
  current: WorkbookData;
}

/** A plan build refused to write: nothing was written. */
export interface RefusedApply {
  refused: Issue[];
  /** The workbook as read: the refusal's issues point at its tables. */
  current: WorkbookData;
  roundTrips: number;
}

/** What {@link WorkbookHost.applyPlan} gives for a build returning `B`: a refusal is possible only if `B` allows one. */
export type ApplyOutcome<B> = B extends PlanRefusal ? RefusedApply : ApplyResult;

/**
 * Whether a plan build refused.
 * @param built - what the build returned
 * @returns true for a {@link PlanRefusal}
 * @example
 * isRefusal({ refused: [] }) // true
 */
export function isRefusal(built: WorkbookPlan | PlanRefusal): built is PlanRefusal {
  return 'refused' in built;
}

/**
 * Whether applying a plan was refused.
 * @param outcome - what `applyPlan` gave
 * @returns true for a {@link RefusedApply}
 * @example
 * if (wasRefused(outcome)) showIssues(outcome.refused);
 */
export function wasRefused(outcome: ApplyResult | RefusedApply): outcome is RefusedApply {
  return 'refused' in outcome;
}

/**
 * Types a host's result by the build it was given: hosts return either form, and the build's type says
 * which the caller can get. The one place the two are tied together.
 * @param outcome - what the host did
 * @returns the same object, typed for the build
 * @example
 * return applyOutcome<B>({ plan, notes, roundTrips: 0, current });
 */
export function applyOutcome<B extends WorkbookPlan | PlanRefusal>(
  outcome: ApplyResult | RefusedApply,
): ApplyOutcome<B> {
  return outcome as ApplyOutcome<B>;
}

/** Where a validation issue points. */
export interface CellTarget {
  sheet: string;
  /** A1 address. */
  cell: string;
}

/**
 * The data rows a table holds after an edit, in the named columns: rows that exist are overwritten, the
 * table grows for rows past its end and shrinks when there are fewer (the cells it leaves are cleared;
 * a table left with none keeps one blank row, as Excel needs). Columns not named keep their cells;
 * computed columns get their formulas from the next plan applied.
 */
export interface TableRowsWrite {
  table: string;
  /** Headers of the columns written, as the table has them. */
  headers: string[];
  /** One value per header, per data row, in order. Text is written as typed, never parsed. */
  rows: CellValue[][];
}

/** A change to the workbook a host heard of: cells typed, pasted or cleared, rows added, a plan written. */
export interface WorkbookChange {
  /** The sheet that changed, where the host says. */
  sheet: string | null;
}

/** Stops listening to a workbook's changes. */
export type StopWatching = () => Promise<void>;

/** A workbook host. */
export interface WorkbookHost {
  /** Short name for messages: `excel`, `memory`, `xlsx`. */
  readonly kind: string;
  capabilities(): HostCapabilities;
  /**
   * Reads what the workbook holds, asks `build` for the plan against it and writes the plan:
   * one read and one write (two round trips in Excel), whatever the size. When `build` refuses, nothing
   * is written and the refusal comes back with the workbook as read.
   */
  applyPlan<B extends WorkbookPlan | PlanRefusal>(
    build: (current: WorkbookData) => B,
  ): Promise<ApplyOutcome<B>>;
  /** Reads sheets and tables back as plain rows (one round trip). */
  read(): Promise<WorkbookData>;
  /** Selects a cell and scrolls to it. */
  goTo(target: CellTarget): Promise<void>;
  /**
   * Rewrites the data rows of tables (merging units' copies into a cluster's workbook). Only hosts over
   * a file offer it; a caller applies a plan afterwards for the formulas and formats of the rows.
   * @throws Error when a table or a named column is not in the workbook
   */
  writeRows?(writes: readonly TableRowsWrite[]): Promise<void>;
  /**
   * Calls `listener` after each change to the workbook, for a caller that keeps what it shows up to
   * date. Absent, or resolving to null, where the host cannot hear of changes (an Excel without the
   * events, a file): the caller then treats what it shows as possibly out of date.
   * @returns how to stop listening, or null when the host cannot listen
   */
  watchChanges?(listener: (change: WorkbookChange) => void): Promise<StopWatching | null>;
  /**
   * Calls `listener` with the cell a person selects (the first of a range), so the pane can follow the
   * sheet: a row selected on Chấm điểm opens that unit's explanation. Absent, or resolving to null, where
   * the host cannot hear of selections.
   * @returns how to stop listening, or null when the host cannot listen
   */
  watchSelection?(listener: (target: CellTarget) => void): Promise<StopWatching | null>;
}
