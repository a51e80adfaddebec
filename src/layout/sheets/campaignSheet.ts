/**
 * `Phong trào`: the campaign's facts (field / value), its phases, and the thresholds an officer may
 * change (Settings). The formulas elsewhere read the thresholds live through defined names.
 */
import {
  CAMPAIGN_FIELDS,
  CAMPAIGN_HEADERS,
  CAMPAIGN_KIND_LABELS,
  PHASE_HEADERS,
  REGISTRATION_CHECK_LABELS,
  REVIEW_METHOD_LABELS,
  SETTING_KEYS,
  SETTINGS_HEADERS,
  SHEETS,
  TABLES,
} from '../../domain/contract';
import { isoToSerial } from '../../domain/dates';
import type { Campaign, IsoDate } from '../../domain/model';
import { formatMilestones, formatYesNo } from '../../domain/cellCodecs';
import { ruleSetTitle, SETTING_TITLES } from '../../domain/displayNames';
import { formatSource, resolveRuleSet } from '../../domain/rules';
import type { CellValue } from '../../domain/workbook';
import { COLORS, DATE_FORMAT, TABLE_STYLE, TEXT_FORMAT } from '../_lib/formats';
import { findTable, freeColumn, sameHeader } from '../_lib/current';
import { cellAbove, headerRowTitles } from '../_lib/placed';
import { emptySheet, place, type LayoutContext } from '../context';
import { columnSpan, printSetup, tableWidths } from '../_lib/printSetup';
import type { CellFormatPlan, ColumnPlan, SheetPlan, TablePlan } from '../plan';
import type { TableSpec } from '../placeTable';

/** Row of the tables' header row on this sheet (zero-based): a title and the section labels above. */
const HEADER_ROW = 2;

/** Vietnamese labels of the Settings keys (the `Tham số` column), from the display names. */
export const SETTING_LABELS: Readonly<Record<(typeof SETTING_KEYS)[number], string>> = Object.fromEntries(
  SETTING_KEYS.map((key) => [key, SETTING_TITLES[key].vi]),
) as Record<(typeof SETTING_KEYS)[number], string>;

/**
 * The fields the Campaign table shows. The campaign's id is kept in `_meta` (`campaignId`) rather than
 * here: it names the campaign for files and programs, and an officer reads its name instead. A workbook
 * that still has the row keeps it, and it is read from there first.
 */
const SHOWN_FIELDS = (Object.keys(CAMPAIGN_FIELDS) as (keyof typeof CAMPAIGN_FIELDS)[]).filter(
  (field) => field !== 'id',
);

/** A date cell: its serial (shown dd/mm/yyyy), or blank. */
function dateValue(iso: IsoDate | null): CellValue {
  return iso === null ? null : isoToSerial(iso);
}

/** Free text: blank rather than an empty string, so the cell reads as empty everywhere. */
function textValue(value: string | null): CellValue {
  return value === null || value.trim() === '' ? null : value;
}

function campaignRows(campaign: Campaign): { rows: CellValue[][]; dates: number[] } {
  const values: Record<keyof typeof CAMPAIGN_FIELDS, CellValue> = {
    name: textValue(campaign.name),
    issuer: textValue(campaign.issuer),
    planNumber: textValue(campaign.planNumber),
    issueDate: dateValue(campaign.issueDate),
    year: campaign.year,
    theme: textValue(campaign.theme),
    kind: CAMPAIGN_KIND_LABELS[campaign.kind],
    start: dateValue(campaign.start),
    end: dateValue(campaign.end),
    registrationDeadline: dateValue(campaign.registrationDeadline),
    scale: campaign.scale,
    // The rule set by its legal name; the reader takes the name or the id back (see readCampaignFields).
    ruleSet: textValue(
      campaign.ruleSet === null ? null : (ruleSetTitle(campaign.ruleSet)?.vi ?? campaign.ruleSet),
    ),
    sampleData: formatYesNo(campaign.sampleData),
    place: textValue(campaign.place ?? null),
    signerTitle: textValue(campaign.signerTitle ?? null),
    signerName: textValue(campaign.signerName ?? null),
    meetingDate: dateValue(campaign.meetingDate ?? null),
    meetingTime: textValue(campaign.meetingTime ?? null),
    meetingPlace: textValue(campaign.meetingPlace ?? null),
    ballotKind: textValue(campaign.ballotKind ?? null),
    id: textValue(campaign.id),
  };
  const dateFields = new Set<string>(['issueDate', 'start', 'end', 'registrationDeadline', 'meetingDate']);
  const fields = SHOWN_FIELDS;
  return {
    rows: fields.map((field) => [CAMPAIGN_FIELDS[field], values[field]]),
    dates: fields.flatMap((field, i) => (dateFields.has(field) ? [i] : [])),
  };
}

