/**
 * Defined names that refer to a formula rather than a plain range, e.g. `DS_DonVi` → `Units[Mã đơn vị]`:
 * the list source of a dropdown that grows with its table.
 *
 * ExcelJS 4.4 keeps only names that are cell ranges: it drops the others when it loads a file and has
 * no way to write them. This module keeps them beside the workbook and slips them into the names
 * ExcelJS writes, on this one workbook object only (no global patching of the library).
 */
import type ExcelJS from 'exceljs';

interface DefinedNameModel {
  name: string;
  ranges: string[];
  localSheetId?: number;
}

const extraNames = new WeakMap<ExcelJS.Workbook, Map<string, string>>();

/**
 * Sets a workbook-level defined name to a formula (replacing a range name of the same name).
 * @param workbook - the workbook
 * @param name - the defined name
 * @param formula - what it refers to, with or without a leading `=`, in the file form
 *   (`Units[Mã đơn vị]`, `'Danh mục'!$A$2:$A$40`)
 * @example
 * setFormulaName(workbook, 'DS_DonVi', '=Units[Mã đơn vị]')
 */
export function setFormulaName(workbook: ExcelJS.Workbook, name: string, formula: string): void {
  const names = namesOf(workbook);
  // A range name of the same name would be written twice; Excel refuses duplicate names.
  const ranges = workbook.definedNames as unknown as { matrixMap: Record<string, unknown> };
  delete ranges.matrixMap[name];
  names.set(name, formula.replace(/^=/, ''));
}

/**
 * The formula names of a workbook, set by {@link setFormulaName} or read from its file.
 * @param workbook - the workbook
 * @returns name → formula with a leading `=`
 */
export function formulaNames(workbook: ExcelJS.Workbook): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, formula] of extraNames.get(workbook) ?? []) out[name] = `=${formula}`;
  return out;
}

/**
 * Every workbook-level defined name: the ranges ExcelJS keeps and the formula names.
 * @param workbook - the workbook
 * @returns name → refers-to formula with a leading `=`
 */
export function allDefinedNames(workbook: ExcelJS.Workbook): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of baseModel(workbook)) {
    if (entry.localSheetId === undefined && !entry.name.startsWith('_xlnm.')) {
      out[entry.name] = `=${entry.ranges.join(',')}`;
    }
  }
  return { ...out, ...formulaNames(workbook) };
}

function namesOf(workbook: ExcelJS.Workbook): Map<string, string> {
  let names = extraNames.get(workbook);
  if (names !== undefined) return names;
  names = new Map<string, string>();
  extraNames.set(workbook, names);
  const definedNames = workbook.definedNames as unknown as object;
  const inherited = modelDescriptor(definedNames);
  const added = names;
  // ExcelJS writes `workbook.definedNames.model`, each entry as `ranges.join(',')` verbatim.
  Object.defineProperty(definedNames, 'model', {
    configurable: true,
    get(this: object): DefinedNameModel[] {
      const base = (inherited.get?.call(this) as DefinedNameModel[] | undefined) ?? [];
      const kept = base.filter((entry) => !added.has(entry.name));
      return [...kept, ...[...added].map(([name, formula]) => ({ name, ranges: [formula] }))];
    },
    set(this: object, value: DefinedNameModel[]) {
      inherited.set?.call(this, value);
    },
  });
  return names;
}

function baseModel(workbook: ExcelJS.Workbook): DefinedNameModel[] {
  const definedNames = workbook.definedNames as unknown as object;
  const inherited = modelDescriptor(Object.getPrototypeOf(definedNames) as object);
  return (inherited.get?.call(definedNames) as DefinedNameModel[] | undefined) ?? [];
}

function modelDescriptor(target: object): PropertyDescriptor {
  let at: object | null = target;
  while (at !== null) {
    const descriptor = Object.getOwnPropertyDescriptor(at, 'model');
    if (descriptor !== undefined) return descriptor;
    at = Object.getPrototypeOf(at) as object | null;
  }
  return {};
}
