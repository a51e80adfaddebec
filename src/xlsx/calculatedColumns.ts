/**
 * Calculated columns of tables. Excel fills a column's formula into a row added to the table only when
 * the table part names that formula (`<calculatedColumnFormula>`); ExcelJS 4.4 cannot write it, so it is
 * added to the saved file afterwards. Without it the computed columns would stay empty in a row an
 * officer adds by typing under the table.
 */
import type ExcelJS from 'exceljs';
import { tableModels, tableRows } from './_lib/tableModel';
import { escapeXml, xmlAttributes } from './_lib/xmlText';
import type { ZipEntry } from './_lib/zip';
import { cellFormula } from './cellValue';

/** Table name → column name → the formula every data row of that column holds (file form). */
export type CalculatedColumns = Map<string, Map<string, string>>;

/**
 * Finds the calculated columns of every table: columns whose data cells all hold the same formula.
 * Structured references are the same text on every row, so one formula per column is what a computed
 * column written from the plan looks like.
 * @param workbook - the workbook about to be saved
 * @returns the calculated columns, by table
 */
export function findCalculatedColumns(workbook: ExcelJS.Workbook): CalculatedColumns {
  const out: CalculatedColumns = new Map();
  for (const worksheet of workbook.worksheets) {
    for (const model of tableModels(worksheet)) {
      const span = tableRows(model);
      if (span === null || span.dataBottom < span.dataTop) continue;
      const columns = new Map<string, string>();
      model.columns.forEach((column, j) => {
        let formula: string | null = null;
        for (let r = span.dataTop; r <= span.dataBottom; r++) {
          const here = cellFormula(worksheet.getCell(r + 1, span.left + j + 1));
          if (here === null || (formula !== null && here !== formula)) return;
          formula = here;
        }
        if (formula !== null) columns.set(column.name, formula);
      });
      if (columns.size > 0) out.set(model.name, columns);
    }
  }
  return out;
}

/**
 * Adds the calculated column formulas to the table parts of a saved workbook.
 * @param entries - the entries of the .xlsx archive ExcelJS wrote
 * @param calculated - what {@link findCalculatedColumns} found
 * @returns the entries, with the table parts rewritten where needed
 */
export function addCalculatedColumns(
  entries: readonly ZipEntry[],
  calculated: CalculatedColumns,
): ZipEntry[] {
  return entries.map((entry) => {
    if (!/^xl\/tables\/[^/]+\.xml$/.test(entry.name)) return entry;
    const xml = entry.data.toString('utf8');
    const open = /<table\b[^>]*>/.exec(xml);
    const name = open === null ? undefined : xmlAttributes(open[0]).name;
    const columns = name === undefined ? undefined : calculated.get(name);
    if (columns === undefined) return entry;
    const rewritten = xml.replace(/<tableColumn\b[^>]*?\/>/g, (tag) => {
      const column = xmlAttributes(tag).name;
      const formula = column === undefined ? undefined : columns.get(column);
      if (formula === undefined) return tag;
      return `${tag.slice(0, -2).trimEnd()}><calculatedColumnFormula>${escapeXml(formula)}</calculatedColumnFormula></tableColumn>`;
    });
    return { name: entry.name, data: Buffer.from(rewritten, 'utf8') };
  });
}