function campaignSpec(campaign: Campaign, col: number): TableSpec {
  const { rows, dates } = campaignRows(campaign);
  const cellFormats: CellFormatPlan[] = dates.map((row) => ({
    row,
    column: CAMPAIGN_HEADERS.value,
    numberFormat: DATE_FORMAT,
  }));
  return {
    name: TABLES.campaign,
    sheet: SHEETS.campaign,
    origin: { row: HEADER_ROW, col },
    columns: [
      { header: CAMPAIGN_HEADERS.field, role: 'input', numberFormat: TEXT_FORMAT, width: 22 },
      { header: CAMPAIGN_HEADERS.value, role: 'input', width: 60, wrap: true },
    ],
    rows,
    key: CAMPAIGN_HEADERS.field,
    required: [CAMPAIGN_HEADERS.field, CAMPAIGN_HEADERS.value],
    style: TABLE_STYLE.input,
    showFilter: false,
    cellFormats,
  };
}

function phasesSpec(campaign: Campaign, col: number): TableSpec {
  const dateColumn = (header: string): ColumnPlan => ({
    header,
    role: 'input',
    numberFormat: DATE_FORMAT,
    width: 12,
    validation: { kind: 'date', min: null, max: null, prompt: 'Nhập ngày dạng dd/mm/yyyy.' },
  });
  return {
    name: TABLES.phases,
    sheet: SHEETS.campaign,
    origin: { row: HEADER_ROW, col },
    columns: [
      { header: PHASE_HEADERS.name, role: 'input', numberFormat: TEXT_FORMAT, width: 22, wrap: true },
      dateColumn(PHASE_HEADERS.start),
      dateColumn(PHASE_HEADERS.end),
      { header: PHASE_HEADERS.milestones, role: 'input', numberFormat: TEXT_FORMAT, width: 40, wrap: true },
    ],
    rows: campaign.phases.map((phase) => [
      phase.name,
      dateValue(phase.start),
      dateValue(phase.end),
      textValue(formatMilestones(phase.milestones, { start: phase.start, end: phase.end })),
    ]),
    key: PHASE_HEADERS.name,
    required: Object.values(PHASE_HEADERS),
    style: TABLE_STYLE.input,
    showFilter: false,
  };
}

