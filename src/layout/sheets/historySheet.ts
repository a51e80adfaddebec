/**
 * `Lịch sử khen thưởng`: titles and forms awarded in earlier years, one row per decision line, typed
 * by the officer or brought in from earlier years' workbooks (`thidua history import`). The conditions
 * on earlier years (CSTĐ bộ: three years of CSTĐCS in a row) are checked against it. Like the
 * registrations, the sheet stays unprotected: rows arrive by the hundred.
 */
import { HISTORY_HEADERS as H, SHEETS, SUBJECT_LABELS, TABLES } from '../../domain/contract';
import { isoToSerial } from '../../domain/dates';
import type { HistoryEntry } from '../../domain/model';
import type { CellValue } from '../../domain/workbook';
import { COLORS, DATE_FORMAT, TABLE_STYLE, TEXT_FORMAT } from '../_lib/formats';
import { cellAbove, headerRowTitles } from '../_lib/placed';
import { emptySheet, place, type LayoutContext } from '../context';
import { printSetup, tableWidths } from '../_lib/printSetup';
import { NAMES } from '../names';
import type { ColumnPlan, SheetPlan } from '../plan';

/** Header row of the table (zero-based): a title and a line on what the sheet is for above it. */
const HEADER_ROW = 2;

const text = (value: string): CellValue => (value.trim() === '' ? null : value);
const date = (iso: string | null): CellValue => (iso === null ? null : isoToSerial(iso));

/**
 * A history entry as a row of the History table, in the order of {@link HISTORY_HEADERS}.
 * @param e - the entry
 * @returns the row's cells (dates as serials)
 * @example
 * historyRow({ row: 1, year: 2023, subject: 'individual', unit: 'VP', person: 'An', birthDate: null, title: 'CSTDCS', decision: '', decisionDate: null })
 * // [2023, 'Cá nhân', 'VP', 'An', null, 'CSTDCS', null, null]
 */
export function historyRow(e: HistoryEntry): CellValue[] {
  return [
    e.year,
    SUBJECT_LABELS[e.subject],
    e.unit,
    text(e.person),
    date(e.birthDate),
    e.title,
    text(e.decision),
    date(e.decisionDate),
  ];
}

function columns(): ColumnPlan[] {
  return [
    {
      header: H.year,
      role: 'input',
      numberFormat: '0',
      width: 8,
      validation: { kind: 'whole', min: 1945, max: 2100, prompt: 'Năm được khen thưởng, ví dụ 2023.' },
    },
    {
      header: H.subject,
      role: 'input',
      numberFormat: TEXT_FORMAT,
      width: 11,
      validation: {
        kind: 'listValues',
        values: Object.values(SUBJECT_LABELS),
        prompt: 'Tập thể hay Cá nhân.',
      },
    },
    {
      header: H.unit,
      role: 'input',
      numberFormat: TEXT_FORMAT,
      width: 12,
      validation: { kind: 'listName', name: NAMES.unitCodes, prompt: 'Mã đơn vị của năm đó trong danh mục.' },
    },
    { header: H.person, role: 'input', numberFormat: TEXT_FORMAT, width: 26 },
    {
      header: H.birthDate,
      role: 'input',
      numberFormat: DATE_FORMAT,
      width: 12,
      validation: {
        kind: 'date',
        min: null,
        max: null,
        prompt: 'Ngày sinh (dd/mm/yyyy), để phân biệt người trùng tên và nhận ra người chuyển đơn vị.',
      },
    },
    {
      header: H.title,
      role: 'input',
      numberFormat: TEXT_FORMAT,
      width: 14,
      validation: {
        kind: 'listName',
        name: NAMES.titleCodes,
        prompt: 'Mã danh hiệu hoặc hình thức khen thưởng.',
      },
    },
    { header: H.decision, role: 'input', numberFormat: TEXT_FORMAT, width: 18 },
    {
      header: H.decisionDate,
      role: 'input',
      numberFormat: DATE_FORMAT,
      width: 14,
      validation: { kind: 'date', min: null, max: null, prompt: 'Ngày ký quyết định, dạng dd/mm/yyyy.' },
    },
  ];
}

/**
 * Plans the `Lịch sử khen thưởng` sheet.
 * @param ctx - the plan being built
 * @returns the sheet's plan
 * @example
 * historySheet(ctx).tables[0]?.name // 'History'
 */
export function historySheet(ctx: LayoutContext): SheetPlan {
  const sheet = emptySheet(ctx, SHEETS.history);
  const table = place(ctx, {
    name: TABLES.history,
    sheet: SHEETS.history,
    origin: { row: HEADER_ROW, col: 0 },
    columns: columns(),
    rows: (ctx.campaign.history ?? []).map(historyRow),
    key: null,
    required: [H.year, H.subject, H.unit, H.person, H.title],
    style: TABLE_STYLE.input,
    showFilter: true,
  });
  sheet.tables.push(table);

  const title = cellAbove(table, 2);
  const subtitle = cellAbove(table, 1);
  if (title !== null && subtitle !== null) {
    sheet.cells.push(
      { address: title, value: 'LỊCH SỬ KHEN THƯỞNG CÁC NĂM TRƯỚC', style: { bold: true, size: 14 } },
      {
        address: subtitle,
        value:
          'Mỗi dòng một danh hiệu, hình thức khen thưởng theo quyết định; dùng để xét điều kiện nhiều năm liên tục.',
        style: { italic: true },
      },
    );
  }
  sheet.tabColor = COLORS.tabInput;
  sheet.freezeRows = table.origin.row + 1;
  sheet.print = printSetup({ blocks: [tableWidths(table)], area: null, repeatRows: headerRowTitles(table) });
  return sheet;
}
