/**
 * A planned in-cell validation as Office.js data validation settings (ExcelApi 1.8).
 */
import type { ValidationPlan } from '../layout/plan';

/** Everything set on `range.dataValidation`. */
export interface ValidationSettings {
  rule: Excel.DataValidationRule;
  prompt: Excel.DataValidationPrompt;
  errorAlert: Excel.DataValidationErrorAlert;
}

// Excel refuses a prompt or alert title over 32 characters and a message over 255.
const TITLE_LIMIT = 32;
const MESSAGE_LIMIT = 255;

function clip(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

function rule(validation: ValidationPlan): Excel.DataValidationRule | null {
  switch (validation.kind) {
    case 'listName':
      // A defined name over a table column: the list grows with the table, which a structured
      // reference in the source cannot do (Excel refuses it there).
      return { list: { inCellDropDown: true, source: `=${validation.name}` } };
    case 'listValues':
      return { list: { inCellDropDown: true, source: validation.values.join(',') } };
    case 'decimal':
      return { decimal: { formula1: validation.min, formula2: validation.max, operator: 'Between' } };
    case 'whole':
      return { wholeNumber: { formula1: validation.min, formula2: validation.max, operator: 'Between' } };
    case 'date': {
      const { min, max } = validation;
      if (min !== null && max !== null)
        return { date: { formula1: min, formula2: max, operator: 'Between' } };
      if (min !== null) return { date: { formula1: min, operator: 'GreaterThanOrEqualTo' } };
      if (max !== null) return { date: { formula1: max, operator: 'LessThanOrEqualTo' } };
      return null;
    }
  }
}

/**
 * The data validation settings of a column.
 * @param validation - the planned validation
 * @param header - the column header (the prompt's title)
 * @returns the settings, or null when the plan constrains nothing (a date with neither bound)
 * @example
 * validationSettings({ kind: 'listName', name: 'DS_DonVi', prompt: 'Chọn mã đơn vị' }, 'Mã đơn vị')?.rule
 * // { list: { inCellDropDown: true, source: '=DS_DonVi' } }
 */
export function validationSettings(validation: ValidationPlan, header: string): ValidationSettings | null {
  const planned = rule(validation);
  if (!planned) return null;
  const message = clip(validation.prompt, MESSAGE_LIMIT);
  return {
    rule: planned,
    prompt: { showPrompt: message.length > 0, title: clip(header, TITLE_LIMIT), message },
    errorAlert: {
      showAlert: true,
      style: 'Stop',
      title: clip(`Giá trị không hợp lệ: ${header}`, TITLE_LIMIT),
      message,
    },
  };
}
