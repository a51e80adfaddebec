import { useEffect, useRef } from 'react';
import type { CheckedIssue, WorkbookActions } from '../../workflow';
import type { Runner } from '../useRunner';
import type { WorkbookChanges } from '../useWorkbookChanges';

/** What every step of the pane is given. */
export interface StepProps {
  /** The workbook's actions, or null when no workbook is connected. */
  actions: WorkbookActions | null;
  runner: Runner;
  onGoTo: (issue: CheckedIssue) => void;
  /** The workbook's changes, which the step's results follow. */
  changes: WorkbookChanges;
  /** Whether the step is on screen. */
  active: boolean;
  /** Grows each time the step before asks this step to run its action (its "next step" button). */
  runRequest: number;
  /** Opens the next step and runs its action; null for the last step. */
  onNext: (() => void) | null;
}

/**
 * Runs a step's action each time the step before asks for it, also when that request is what mounted
 * the step.
 * @param runRequest - the step's {@link StepProps.runRequest}
 * @param run - the step's action
 * @example
 * useRunRequest(runRequest, result.run);
 */
export function useRunRequest(runRequest: number, run: () => void): void {
  // From 0, not from the first value: a step first mounted by the step before's "next step" runs at once.
  const handled = useRef(0);
  const latest = useRef(run);
  latest.current = run;
  useEffect(() => {
    if (runRequest === handled.current) return;
    handled.current = runRequest;
    latest.current();
  }, [runRequest]);
}

/**
 * The first error of a result that has a cell to go to, for the step's "next step".
 * @param issues - the result's issues
 * @returns the first located error, or null
 * @example
 * firstError(result.issues)?.cell // 'A4'
 */
export function firstError(issues: readonly CheckedIssue[]): CheckedIssue | null {
  return issues.find((i) => i.severity === 'error' && i.sheet !== undefined && i.cell !== undefined) ?? null;
}
