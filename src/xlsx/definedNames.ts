/**
 * Workbook-level defined names, e.g. `DS_DonVi` → `Units[Mã đơn vị]`: the list source of a dropdown that
 * grows with its table. The library keeps a name as a range, a formula or text it does not parse; all
 * three are the name's refers-to text here.
 */
import type { Workbook } from './library';

/**
 * Sets a workbook-level defined name (replacing one of the same name).
 * @param workbook - the workbook
 * @param name - the defined name
 * @param formula - what it refers to, with or without a leading `=`, in the file form
 *   (`Units[Mã đơn vị]`, `'Danh mục'!$A$2:$A$40`)
 * @example
 * setDefinedName(workbook, 'DS_DonVi', '=Units[Mã đơn vị]')
 */
export function setDefinedName(workbook: Workbook, name: string, formula: string): void {
  workbook.definedNames.addFormula(name, formula.replace(/^=/, ''));
}

/**
 * Every workbook-level defined name, built-in ones (`_xlnm.Print_Area`) and sheet-level ones left out.
 * @param workbook - the workbook
 * @returns name → refers-to formula with a leading `=`
 * @example
 * definedNames(workbook).DS_DonVi // '=Units[Mã đơn vị]'
 */
export function definedNames(workbook: Workbook): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of workbook.definedNames.getAllEntries()) {
    if (entry.localSheetId !== undefined || entry.name.startsWith('_xlnm.')) continue;
    const text = entry.formulaExpression ?? entry.rawText ?? entry.ranges.join(',');
    out[entry.name] = `=${text}`;
  }
  return out;
}
