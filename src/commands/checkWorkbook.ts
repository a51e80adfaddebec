/**
 * The "Kiểm tra" ribbon command: checks the registrations and the scores of the open workbook with the
 * task pane's own actions and selects the cell of the first error (else of the first warning).
 */
import type { CheckedIssue, WorkbookActions } from '../taskpane/actions';

/**
 * The issue a check command selects: the first error that has a cell in the workbook, else the
 * first such warning.
 * @param issues - issues of the registration check, then of the score check
 * @returns the issue to select, or null when none has a place
 * @example
 * firstToSelect([{ ...warning, sheet: 'Đăng ký', cell: 'A2' }, { ...error, sheet: 'Chấm điểm', cell: 'D3' }])?.cell // 'D3'
 */
export function firstToSelect(issues: readonly CheckedIssue[]): CheckedIssue | null {
  const placed = issues.filter((issue) => issue.sheet !== undefined && issue.cell !== undefined);
  return placed.find((issue) => issue.severity === 'error') ?? placed[0] ?? null;
}

/**
 * Runs both checks and selects the first issue's cell; the event is completed whatever happens, or
 * Excel would keep the button busy.
 * @param actions - the workbook's actions
 * @param event - the ribbon event
 * @returns when the event is completed
 * @example
 * Office.actions.associate('checkWorkbook', (event) => void checkWorkbook(createWorkbookActions(createExcelHost()), event));
 */
export async function checkWorkbook(
  actions: WorkbookActions,
  event: { completed: () => void },
): Promise<void> {
  try {
    const registrations = await actions.checkRegistrations();
    const scores = await actions.checkScores();
    const first = firstToSelect([...registrations.issues, ...scores.issues]);
    if (first !== null) await actions.goTo(first);
  } catch (error) {
    // A function command has no surface of its own to show a message on; the pane's "Kiểm tra"
    // buttons run the same checks and show the failure with what to do.
    console.error('Thi đua: không kiểm tra được sổ.', error);
  } finally {
    event.completed();
  }
}
