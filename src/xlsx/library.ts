/**
 * The spreadsheet library the file host stands on (ExcelTS; docs/spreadsheet-library.md says why it was
 * chosen), set up in one place: its chart runtime is a separate part that must be installed once before
 * a workbook with a chart is written or loaded, so every module of the host imports the library from here.
 */
import { installChartSupport } from '@cj-tech-master/excelts/chart';

installChartSupport();

export { Workbook } from '@cj-tech-master/excelts';
export type {
  Cell,
  CellValue as LibraryCellValue,
  ConditionalFormattingOptions,
  DataValidation,
  Style,
  Table,
  TableColumnProperties,
  WorkbookView,
  Worksheet,
  WorksheetView,
} from '@cj-tech-master/excelts';
