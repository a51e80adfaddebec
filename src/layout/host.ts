/**
 * The host interface: what the task pane, the CLI and the tests ask of a workbook, whatever holds it
 * (Excel through Office.js, an .xlsx file, an in-memory workbook).
 */
import type { WorkbookData } from '../domain/workbook';
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

/** What applying a plan did. */
export interface ApplyResult {
  plan: WorkbookPlan;
  /** Features skipped because the host lacks them, worded for the officer (Vietnamese). */
  notes: string[];
  /** Round trips to the host (Office.js `context.sync` calls); 0 where not applicable. */
  roundTrips: number;
}

/** Where a validation issue points. */
export interface CellTarget {
  sheet: string;
  /** A1 address. */
  cell: string;
}

/** A workbook host. */
export interface WorkbookHost {
  /** Short name for messages: `excel`, `memory`, `xlsx`. */
  readonly kind: string;
  capabilities(): HostCapabilities;
  /**
   * Reads what the workbook holds, asks `build` for the plan against it and writes the plan:
   * one read and one write (two round trips in Excel), whatever the size.
   */
  applyPlan(build: (current: WorkbookData) => WorkbookPlan): Promise<ApplyResult>;
  /** Reads sheets and tables back as plain rows (one round trip). */
  read(): Promise<WorkbookData>;
  /** Selects a cell and scrolls to it. */
  goTo(target: CellTarget): Promise<void>;
}
