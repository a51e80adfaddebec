/**
 * The workbook's actions over the open Excel workbook: the Office.js host and the whole workflow
 * beneath it. A chunk of its own, fetched while Office starts, so that the pane's own code is not
 * held back by it.
 */
import { createExcelHost } from '../excel';
import { createWorkbookActions, type WorkbookActions } from '../workflow';

/**
 * The actions of the open Excel workbook.
 * @returns the actions over the Office.js host
 * @example
 * const actions = connectExcel();
 */
export function connectExcel(): WorkbookActions {
  return createWorkbookActions(createExcelHost());
}
