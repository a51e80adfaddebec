/**
 * The Office.js host: the only code that touches `Excel.*`. The task pane takes a {@link WorkbookHost}
 * from {@link createExcelHost} and never imports Office.js itself.
 */
export { createExcelHost, type ExcelHostDeps } from './excelHost';
export { officeExcelRun, type ExcelRun } from './excelRun';
export { CHANGE_EVENT_REQUIREMENTS } from './changeEvents';
export { officeExcelRunIn, type ExcelRunIn } from './worksheetEvents';
export {
  ExcelHostError,
  OFFICE_ERROR_GUIDANCE,
  describeOfficeError,
  officeErrorCode,
  toExcelHostError,
  type ExcelStage,
} from './errors';
export {
  DEGRADED_NOTES,
  EXCEL_API_FLOOR,
  FEATURE_REQUIREMENTS,
  detectCapabilities,
  meetsFloor,
  officeRequirementCheck,
  type RequirementCheck,
} from './featureGate';
export { REQUEST_BUDGET_BYTES } from './payload';
export { CONTRACT_PROBE, type WorkbookProbe } from './workbookProbe';