function settingsSpec(campaign: Campaign, col: number): TableSpec {
  const rules = resolveRuleSet(campaign).rules;
  const values: Record<(typeof SETTING_KEYS)[number], CellValue> = {
    selfReviewGap: campaign.settings.selfReviewGap,
    precision: campaign.settings.precision,
    registrationCheck: REGISTRATION_CHECK_LABELS[campaign.settings.registrationCheck],
    flagsPerCluster: campaign.awardRules.flagsPerCluster,
    flagTitle: textValue(campaign.awardRules.flagTitle),
    flagMinScore: campaign.awardRules.flagMinScore,
    flagBand: textValue(campaign.awardRules.flagBand ?? ''),
    reviewMethod:
      campaign.settings.reviewMethod === undefined
        ? null
        : REVIEW_METHOD_LABELS[campaign.settings.reviewMethod],
    reviewSpread: campaign.settings.reviewSpread ?? null,
  };
  const sources: Partial<Record<(typeof SETTING_KEYS)[number], string>> = {
    registrationCheck: formatSource(rules.registration.source),
    flagsPerCluster: formatSource(rules.flagsPerCluster.source),
  };
  return {
    name: TABLES.settings,
    sheet: SHEETS.campaign,
    origin: { row: HEADER_ROW, col },
    // The officer reads the label and types the value; the key the formulas and the reader find a
    // setting by sits at the right end, hidden (an existing table keeps its own order).
    columns: [
      { header: SETTINGS_HEADERS.label, role: 'input', numberFormat: TEXT_FORMAT, width: 46, wrap: true },
      { header: SETTINGS_HEADERS.value, role: 'input', width: 16 },
      { header: SETTINGS_HEADERS.source, role: 'input', numberFormat: TEXT_FORMAT, width: 32, wrap: true },
      { header: SETTINGS_HEADERS.key, role: 'input', numberFormat: TEXT_FORMAT, width: 18, hidden: true },
    ],
    rows: SETTING_KEYS.map((key) => [SETTING_LABELS[key], values[key], sources[key] ?? null, key]),
    key: SETTINGS_HEADERS.key,
    required: Object.values(SETTINGS_HEADERS),
    style: TABLE_STYLE.input,
    showFilter: false,
  };
}

/**
 * Plans the `Phong trào` sheet: tables Campaign, Phases and Settings side by side (each grows downward
 * without running into another).
 * @param ctx - the plan being built
 * @returns the sheet's plan
 * @example
 * campaignSheet(ctx).tables.map((t) => t.name) // ['Campaign', 'Phases', 'Settings']
 */
export function campaignSheet(ctx: LayoutContext): SheetPlan {
  const sheet = emptySheet(ctx, SHEETS.campaign);
  // Tables the workbook already has stay where they are; new ones go side by side after everything.
  let col = freeColumn(ctx.current, SHEETS.campaign);
  const placeNext = (build: (campaign: Campaign, col: number) => TableSpec): TablePlan => {
    const spec = build(ctx.campaign, col);
    const table = place(ctx, spec);
    if (findTable(ctx.current, spec.name) === undefined) col = table.origin.col + table.headers.length + 1;
    return table;
  };
  const campaign = placeNext(campaignSpec);
  const phases = placeNext(phasesSpec);
  const settings = placeNext(settingsSpec);
  sheet.tables.push(campaign, phases, settings);

  const label = (table: TablePlan, text: string): void => {
    const address = cellAbove(table, 1);
    if (address !== null) sheet.cells.push({ address, value: text, style: { bold: true } });
  };
  const title = cellAbove(campaign, 2);
  if (title !== null) {
    sheet.cells.push({
      address: title,
      value: 'THÔNG TIN PHONG TRÀO THI ĐUA',
      style: { bold: true, size: 14 },
    });
  }
  label(campaign, 'Thông tin chung');
  label(phases, 'Các đợt thi đua');
  label(settings, 'Tham số (sửa được; công thức dùng ngay giá trị mới)');

  sheet.tabColor = COLORS.tabInput;
  sheet.freezeRows = campaign.origin.row + 1;
  // Each table prints from its own page; the Settings key column (hidden) stays off the paper.
  const printed = (table: TablePlan) => (h: string) =>
    table.name !== TABLES.settings || !sameHeader(h, SETTINGS_HEADERS.key);
  const lastPrinted = (table: TablePlan): number =>
    table.headers.reduce((last, h, i) => (printed(table)(h) ? i : last), 0);
  sheet.print = printSetup({
    blocks: sheet.tables.map((table) => tableWidths(table, printed(table))),
    area: sheet.tables.map((table) => columnSpan(table, lastPrinted(table))).join(','),
    repeatRows: headerRowTitles(campaign),
  });
  return sheet;
}
