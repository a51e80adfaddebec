/**
 * The evaluating half of the in-memory host: a HyperFormula instance holding every cell of the
 * workbook, with each formula translated from the plan's structured form to A1 (`toA1Formula`, then
 * {@link toHyperFormulaDialect}). HyperFormula is GPL-3.0: this module serves tests and the workbench
 * only and must never be imported by the add-in bundle.
 */
import { HyperFormula, DetailedCellError, type RawCellContent } from 'hyperformula';
import { a1, type CellPosition, type CellValue } from '../domain/workbook';
import { toA1Formula, type A1Context } from '../geometry/formulaForms';
import { useExcelRound } from './excelRound';
import { toHyperFormulaDialect } from './hyperFormulaDialect';
import { cellKey, keyPosition, tableAt, tableGeometries, type MemoryWorkbook } from './workbookModel';

/** A formula that could not be translated, or that evaluates to an error. */
export interface FormulaProblem {
  sheet: string;
  /** A1 address. */
  cell: string;
  /** The formula as written in the workbook (plan form). */
  formula: string;
  /** What the engine was given, or null when translation failed. */
  translated: string | null;
  /** Error value shown in the cell (`#NAME?`, `#VALUE!`, `#REF!` for a failed translation). */
  error: string;
  /** Why, as the translator or the engine explains it. */
  message: string;
}

/**
 * How HyperFormula is set up to evaluate as Excel does. The licence key is what the GPL edition
 * expects; without it every cell reads #LIC!. Array arithmetic makes SUMPRODUCT over comparisons work
 * as in Excel instead of silently treating them as scalars. Text is compared as Excel compares it:
 * case ignored (HyperFormula's default too) and accents kept — HyperFormula's default ignores accents,
 * so "Tien" would find "Tiên" in COUNTIFS and MATCH, which Excel and LibreOffice never do.
 */
export const ENGINE_CONFIG = {
  licenseKey: 'gpl-v3',
  useArrayArithmetic: true,
  caseSensitive: false,
  accentSensitive: true,
} as const;

// Totals are ROUNDed before ranking: the engine must round as Excel does, not as binary does.
useExcelRound();

/** HyperFormula over a workbook; rebuilt whenever the workbook's shape changes. */
export class FormulaEngine {
  private constructor(
    private readonly hf: HyperFormula,
    private readonly sheetIds: ReadonlyMap<string, number>,
    private readonly translations: Map<string, { translated: string | null; message: string }>,
  ) {}

  /**
   * Loads every sheet of the workbook into a new engine and evaluates it.
   *
   * @param workbook - the workbook
   * @returns the engine
   *
   * @example
   * ```ts
   * const engine = FormulaEngine.build(workbook);
   * engine.value('Chấm điểm', { row: 1, col: 7 }); //=> 95.5
   * ```
   */
  static build(workbook: MemoryWorkbook): FormulaEngine {
    const geometries = tableGeometries(workbook);
    const names: Record<string, string> = {};
    for (const name of workbook.names.values()) names[name.name] = name.formula;
    const translations = new Map<string, { translated: string | null; message: string }>();
    const sheets: Record<string, RawCellContent[][]> = {};

    for (const sheet of workbook.sheets) {
      const grid: RawCellContent[][] = [];
      for (const [key, cell] of sheet.cells) {
        const pos = keyPosition(key);
        let content: RawCellContent = engineContent(cell.value);
        if (cell.formula !== null) {
          const table = tableAt(workbook, sheet.name, pos);
          const ctx: A1Context = {
            tables: geometries,
            names,
            sheet: sheet.name,
            row: pos.row,
            ...(table === null ? {} : { table: table.name }),
          };
          try {
            const translated = toHyperFormulaDialect(toA1Formula(cell.formula, ctx));
            translations.set(addressKey(sheet.name, pos), { translated, message: '' });
            content = translated;
          } catch (error) {
            translations.set(addressKey(sheet.name, pos), { translated: null, message: messageOf(error) });
            content = '#REF!';
          }
        }
        const row = grid[pos.row] ?? (grid[pos.row] = []);
        row[pos.col] = content;
      }
      sheets[sheet.name] = densify(grid);
    }

    const hf = HyperFormula.buildFromSheets(sheets, ENGINE_CONFIG);
    const sheetIds = new Map<string, number>();
    for (const sheet of workbook.sheets) {
      const id = hf.getSheetId(sheet.name);
      if (id !== undefined) sheetIds.set(sheet.name.toUpperCase(), id);
    }
    return new FormulaEngine(hf, sheetIds, translations);
  }

