/** Reading a plan in tests: its tables' geometry, every formula it holds, and where each one sits. */
import type { TableGeometry } from '../../../src/geometry/tableGeometry';
import type { TablePlan, WorkbookPlan } from '../../../src/layout/plan';

/** The geometry of every table of a new workbook's plan (what the memory host would build). */
export function geometryOf(plan: WorkbookPlan): Record<string, TableGeometry> {
  const tables: Record<string, TableGeometry> = {};
  for (const sheet of plan.sheets) {
    for (const table of sheet.tables) {
      tables[table.name] = {
        name: table.name,
        sheet: table.sheet,
        origin: table.origin,
        headers: table.columns.map((c) => c.header),
        rowCount: Math.max(table.rows.length, 1),
      };
    }
  }
  return tables;
}

/** A formula of the plan and where it sits. */
export interface PlacedFormula {
  where: string;
  formula: string;
  sheet?: string;
  table?: string;
  row?: number;
}

/** Every formula of a plan: column formulas (on their first data row), free cells, names. */
export function formulasOf(plan: WorkbookPlan): PlacedFormula[] {
  const found: PlacedFormula[] = [];
  for (const sheet of plan.sheets) {
    for (const table of sheet.tables) {
      for (const column of table.columns) {
        if (column.formula === undefined) continue;
        found.push({
          where: `${table.name}[${column.header}]`,
          formula: column.formula,
          sheet: sheet.name,
          table: table.name,
          row: table.origin.row + 1,
        });
      }
    }
    for (const cell of sheet.cells) {
      if (cell.formula !== undefined)
        found.push({ where: `${sheet.name}!${cell.address}`, formula: cell.formula, sheet: sheet.name });
    }
  }
  for (const name of plan.names) found.push({ where: `name ${name.name}`, formula: name.formula });
  return found;
}

/** Every table of a plan. */
export function tablesOf(plan: WorkbookPlan): TablePlan[] {
  return plan.sheets.flatMap((s) => s.tables);
}

/** The function names a formula calls (upper case), string literals skipped. */
export function functionsIn(formula: string): string[] {
  const withoutStrings = formula.replace(/"(?:[^"]|"")*"/g, '""');
  return [...withoutStrings.matchAll(/([A-Za-z_][A-Za-z0-9_.]*)\(/g)].map((m) => (m[1] ?? '').toUpperCase());
}
