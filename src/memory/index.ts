/**
 * The in-memory host (HyperFormula, GPL-3.0): for tests and the workbench, never the add-in bundle.
 */
export {
  createMemoryHost,
  LockedCellError,
  type MemoryCellView,
  type MemoryHost,
  type MemoryHostChange,
  type MemoryHostOptions,
  type MemorySheetLayout,
} from './memoryHost';
export { PlanConflictError } from './applyWorkbookPlan';
export type { FormulaProblem } from './formulaEngine';
export type { CellSnapshot, SheetSnapshot, TableSnapshot, WorkbookSnapshot } from './snapshotWorkbook';
