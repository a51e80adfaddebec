/**
 * What this Excel can do. ExcelApi 1.8 (Excel 2019) is the floor; newer features are used only where
 * `Office.context.requirements.isSetSupported` says so, and a skipped step leaves a note for the officer
 * instead of an error.
 */
import type { HostCapabilities } from '../layout/host';

/** Asks whether a requirement set is supported, e.g. `('ExcelApi', '1.9')`. */
export type RequirementCheck = (set: string, version: string) => boolean;

/** The oldest ExcelApi the add-in runs on (Excel 2019). */
export const EXCEL_API_FLOOR = '1.8';

/** The ExcelApi version each optional feature needs. */
export const FEATURE_REQUIREMENTS: Readonly<Record<keyof HostCapabilities, string>> = {
  // PageLayout (orientation, paper, fit to width, print titles, print area).
  printSetup: '1.9',
  // ChartSeriesCollection.add, setValues and setXAxisValues build one series per value column.
  charts: '1.7',
  // WorksheetProtection.protect with options.
  protection: '1.2',
  veryHidden: '1.1',
};

/** What the officer reads when a feature is skipped on this Excel. */
export const DEGRADED_NOTES: Readonly<Record<keyof HostCapabilities, string>> = {
  printSetup: 'Bản Excel này chưa hỗ trợ thiết lập trang in (ExcelApi 1.9); bỏ qua bước này.',
  charts: 'Bản Excel này chưa hỗ trợ vẽ biểu đồ theo bảng (ExcelApi 1.7); bỏ qua biểu đồ.',
  protection: 'Bản Excel này chưa hỗ trợ bảo vệ trang tính (ExcelApi 1.2); các ô công thức chưa được khoá.',
  veryHidden: 'Bản Excel này chưa hỗ trợ ẩn hẳn trang lưu phiên bản sổ; trang này được để nguyên.',
};

/**
 * The ExcelApi version of `Range.getSpecialCellsOrNullObject`, with which the read finds the formula
 * cells of a table without bringing their formulas back. Excel on the web, where a response over 5 MB
 * is refused, always has it; Excel 2019 (1.8) reads the formulas themselves and has no such limit.
 */
export const FORMULA_CELLS_API = '1.9';

/**
 * The requirement check of the running Office host. Outside Office (the workbench, a test) or before
 * `Office.onReady`, every set reads as unsupported, so nothing is attempted that could fail half-way.
 * @returns a check backed by `Office.context.requirements.isSetSupported`
 * @example
 * officeRequirementCheck()('ExcelApi', '1.9') // true in Microsoft 365, false in Excel 2019
 */
export function officeRequirementCheck(): RequirementCheck {
  return (set, version) => {
    if (typeof Office === 'undefined') return false;
    const requirements = (Office as { context?: { requirements?: Office.RequirementSetSupport } }).context
      ?.requirements;
    return requirements ? requirements.isSetSupported(set, version) : false;
  };
}

/**
 * The capabilities of this Excel.
 * @param check - the requirement check
 * @returns which optional features are available
 * @example
 * detectCapabilities(() => false).printSetup // false
 */
export function detectCapabilities(check: RequirementCheck): HostCapabilities {
  return {
    printSetup: check('ExcelApi', FEATURE_REQUIREMENTS.printSetup),
    charts: check('ExcelApi', FEATURE_REQUIREMENTS.charts),
    protection: check('ExcelApi', FEATURE_REQUIREMENTS.protection),
    veryHidden: check('ExcelApi', FEATURE_REQUIREMENTS.veryHidden),
  };
}

/**
 * Whether this Excel reaches the floor the add-in is written for.
 * @param check - the requirement check
 * @returns true when ExcelApi 1.8 is supported
 * @example
 * meetsFloor(() => true) // true
 */
export function meetsFloor(check: RequirementCheck): boolean {
  return check('ExcelApi', EXCEL_API_FLOOR);
}

/**
 * Whether this Excel can locate formula cells without reading their text.
 * @param check - the requirement check
 * @returns true when ExcelApi 1.9 is supported
 * @example
 * findsFormulaCells((set, version) => set === 'ExcelApi' && version === '1.8') // false
 */
export function findsFormulaCells(check: RequirementCheck): boolean {
  return check('ExcelApi', FORMULA_CELLS_API);
}
