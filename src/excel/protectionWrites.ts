/**
 * Sheet protection around a write. A protected sheet the plan touches is unprotected first and
 * protected again at the end with the options it had; a sheet the plan protects gets the add-in's
 * options. No password is set: protection keeps a council member from overwriting a formula by
 * accident, it is not a lock.
 */
import type { SheetPlan } from '../layout/plan';
import type { ProtectionOptions, WorkbookSnapshot } from './readWorkbook';
import { writeOp, type WriteOp } from './writeOp';

/** Options of a sheet the add-in protects: filtering, sorting and resizing stay available. */
export const ADDIN_PROTECTION: ProtectionOptions = {
  allowAutoFilter: true,
  allowSort: true,
  allowFormatColumns: true,
  allowFormatRows: true,
};

/** A sheet whose protection the write lifts, and how to put it back. */
export interface LiftedProtection {
  sheet: string;
  options: ProtectionOptions;
}

/**
 * The protected sheets a plan touches: their protection is lifted for the write.
 * @param sheets - the planned sheets
 * @param snapshot - what phase 1 read
 * @returns the sheets to unprotect, with their options
 * @example
 * liftedProtection(plan.sheets, snapshot) // [{ sheet: 'Chấm điểm', options: { allowAutoFilter: true } }]
 */
export function liftedProtection(
  sheets: readonly SheetPlan[],
  snapshot: WorkbookSnapshot,
): LiftedProtection[] {
  return sheets.flatMap((sheet) => {
    const state = snapshot.sheets[sheet.name];
    return state?.protected ? [{ sheet: sheet.name, options: state.options }] : [];
  });
}

/**
 * The writes that lift protection.
 * @param lifted - the sheets to unprotect
 * @returns one write per sheet
 * @example
 * unprotectOps([{ sheet: 'Chấm điểm', options: {} }])[0]?.kind // 'unprotect'
 */
export function unprotectOps(lifted: readonly LiftedProtection[]): WriteOp[] {
  return lifted.map(({ sheet }) =>
    writeOp('unprotect', sheet, null, (session) => {
      session.sheet(sheet).protection.unprotect();
    }),
  );
}

/**
 * The writes that protect, last of all: the sheets the plan protects and the ones whose protection was
 * lifted (with their own options).
 * @param sheets - the planned sheets
 * @param lifted - the sheets unprotected for the write
 * @returns one write per sheet to protect
 * @example
 * protectOps(plan.sheets, []).map((op) => op.sheet) // the sheets with `protect: true`
 */
export function protectOps(sheets: readonly SheetPlan[], lifted: readonly LiftedProtection[]): WriteOp[] {
  const previous = new Map(lifted.map((l) => [l.sheet, l.options]));
  return sheets.flatMap((sheet) => {
    const options = previous.get(sheet.name) ?? (sheet.protect ? ADDIN_PROTECTION : null);
    if (!options) return [];
    return [
      writeOp('protect', sheet.name, options, (session) => {
        session.sheet(sheet.name).protection.protect(options);
      }),
    ];
  });
}
