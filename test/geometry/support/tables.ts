/** Table geometries for the tests, written as a spreadsheet user reads them: a name, a sheet, a top-left cell. */
import { parseA1 } from '../../../src/domain/workbook';
import type { TableGeometry } from '../../../src/geometry/tableGeometry';

/**
 * A table whose header row starts at `topLeft`.
 * @param name - the table's name
 * @param sheet - its sheet
 * @param topLeft - the A1 address of its first header cell
 * @param headers - its headers, in order
 * @param rowCount - its data rows
 */
export function tableAt(
  name: string,
  sheet: string,
  topLeft: string,
  headers: string[],
  rowCount: number,
): TableGeometry {
  const origin = parseA1(topLeft);
  if (origin === null) throw new Error(`not a cell: ${topLeft}`);
  return { name, sheet, origin, headers, rowCount };
}