  /**
   * The evaluated value of a cell: a number, text or boolean; null for a blank cell or an empty-text
   * result (`""`), as Excel reads back; an error as its text (`#DIV/0!`), as Office.js reads it.
   *
   * @param sheet - sheet name
   * @param pos - zero-based cell
   * @returns the value
   */
  value(sheet: string, pos: CellPosition): CellValue {
    const id = this.sheetId(sheet);
    return readValue(this.hf.getCellValue({ sheet: id, row: pos.row, col: pos.col }));
  }

  /**
   * Writes a constant into a cell; the engine recalculates what depends on it. Text is always text,
   * even when it looks like a number, a date or a formula.
   *
   * @param sheet - sheet name
   * @param pos - zero-based cell
   * @param value - the constant
   */
  setValue(sheet: string, pos: CellPosition, value: CellValue): void {
    this.hf.setCellContents({ sheet: this.sheetId(sheet), row: pos.row, col: pos.col }, [
      [engineContent(value)],
    ]);
    this.translations.delete(addressKey(sheet, pos));
  }

  /**
   * The formula the engine evaluates for a cell (A1, HyperFormula dialect), or null.
   *
   * @param sheet - sheet name
   * @param pos - zero-based cell
   * @returns the translated formula, or null for a constant or a failed translation
   */
  translatedFormula(sheet: string, pos: CellPosition): string | null {
    return this.translations.get(addressKey(sheet, pos))?.translated ?? null;
  }

  /**
   * Formulas that failed to translate or evaluate to an error, in sheet order.
   *
   * @param workbook - the workbook the engine was built from
   * @returns the problems, empty when every formula evaluates
   */
  problems(workbook: MemoryWorkbook): FormulaProblem[] {
    const problems: FormulaProblem[] = [];
    for (const sheet of workbook.sheets) {
      for (const [key, cell] of sheet.cells) {
        if (cell.formula === null) continue;
        const pos = keyPosition(key);
        const translation = this.translations.get(addressKey(sheet.name, pos));
        if (translation === undefined) continue;
        if (translation.translated === null) {
          problems.push({
            sheet: sheet.name,
            cell: a1(pos),
            formula: cell.formula,
            translated: null,
            error: '#REF!',
            message: translation.message,
          });
          continue;
        }
        const raw = this.hf.getCellValue({ sheet: this.sheetId(sheet.name), row: pos.row, col: pos.col });
        if (raw instanceof DetailedCellError) {
          problems.push({
            sheet: sheet.name,
            cell: a1(pos),
            formula: cell.formula,
            translated: translation.translated,
            error: raw.value,
            message: raw.message,
          });
        }
      }
    }
    return problems;
  }

  /**
   * Runs `writes` with recalculation suspended, then recalculates once: typing a whole scoring table
   * cell by cell would otherwise re-run every COUNTIFS rank of the cluster after each cell. Values cannot
   * be read inside.
   *
   * @param writes - calls to {@link FormulaEngine.setValue}
   */
  batch(writes: () => void): void {
    if (this.hf.isEvaluationSuspended()) {
      writes();
      return;
    }
    this.hf.suspendEvaluation();
    try {
      writes();
    } finally {
      this.hf.resumeEvaluation();
    }
  }

  /** Releases the engine. */
  destroy(): void {
    this.hf.destroy();
  }

  private sheetId(sheet: string): number {
    const id = this.sheetIds.get(sheet.toUpperCase());
    if (id === undefined) throw new Error(`No sheet named ${sheet}`);
    return id;
  }
}

/** What the engine is given for a constant: text behind an apostrophe so it is never parsed. */
function engineContent(value: CellValue): RawCellContent {
  // Without the apostrophe HyperFormula would read "01/02/2018" as a date, "1.5" as a number and
  // "=A1" as a formula; a typed value must stay what was typed.
  return typeof value === 'string' ? `'${value}` : value;
}

function readValue(raw: unknown): CellValue {
  if (raw instanceof DetailedCellError) return raw.value;
  if (raw === '' || raw === null || raw === undefined) return null;
  if (typeof raw === 'number' || typeof raw === 'string' || typeof raw === 'boolean') return raw;
  return null;
}

function densify(grid: RawCellContent[][]): RawCellContent[][] {
  const rows: RawCellContent[][] = [];
  for (let r = 0; r < grid.length; r += 1) {
    const source = grid[r] ?? [];
    const row: RawCellContent[] = [];
    for (let c = 0; c < source.length; c += 1) row.push(source[c] ?? null);
    rows.push(row);
  }
  return rows;
}

function addressKey(sheet: string, pos: CellPosition): string {
  return `${sheet.toUpperCase()}!${cellKey(pos.row, pos.col)}`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
