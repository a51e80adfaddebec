/**
 * `Đăng ký`: the registrations the units send (who registers which title, and when), typed or pasted
 * by the officer; two computed columns beside them show the unit's name and cluster from the catalogue.
 * The sheet is not protected: Excel cannot add rows to a table on a protected sheet, and registrations
 * arrive by the hundred.
 */
import {
  REGISTRATION_HEADERS as R,
  REGISTRATION_OPTIONAL_HEADERS,
  SALUTATIONS,
  SHEETS,
  SUBJECT_LABELS,
  TABLES,
  UNIT_HEADERS,
} from '../../domain/contract';
import type { Registration } from '../../domain/model';
import { isoToSerial } from '../../domain/dates';
import type { CellValue } from '../../domain/workbook';
import { COLORS, COUNT_FORMAT, DATE_FORMAT, TABLE_STYLE, TEXT_FORMAT } from '../_lib/formats';
import { cellAbove, dataRange, headerRowTitles, rowCell } from '../_lib/placed';
import { emptySheet, place, type LayoutContext } from '../context';
import { printSetup, tableWidths } from '../_lib/printSetup';
import { registrationUnitKeyFormula, unitLookupFormula } from '../formulas';
import { REGISTRATION_EXTRA_HEADERS as X } from '../headers';
import { NAMES } from '../names';
import type { ColumnPlan, ConditionalFormatPlan, SheetPlan } from '../plan';

/** Header row of the table (zero-based): a title and the campaign's name above it. */
const HEADER_ROW = 2;
/** Extra rows the conditional formats cover below the table, for the registrations still to come. */
const ROOM = 2000;

const text = (value: string): CellValue => (value.trim() === '' ? null : value);

function registrationRow(r: Registration): CellValue[] {
  return [
    r.unit,
    SUBJECT_LABELS[r.subject],
    text(r.person),
    text(r.position),
    r.title,
    r.date === null ? null : isoToSerial(r.date),
    text(r.note),
    text(r.salutation ?? ''),
    null,
    null,
    null,
  ];
}

function columns(): ColumnPlan[] {
  return [
    {
      header: R.unit,
      role: 'input',
      numberFormat: TEXT_FORMAT,
      width: 12,
      validation: { kind: 'listName', name: NAMES.unitCodes, prompt: 'Chọn mã đơn vị trong danh mục.' },
    },
    {
      header: R.subject,
      role: 'input',
      numberFormat: TEXT_FORMAT,
      width: 11,
      validation: {
        kind: 'listValues',
        values: Object.values(SUBJECT_LABELS),
        prompt: 'Tập thể hay Cá nhân.',
      },
    },
    { header: R.person, role: 'input', numberFormat: TEXT_FORMAT, width: 26 },
    { header: R.position, role: 'input', numberFormat: TEXT_FORMAT, width: 22, wrap: true },
    {
      header: R.title,
      role: 'input',
      numberFormat: TEXT_FORMAT,
      width: 14,
      validation: { kind: 'listName', name: NAMES.titleCodes, prompt: 'Chọn mã danh hiệu trong danh mục.' },
    },
    {
      header: R.date,
      role: 'input',
      numberFormat: DATE_FORMAT,
      width: 13,
      validation: { kind: 'date', min: null, max: null, prompt: 'Ngày đăng ký, dạng dd/mm/yyyy.' },
    },
    { header: R.note, role: 'input', numberFormat: TEXT_FORMAT, width: 28, wrap: true },
    {
      header: REGISTRATION_OPTIONAL_HEADERS.salutation,
      role: 'input',
      numberFormat: TEXT_FORMAT,
      width: 8,
      validation: {
        kind: 'listValues',
        values: [...SALUTATIONS],
        prompt: 'Ông hoặc Bà: cách gọi người đăng ký trên danh sách đăng ký thi đua.',
      },
    },
    {
      header: X.unitName,
      role: 'computed',
      formula: unitLookupFormula(R.unit, UNIT_HEADERS.name),
      width: 34,
      wrap: true,
    },
    {
      header: X.cluster,
      role: 'computed',
      formula: unitLookupFormula(R.unit, UNIT_HEADERS.cluster),
      width: 9,
    },
    {
      header: X.unitKey,
      role: 'computed',
      formula: registrationUnitKeyFormula(),
      numberFormat: COUNT_FORMAT,
      width: 12,
      hidden: true,
    },
  ];
}

/**
 * Plans the `Đăng ký` sheet.
 * @param ctx - the plan being built
 * @returns the sheet's plan
 * @example
 * registrationsSheet(ctx).tables[0]?.name // 'Registrations'
 */
export function registrationsSheet(ctx: LayoutContext): SheetPlan {
  const sheet = emptySheet(ctx, SHEETS.registrations);
  const table = place(ctx, {
    name: TABLES.registrations,
    sheet: SHEETS.registrations,
    origin: { row: HEADER_ROW, col: 0 },
    columns: columns(),
    rows: ctx.campaign.registrations.map(registrationRow),
    key: null,
    required: Object.values(R),
    style: TABLE_STYLE.input,
    showFilter: true,
  });
  sheet.tables.push(table);

  const title = cellAbove(table, 2);
  const subtitle = cellAbove(table, 1);
  if (title !== null && subtitle !== null) {
    sheet.cells.push(
      { address: title, value: 'ĐĂNG KÝ DANH HIỆU THI ĐUA', style: { bold: true, size: 14 } },
      { address: subtitle, value: null, formula: `=${NAMES.campaignName}&""`, style: { italic: true } },
    );
  }

  const formats: ConditionalFormatPlan[] = [];
  const date = rowCell(table, R.date);
  const dateRange = dataRange(table, R.date, R.date, ROOM);
  if (date !== null && dateRange !== null) {
    formats.push({
      sheet: SHEETS.registrations,
      range: dateRange,
      formula: `=AND(ISNUMBER(${date}),ISNUMBER(${NAMES.registrationDeadline}),${date}>${NAMES.registrationDeadline})`,
      fill: COLORS.warningFill,
      fontColor: COLORS.warningFont,
      meaning: 'Đăng ký sau hạn đăng ký',
    });
  }
  const unit = rowCell(table, R.unit);
  const unitName = rowCell(table, X.unitName);
  const unitRange = dataRange(table, R.unit, R.unit, ROOM);
  if (unit !== null && unitName !== null && unitRange !== null) {
    formats.push({
      sheet: SHEETS.registrations,
      range: unitRange,
      formula: `=AND(${unit}<>"",${unitName}="")`,
      fill: COLORS.errorFill,
      fontColor: COLORS.errorFont,
      meaning: 'Mã đơn vị không có trong danh mục',
    });
  }
  const titleCode = rowCell(table, R.title);
  const titleRange = dataRange(table, R.title, R.title, ROOM);
  if (titleCode !== null && titleRange !== null) {
    formats.push({
      sheet: SHEETS.registrations,
      range: titleRange,
      formula: `=AND(${titleCode}<>"",COUNTIF(${NAMES.titleCodes},${titleCode})=0)`,
      fill: COLORS.errorFill,
      fontColor: COLORS.errorFont,
      meaning: 'Mã danh hiệu không có trong danh mục',
    });
  }
  sheet.conditionalFormats.push(...formats);

  sheet.tabColor = COLORS.tabInput;
  sheet.freezeRows = table.origin.row + 1;
  sheet.print = printSetup({ blocks: [tableWidths(table)], area: null, repeatRows: headerRowTitles(table) });
  return sheet;
}
