/**
 * What the sheet builders share while a plan is built: the campaign, what the workbook holds, and the
 * issues and report they add to.
 */
import { capitalise, sheetTitle, type Words } from '../domain/displayNames';
import type { Campaign, Issue } from '../domain/model';
import type { WorkbookData } from '../domain/workbook';
import { findSheet } from './_lib/current';
import type { PlanReport, PrintPlan, SheetPlan, TablePlan } from './plan';
import { placeTable, type TableSpec } from './placeTable';

/** The state of one `buildPlan` call. */
export interface LayoutContext {
  readonly campaign: Campaign;
  readonly current: WorkbookData | undefined;
  readonly issues: Issue[];
  readonly report: PlanReport;
}

/**
 * Starts a plan.
 * @param campaign - the campaign to lay out
 * @param current - what the workbook holds, or undefined for a new one
 * @returns an empty context
 * @example
 * createContext(campaign, undefined).issues // []
 */
export function createContext(campaign: Campaign, current: WorkbookData | undefined): LayoutContext {
  return { campaign, current, issues: [], report: { added: [], kept: [], refreshed: [] } };
}

/**
 * Reconciles a table with the workbook and records what it did.
 * @param ctx - the plan being built
 * @param spec - the table as planned
 * @returns the table's plan, which says where it ends up
 * @example
 * place(ctx, unitsSpec).rowCount
 */
export function place(ctx: LayoutContext, spec: TableSpec): TablePlan {
  const result = placeTable(spec, ctx.current);
  ctx.issues.push(...result.issues);
  ctx.report.added.push(...result.report.added);
  ctx.report.kept.push(...result.report.kept);
  ctx.report.refreshed.push(...result.report.refreshed);
  return result.table;
}

/**
 * Words that open a line of the report, their first letters capitalised.
 * @param words - the words
 * @returns the same words, capitalised
 * @example
 * capitalised({ vi: 'trang "Đăng ký"', en: 'sheet "Đăng ký"' }).vi // 'Trang "Đăng ký"'
 */
export function capitalised(words: Words): Words {
  return { vi: capitalise(words.vi), en: capitalise(words.en) };
}

/** A4 landscape, fit to the page width: the way every sheet of the workbook prints. */
export function landscape(repeatRows: string | null): PrintPlan {
  return { orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatRows, area: null };
}

/**
 * A sheet with nothing on it yet, marked existing when the workbook has it (and reported when not).
 * @param ctx - the plan being built
 * @param name - the sheet name
 * @returns the sheet's plan, to be filled
 * @example
 * emptySheet(ctx, 'Danh mục').existing // false for a new workbook
 */
export function emptySheet(ctx: LayoutContext, name: string): SheetPlan {
  const existing = findSheet(ctx.current, name) !== undefined;
  if (!existing) ctx.report.added.push(capitalised(sheetTitle(name)));
  return {
    name,
    visibility: 'visible',
    existing,
    freezeRows: 0,
    protect: false,
    cells: [],
    tables: [],
    conditionalFormats: [],
    charts: [],
    columnWidths: {},
    print: landscape(null),
  };
}
