/**
 * Print setup of a sheet (ExcelApi 1.9, `Worksheet.pageLayout`): A4, orientation, one page wide or a
 * fixed scale, repeated header rows and unit columns, print area (several ranges print one after
 * another). Queued only where the feature gate allows it.
 */
import type { PrintPlan } from '../layout/plan';
import { writeOp, type WriteOp } from './writeOp';

/**
 * The write of a sheet's print setup.
 * @param sheet - the sheet name
 * @param print - the planned setup
 * @returns the write
 * @example
 * printOp('Tổng hợp', { orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatRows: '$1:$3', area: null })
 */
export function printOp(sheet: string, print: PrintPlan): WriteOp {
  return writeOp('print', sheet, print, (session) => {
    const layout = session.sheet(sheet).pageLayout;
    layout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    layout.paperSize = print.paper;
    // One page wide; 0 pages tall leaves the height to Excel, as "Fit to 1 page wide by (blank) tall".
    if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    // Too wide to fit at a readable size: a fixed scale, the columns split across pages.
    else layout.zoom = { scale: print.scale ?? 100 };
    if (print.repeatRows !== null) layout.setPrintTitleRows(print.repeatRows);
    if (print.repeatColumns != null) layout.setPrintTitleColumns(print.repeatColumns);
    if (print.area !== null) layout.setPrintArea(print.area);
  });
}
