/**
 * Which sheets and tables the host reads in detail. Office.js cannot enumerate the tables and read
 * their ranges in the same round trip (a proxy for each table needs its name first), so the host asks
 * for the names the workbook contract defines: `getItemOrNullObject(name)` for each of them, all in one
 * request, alongside the list of every sheet.
 */
import { SHEETS, TABLES } from '../domain/contract';

/** Names read in detail, and the tables read without telling formulas from typed values. */
export interface WorkbookProbe {
  /** Sheets whose used range is read. */
  sheets: readonly string[];
  /** Tables whose header and values are read, and which of their cells hold a formula. */
  tables: readonly string[];
  /**
   * Tables read as values only: they hold typed input, and they are the ones that grow large, where
   * telling formulas apart on ExcelApi 1.8 means bringing back every cell's formula, several times the
   * size of the values (the 5 MB response limit of Excel on the web).
   */
  valuesOnlyTables: readonly string[];
}

/** The contract's sheets and tables; `Registrations` (up to 20,000 typed rows) is read without formulas. */
export const CONTRACT_PROBE: WorkbookProbe = {
  sheets: Object.values(SHEETS),
  tables: Object.values(TABLES),
  valuesOnlyTables: [TABLES.registrations],
};
