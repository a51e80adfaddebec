/**
 * Which sheets and tables the host reads in detail. Office.js cannot enumerate the tables and read
 * their ranges in the same round trip (a proxy for each table needs its name first), so the host asks
 * for the names the workbook contract defines: `getItemOrNullObject(name)` for each of them, all in one
 * request, alongside the list of every sheet.
 */
import { SHEETS, TABLES } from '../domain/contract';

/** Names read in detail, and the tables read without their formulas. */
export interface WorkbookProbe {
  /** Sheets whose used range is read. */
  sheets: readonly string[];
  /** Tables whose header, values (and formulas) are read. */
  tables: readonly string[];
  /**
   * Tables read without formulas: they hold typed input only and are the ones that grow large, where
   * values and formulas together could pass the 5 MB response limit of Excel on the web.
   */
  valuesOnlyTables: readonly string[];
}

/** The contract's sheets and tables; `Registrations` (up to 20,000 typed rows) is read without formulas. */
export const CONTRACT_PROBE: WorkbookProbe = {
  sheets: Object.values(SHEETS),
  tables: Object.values(TABLES),
  valuesOnlyTables: [TABLES.registrations],
};
