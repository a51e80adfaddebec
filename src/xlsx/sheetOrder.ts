/**
 * The order of the sheets. A plan lists its sheets in workbook order; sheets of the officer's own that
 * the plan does not know keep their place after the sheet they followed.
 * The library writes sheets in the order of their `orderNo`.
 */
import type { Workbook } from './library';

/**
 * Puts the planned sheets in the plan's order, each unplanned sheet right after the sheet it followed.
 * @param workbook - the workbook
 * @param before - sheet names in their order before the plan was applied
 * @param planned - sheet names in the plan's order
 * @example
 * orderSheets(workbook, ['Phong trào', 'Ghi chép riêng', 'Chấm điểm'], ['Phong trào', 'Danh mục', 'Chấm điểm'])
 * // → Phong trào, Ghi chép riêng, Danh mục, Chấm điểm
 */
export function orderSheets(workbook: Workbook, before: readonly string[], planned: readonly string[]): void {
  const order = [...planned];
  const placed = new Set(planned);
  before.forEach((name, i) => {
    if (placed.has(name)) return;
    // After the nearest earlier sheet already placed, or first when there is none.
    let at = 0;
    for (let k = i - 1; k >= 0; k--) {
      const index = order.indexOf(before[k] ?? '');
      if (index >= 0) {
        at = index + 1;
        break;
      }
    }
    order.splice(at, 0, name);
    placed.add(name);
  });
  for (const worksheet of workbook.worksheets) {
    const index = order.indexOf(worksheet.name);
    worksheet.orderNo = index >= 0 ? index + 1 : order.length + worksheet.orderNo;
  }
}
