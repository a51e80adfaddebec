/**
 * Reading a workbook back as plain data: sheets, named tables and defined names.
 */
import type { CellValue, RawSheet, RawTable, SheetVisibility, WorkbookData } from '../domain/workbook';
import { tableRows } from './_lib/tableModel';
import { cellFormula, plainCellValue } from './cellValue';
import { definedNames } from './definedNames';
import type { Workbook, Worksheet } from './library';

/**
 * Reads a workbook as the plain data every host gives back.
 *
 * A table's headers are the texts of its header cells (what the officer sees; Excel keeps the table's
 * column names equal to them). Values are plain (see `plainCellValue`): a formula gives its cached
 * result or null. Formulas are given in the file form with a leading `=`
 * (`=Scores[[#This Row],[Tổng điểm]]`).
 *
 * @param workbook - the workbook
 * @returns sheets, tables by name, defined names
 * @example
 * readWorkbook(workbook).tables.Scores?.headers // ['Mã đơn vị', 'Tên đơn vị', 'Mã cụm', …]
 */
export function readWorkbook(workbook: Workbook): WorkbookData {
  const sheets: RawSheet[] = [];
  const tables: Record<string, RawTable> = {};
  for (const worksheet of workbook.worksheets) {
    sheets.push({ name: worksheet.name, visibility: visibilityOf(worksheet), used: usedBounds(worksheet) });
    for (const table of worksheet.getTables()) {
      const model = table.model;
      const span = tableRows(table);
      if (span === null) continue;
      const headers = model.columns.map((column, j) => {
        if (span.headerRow === null) return column.name.normalize('NFC');
        const shown = plainCellValue(worksheet.getCell(span.headerRow + 1, span.left + j + 1).value);
        return shown === null || shown === '' ? column.name.normalize('NFC') : String(shown).normalize('NFC');
      });
      const rows: CellValue[][] = [];
      const formulas: (string | null)[][] = [];
      for (let r = span.dataTop; r <= span.dataBottom; r++) {
        const row = worksheet.getRow(r + 1);
        const values: CellValue[] = [];
        const rowFormulas: (string | null)[] = [];
        for (let j = 0; j < headers.length; j++) {
          const cell = row.getCell(span.left + j + 1);
          values.push(plainCellValue(cell.value));
          const formula = cellFormula(cell);
          rowFormulas.push(formula === null ? null : `=${formula}`);
        }
        rows.push(values);
        formulas.push(rowFormulas);
      }
      tables[model.name] = {
        name: model.name,
        sheet: worksheet.name,
        origin: { row: span.headerRow ?? span.dataTop, col: span.left },
        headers,
        rows,
        formulas,
      };
    }
  }
  return { sheets, tables, names: definedNames(workbook) };
}

function visibilityOf(worksheet: Worksheet): SheetVisibility {
  const state: string = worksheet.state;
  return state === 'hidden' || state === 'veryHidden' ? state : 'visible';
}

/** Bounds of the cells holding a value (styles alone do not count), or null for an empty sheet. */
function usedBounds(worksheet: Worksheet): RawSheet['used'] {
  let used: RawSheet['used'] = null;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.value === null || cell.value === undefined || cell.value === '') return;
      const r = rowNumber - 1;
      const c = colNumber - 1;
      used =
        used === null
          ? { top: r, left: c, bottom: r, right: c }
          : {
              top: Math.min(used.top, r),
              left: Math.min(used.left, c),
              bottom: Math.max(used.bottom, r),
              right: Math.max(used.right, c),
            };
    });
  });
  return used;
}
