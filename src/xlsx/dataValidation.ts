/**
 * A plan's in-cell validation turned into the data validation the file stores.
 */
import { formatDateVi } from '../domain/dates';
import type { ValidationPlan } from '../layout/plan';
import type { DataValidation } from './library';

/** Excel refuses a list of fixed values longer than this in a validation formula. */
const LIST_LIMIT = 255;

/**
 * The data validation of a plan validation. Blank cells are always allowed (a unit not yet
 * scored stays blank), and a wrong entry is refused with a Vietnamese message that repeats the prompt.
 *
 * @param plan - the plan's validation
 * @returns the validation to put on each data cell of the column
 * @example
 * toDataValidation({ kind: 'listName', name: 'DS_DonVi', prompt: 'Chọn đơn vị' }).formulae // ['DS_DonVi']
 */
export function toDataValidation(plan: ValidationPlan): DataValidation {
  const common = {
    allowBlank: true,
    showInputMessage: plan.prompt !== '',
    prompt: plan.prompt,
    showErrorMessage: true,
    errorStyle: 'stop' as const,
    errorTitle: 'Giá trị không hợp lệ',
  };
  switch (plan.kind) {
    case 'listName':
      return {
        ...common,
        type: 'list',
        formulae: [plan.name],
        error: 'Hãy chọn một giá trị trong danh sách.',
      };
    case 'listValues': {
      const list = `"${plan.values.map((v) => v.replace(/"/g, '""')).join(',')}"`;
      if (list.length > LIST_LIMIT) {
        throw new Error(`Danh sách giá trị quá dài cho ô chọn (${list.length} > ${LIST_LIMIT} ký tự).`);
      }
      return { ...common, type: 'list', formulae: [list], error: 'Hãy chọn một giá trị trong danh sách.' };
    }
    case 'decimal':
    case 'whole':
      return {
        ...common,
        type: plan.kind,
        operator: 'between',
        formulae: [plan.min, plan.max],
        error: `Hãy nhập ${plan.kind === 'whole' ? 'số nguyên' : 'số'} từ ${vietnameseNumber(plan.min)} đến ${vietnameseNumber(plan.max)}.`,
      };
    case 'date':
      return dateValidation(plan, common);
  }
}

type DateValidationPlan = Extract<ValidationPlan, { kind: 'date' }>;

function dateValidation(plan: DateValidationPlan, common: Partial<DataValidation>): DataValidation {
  const error = 'Hãy nhập một ngày (dd/mm/yyyy)';
  // The library turns each bound into a serial through `new Date(bound)`: an ISO date is read as UTC midnight.
  if (plan.min !== null && plan.max !== null) {
    return {
      ...common,
      type: 'date',
      operator: 'between',
      formulae: [plan.min, plan.max],
      error: `${error} từ ${formatDateVi(plan.min)} đến ${formatDateVi(plan.max)}.`,
    };
  }
  if (plan.max !== null) {
    return {
      ...common,
      type: 'date',
      operator: 'lessThanOrEqual',
      formulae: [plan.max],
      error: `${error} không sau ${formatDateVi(plan.max)}.`,
    };
  }
  // With no lower bound, the first day Excel knows still makes the cell refuse text.
  const min = plan.min ?? '1900-01-01';
  return {
    ...common,
    type: 'date',
    operator: 'greaterThanOrEqual',
    formulae: [min],
    error: plan.min === null ? `${error}.` : `${error} không trước ${formatDateVi(plan.min)}.`,
  };
}

function vietnameseNumber(n: number): string {
  return String(n).replace('.', ',');
}
