// Ribbon commands: the function file Excel loads for the buttons that run without the task pane.
import { createExcelHost } from '../excel';
import { createWorkbookActions } from '../workflow';
import { checkWorkbook } from './checkWorkbook';
import { showNotice } from './showNotice';

function onCheckWorkbook(event: Office.AddinCommands.Event): void {
  void checkWorkbook(createWorkbookActions(createExcelHost()), event, showNotice);
}

// Associated as the file loads (office.js is loaded before it), so the command is known by the time
// Excel calls it. Office.actions is missing on older hosts (Excel 2019): there a function command is
// found as a global of the function file.
if (typeof Office.actions?.associate === 'function')
  Office.actions.associate('checkWorkbook', onCheckWorkbook);
else (globalThis as unknown as Record<string, unknown>).checkWorkbook = onCheckWorkbook;

void Office.onReady();
