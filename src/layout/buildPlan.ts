import { LOCKED_TABLES } from '../domain/contract';
import { readLockRecord } from '../domain/lock';
import type { Campaign } from '../domain/model';
import type { WorkbookData } from '../domain/workbook';
import { createContext } from './context';
import { workbookNames } from './names';
import type { SheetPlan, WorkbookPlan } from './plan';
import { awardListSheet } from './sheets/awardListSheet';
import { campaignSheet } from './sheets/campaignSheet';
import { catalogueSheet } from './sheets/catalogueSheet';
import { councilSheet } from './sheets/councilSheet';
import { historySheet } from './sheets/historySheet';
import { metaSheet, SCHEMA_VERSION } from './sheets/metaSheet';
import { minutesSheet } from './sheets/minutesSheet';
import { registrationListSheet } from './sheets/registrationListSheet';
import { registrationsSheet } from './sheets/registrationsSheet';
import { scoresSheet } from './sheets/scoresSheet';
import { selfScoresSheet } from './sheets/selfScoresSheet';
import { summarySheet } from './sheets/summarySheet';

/**
 * Lays a campaign out as a workbook: every sheet, table, column, formula, format, dropdown,
 * conditional format, protection and print setting a host must write.
 *
 * Given `current` (what an existing workbook holds), the plan completes it without touching a typed
 * cell: existing tables are kept with their rows and the officer's own columns; only missing columns,
 * missing catalogue rows (by code) and rows for new units are added; formulas and formats are
 * refreshed. What cannot be reconciled without guessing (a renamed required column, a table that would
 * land on data) is returned in `issues` — an error there means the plan must not be applied. Planning
 * the workbook a plan produced gives a plan that adds nothing.
 *
 * @param campaign - the campaign to lay out
 * @param current - what the workbook holds, when it exists
 * @returns the plan, with `report` telling the officer (in Vietnamese) what was added, kept and refreshed
 *
 * @example
 * ```ts
 * const plan = buildPlan(campaign);
 * plan.sheets.map((s) => s.name);
 * //=> ['Phong trào', 'Danh mục', 'Đăng ký', 'Chấm điểm', 'Tự chấm', 'Tổng hợp', 'Lịch sử khen thưởng', 'Hội đồng', 'Đề nghị khen thưởng', 'Biên bản họp Hội đồng', 'Danh sách đăng ký', '_meta']
 * const again = buildPlan(campaign, workbookAfter(plan));
 * again.sheets.every((s) => s.tables.every((t) => t.addColumns.length === 0 && t.appendRows.length === 0));
 * //=> true
 * ```
 */
export function buildPlan(campaign: Campaign, current?: WorkbookData): WorkbookPlan {
  const ctx = createContext(campaign, current);
  const sheets = [
    campaignSheet(ctx),
    catalogueSheet(ctx),
    registrationsSheet(ctx),
    scoresSheet(ctx),
    selfScoresSheet(ctx),
    summarySheet(ctx),
    historySheet(ctx),
    councilSheet(ctx),
    awardListSheet(ctx),
    minutesSheet(ctx),
    registrationListSheet(ctx),
    metaSheet(ctx),
  ];
  if (current !== undefined && readLockRecord(current).state === 'locked') protectLockedTables(sheets);
  const names = workbookNames();
  // The names themselves are for formulas; the officer reads what they are for.
  const words = {
    vi: `${names.length} tên dùng trong công thức và danh sách chọn (Công thức › Quản lý tên)`,
    en: `${names.length} names used by formulas and dropdowns (Formulas › Name Manager)`,
  };
  if (current === undefined) ctx.report.added.push(words);
  else ctx.report.refreshed.push(words);
  return { schemaVersion: SCHEMA_VERSION, sheets, names, issues: ctx.issues, report: ctx.report };
}

/**
 * While the results are locked, every cell of the locked tables is locked and their sheets protected
 * (without a password, as the layout protects the summary): nobody changes a locked number by accident;
 * a change on purpose goes through the recorded unlock.
 */
function protectLockedTables(sheets: readonly SheetPlan[]): void {
  const locked = new Set(LOCKED_TABLES.map((name) => name.toLowerCase()));
  for (const sheet of sheets) {
    const tables = sheet.tables.filter((table) => locked.has(table.name.toLowerCase()));
    if (tables.length === 0) continue;
    sheet.protect = true;
    for (const table of tables) table.columns = table.columns.map((column) => ({ ...column, locked: true }));
  }
}
