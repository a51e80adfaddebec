import type { Notice } from './notice';
import { noticeQuery } from './notice';

/**
 * Shows a notice in a small Office dialog (DialogApi 1.1). Where the dialog cannot open, the notice
 * goes to the console as a last resort and the promise rejects, so the failure is not hidden.
 * @param notice - what to show
 * @returns when the dialog is open
 * @example
 * await showNotice({ tone: 'ok', title: 'Không có lỗi nào', lines: [] });
 */
export function showNotice(notice: Notice): Promise<void> {
  const url = new URL(`notice.html${noticeQuery(notice)}`, window.location.href).toString();
  return new Promise((resolve, reject) => {
    if (!Office.context.requirements.isSetSupported('DialogApi', '1.1')) {
      console.error(`Thi đua — ${notice.title}: ${notice.lines.join(' ')}`);
      reject(new Error('Bản Office này không mở được hộp thoại (DialogApi 1.1).'));
      return;
    }
    Office.context.ui.displayDialogAsync(url, { height: 30, width: 30, displayInIframe: true }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) {
        console.error(`Thi đua — ${notice.title}: ${notice.lines.join(' ')}`);
        reject(new Error(result.error.message));
        return;
      }
      const dialog = result.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => dialog.close());
      resolve();
    });
  });
}
