/**
 * The "Kiểm tra" ribbon command: checks the registrations and the scores of the open workbook with the
 * task pane's own actions (both from one read) and selects the cell of the first error (else of the
 * first warning).
 */
import { distinctIssues, type CheckedIssue, type IssueCounts, type WorkbookActions } from '../workflow';
import type { Notice } from './notice';

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
 * Words the result of a check for the notice dialog.
 * @param counts - errors and warnings of both checks
 * @param selected - the issue whose cell was selected, if any
 * @returns the notice
 * @example
 * checkNotice({ errors: 0, warnings: 0 }, null).title // 'Không có lỗi nào'
 */
export function checkNotice(counts: IssueCounts, selected: CheckedIssue | null): Notice {
  const lines = [`${counts.errors} lỗi, ${counts.warnings} cảnh báo trong đăng ký và chấm điểm.`];
  if (selected !== null)
    lines.push(`Đã chọn ô ${selected.sheet ?? ''}!${selected.cell ?? ''}: ${selected.message}`);
  if (counts.errors + counts.warnings > 0)
    lines.push('Mở ngăn Thi đua (nút "Sổ thi đua") để xem đầy đủ danh sách.');
  if (counts.errors > 0) return { tone: 'error', title: `Có ${counts.errors} lỗi cần sửa`, lines };
  if (counts.warnings > 0) return { tone: 'warning', title: 'Không có lỗi, còn cảnh báo', lines };
  return { tone: 'ok', title: 'Không có lỗi nào', lines };
}

/**
 * Runs both checks on one read of the workbook, selects the first issue's cell and tells the officer
 * the result (or what went wrong); the event is completed whatever happens, or Excel would keep the
 * button busy.
 * @param actions - the workbook's actions
 * @param event - the ribbon event
 * @param notify - shows a notice (a dialog in Excel)
 * @returns when the event is completed
 * @example
 * Office.actions.associate('checkWorkbook', (event) => void checkWorkbook(actions, event, showNotice));
 */
export async function checkWorkbook(
  actions: WorkbookActions,
  event: { completed: () => void },
  notify: (notice: Notice) => Promise<void>,
): Promise<void> {
  try {
    let notice: Notice;
    try {
      // One read for both checks: a second read would double the round trips of the command and
      // could see a workbook the officer changed in between.
      const { registrations, scores } = await actions.checkAll();
      const issues = distinctIssues([...registrations.issues, ...scores.issues]);
      const first = firstToSelect(issues);
      const selected = first !== null && (await actions.goTo(first)) ? first : null;
      notice = checkNotice(
        {
          errors: issues.filter((i) => i.severity === 'error').length,
          warnings: issues.filter((i) => i.severity === 'warning').length,
        },
        selected,
      );
    } catch (error) {
      notice = {
        tone: 'error',
        title: 'Không kiểm tra được sổ',
        lines: [
          error instanceof Error ? error.message : String(error),
          'Mở ngăn Thi đua để xem chi tiết và thử lại.',
        ],
      };
    }
    await notify(notice);
  } finally {
    event.completed();
  }
}
