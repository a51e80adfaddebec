/**
 * What a workbook file says that ExcelJS 4.4 loses when it loads it, read straight from the file's parts:
 * - defined names that refer to formulas (`Units[Mã đơn vị]`): ExcelJS keeps only cell ranges;
 * - whether a table has a header row: Excel leaves `headerRowCount` out when it is 1, the default,
 *   and ExcelJS then reads the table as having none;
 * - whether a table shows its filter buttons: Excel writes a bare `<autoFilter>`, which ExcelJS turns
 *   into hidden buttons when it saves the table again.
 *
 * ExcelJS also fails outright on a table column with child elements, such as the calculated column
 * formula Excel stores for every computed column (exceljs issue #1240): {@link partsExcelJSCanRead}
 * removes them before ExcelJS sees the file; saving writes them again (see `calculatedColumns`).
 */
import type ExcelJS from 'exceljs';
import { parseRangeA1, rangeA1 } from '../geometry/bounds';
import { tableModels } from './_lib/tableModel';
import { xmlAttributes, unescapeXml } from './_lib/xmlText';
import type { ZipEntry } from './_lib/zip';
import { setFormulaName } from './formulaNames';

/** A defined name as the file stores it. */
export interface FileDefinedName {
  name: string;
  /** Set for a name local to one sheet. */
  localSheetId: string | null;
  /** Refers-to text, without `=`. */
  formula: string;
}

/** A table's flags as the file stores them. */
export interface FileTableFlags {
  headerRow: boolean;
  autoFilter: boolean;
}

/** The file-level facts read from the parts. */
export interface FileParts {
  names: FileDefinedName[];
  tables: Map<string, FileTableFlags>;
}

/**
 * The file's parts with table columns reduced to what ExcelJS 4.4 can parse: a `<tableColumn>` with
 * children (`calculatedColumnFormula`, `totalsRowFormula`, …) stops its parser half-way and the load
 * fails, so the children are dropped. The formulas stay in the cells, which is what is read.
 * @param entries - the entries of the .xlsx archive
 * @returns the entries, table parts rewritten where they had such columns, or null when none had
 */
export function partsExcelJSCanRead(entries: readonly ZipEntry[]): ZipEntry[] | null {
  let changed = false;
  const out = entries.map((entry) => {
    if (!/^xl\/tables\/[^/]+\.xml$/.test(entry.name)) return entry;
    const xml = entry.data.toString('utf8');
    const reduced = xml.replace(/(<tableColumn\b[^>]*?)\s*(?<!\/)>[\s\S]*?<\/tableColumn>/g, '$1/>');
    if (reduced === xml) return entry;
    changed = true;
    return { name: entry.name, data: Buffer.from(reduced, 'utf8') };
  });
  return changed ? out : null;
}

/**
 * Reads defined names and table flags from a workbook file's parts.
 * @param entries - the entries of the .xlsx archive
 * @returns the names and the flags of each table, by table name
 */
export function readFileParts(entries: readonly ZipEntry[]): FileParts {
  const names: FileDefinedName[] = [];
  const tables = new Map<string, FileTableFlags>();
  for (const entry of entries) {
    if (entry.name === 'xl/workbook.xml') {
      const xml = entry.data.toString('utf8');
      for (const m of xml.matchAll(/(<definedName\b[^>]*>)([\s\S]*?)<\/definedName>/g)) {
        const attributes = xmlAttributes(m[1] ?? '');
        const name = attributes.name;
        if (name === undefined) continue;
        names.push({ name, localSheetId: attributes.localSheetId ?? null, formula: unescapeXml(m[2] ?? '') });
      }
    } else if (/^xl\/tables\/[^/]+\.xml$/.test(entry.name)) {
      const xml = entry.data.toString('utf8');
      const open = /<table\b[^>]*>/.exec(xml);
      if (open === null) continue;
      const attributes = xmlAttributes(open[0]);
      if (attributes.name === undefined) continue;
      tables.set(attributes.name, {
        headerRow: attributes.headerRowCount === undefined || attributes.headerRowCount !== '0',
        autoFilter: /<autoFilter\b/.test(xml),
      });
    }
  }
  return { names, tables };
}

/**
 * Puts back on a loaded workbook what ExcelJS lost (see the module note), so that reading it is right
 * and saving it again keeps the file as it was.
 * @param workbook - the workbook ExcelJS loaded from the file
 * @param parts - what {@link readFileParts} found in the same file
 */
export function restoreFileParts(workbook: ExcelJS.Workbook, parts: FileParts): void {
  const kept = new Set(Object.keys(rangeNames(workbook)));
  for (const entry of parts.names) {
    if (entry.localSheetId !== null || entry.name.startsWith('_xlnm.')) continue;
    if (!kept.has(entry.name)) setFormulaName(workbook, entry.name, entry.formula);
  }
  for (const worksheet of workbook.worksheets) {
    for (const model of tableModels(worksheet)) {
      const flags = parts.tables.get(model.name);
      if (flags === undefined) continue;
      model.headerRow = flags.headerRow;
      if (flags.autoFilter) {
        for (const column of model.columns) column.filterButton ??= true;
      } else {
        for (const column of model.columns) column.filterButton = false;
      }
      // ExcelJS writes an <autoFilter> for every table; it needs the range the buttons sit on.
      if (model.autoFilterRef === undefined && model.tableRef !== undefined) {
        const bounds = parseRangeA1(model.tableRef);
        if (bounds !== null) {
          model.autoFilterRef = rangeA1({ ...bounds, bottom: bounds.bottom - (model.totalsRow ? 1 : 0) });
        }
      }
    }
  }
}

function rangeNames(workbook: ExcelJS.Workbook): Record<string, true> {
  const out: Record<string, true> = {};
  const model = (workbook.definedNames as unknown as { model: { name: string }[] }).model;
  for (const entry of model) out[entry.name] = true;
  return out;
}
