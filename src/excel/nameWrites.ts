/**
 * Defined names (`DS_DonVi` → `=Units[Mã đơn vị]`): the list sources of data validation, which cannot
 * take a structured reference itself. A name that already says the same is left alone; one that says
 * something else is pointed at the planned formula rather than deleted, so validations using it hold.
 */
import type { NamePlan } from '../layout/plan';
import { writeOp, type WriteOp } from './writeOp';

/**
 * The writes of the planned names.
 * @param names - the planned names
 * @param existing - the workbook's names as read (name → formula)
 * @returns one write per name to add or repoint
 * @example
 * nameOps([{ name: 'DS_DonVi', formula: '=Units[Mã đơn vị]', comment: 'Mã đơn vị' }], {}).length // 1
 */
export function nameOps(names: readonly NamePlan[], existing: Readonly<Record<string, string>>): WriteOp[] {
  const known = new Map(Object.entries(existing).map(([name, formula]) => [name.toLowerCase(), formula]));
  return names.flatMap((plan) => {
    // Excel compares defined names without regard to case.
    const current = known.get(plan.name.toLowerCase());
    if (current === plan.formula) return [];
    return [
      writeOp('name', null, plan, (session) => {
        if (current === undefined) session.context.workbook.names.add(plan.name, plan.formula, plan.comment);
        else session.context.workbook.names.getItem(plan.name).formula = plan.formula;
      }),
    ];
  });
}
