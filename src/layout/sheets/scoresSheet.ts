/**
 * `Chấm điểm`: the reviewed scores, one row per unit, one column per criterion, then the computed
 * columns the council reads — total, tie-break keys, rank, tie, leading unit, proposal — and the helper
 * columns the summary looks units up by. Protected: only the points (and the tie-break inputs) are
 * typed; a unit joins the table when it joins the catalogue and the workbook is updated.
 */
import { SCORE_HEADERS as S, SHEETS, TABLES } from '../../domain/contract';
import type { Campaign, TieBreak } from '../../domain/model';
import type { TableGeometry } from '../../geometry/tableGeometry';
import { COLORS, COUNT_FORMAT, pointsFormat, TABLE_STYLE, TEXT_FORMAT } from '../_lib/formats';
import { dataRange, headerRowTitles, rowCell } from '../_lib/placed';
import {
  criterionColumn,
  criterionColumns,
  maximaRow,
  outOfRangeFormats,
  titleCells,
  unitColumns,
  unitRows,
  unknownUnitFormat,
} from '../_lib/scoreTable';
import { emptySheet, landscape, place, type LayoutContext } from '../context';
import {
  catalogueIndexFormula,
  hasProposalFormula,
  leadingFormula,
  ordinalFormula,
  ordinalKeyFormula,
  proposalFormula,
  proposalOrdinalFormula,
  rankFormula,
  tieBreakKeyFormula,
  tiedFormula,
  totalFormula,
  type CriterionColumns,
} from '../formulas';
import { SCORE_HELPER_HEADERS as HELP, tieBreakHeader } from '../headers';
import type { ColumnPlan, ConditionalFormatPlan, SheetPlan } from '../plan';
import { finalHeaders } from '../placeTable';

/** Header row of the table (zero-based): the title, then the criterion maxima, above it. */
const HEADER_ROW = 2;

/** The tie-break links that read an input column, each column once (by header). */
function inputLinks(campaign: Campaign, taken: ReadonlySet<string>): Extract<TieBreak, { kind: 'input' }>[] {
  const seen = new Set(taken);
  return campaign.tieBreaks.flatMap((link) => {
    if (link.kind !== 'input' || seen.has(link.header)) return [];
    seen.add(link.header);
    return [link];
  });
}

/**
 * The Scores table's columns, formulas included, for a table whose headers (in order) will be `headers`
 * once the plan is applied — the sums run over the table's actual adjacent columns.
 * @param campaign - criteria, tie-breaks, bands, precision
 * @param headers - the table's headers in order, or null to plan a new table
 * @returns the columns, in the order of a new table
 * @example
 * scoreColumns(campaign, null).map((c) => c.header).slice(0, 4) // ['Mã đơn vị', 'Tên đơn vị', 'Mã cụm', 'I.1']
 */
export function scoreColumns(campaign: Campaign, headers: readonly string[] | null): ColumnPlan[] {
  const precision = campaign.settings.precision;
  const criteria = criterionColumns(campaign);
  const fixed = new Set<string>([
    ...Object.values(S),
    ...Object.values(HELP),
    ...criteria.map((c) => c.code),
  ]);
  const inputs = inputLinks(campaign, fixed);
  const keyHeaders = campaign.tieBreaks.map(tieBreakHeader);

  const computed = (header: string, formula: string, width: number, numberFormat?: string): ColumnPlan => ({
    header,
    role: 'computed',
    formula,
    width,
    ...(numberFormat === undefined ? {} : { numberFormat }),
  });
  // Formulas are built against the final header order; for a new table that is the order below.
  const draft = (table: CriterionColumns): ColumnPlan[] => [
    ...unitColumns(),
    ...criteria.map((c) => criterionColumn(c, precision)),
    ...inputs.map((link) => ({ header: link.header, role: 'input' as const, width: 12, wrap: true })),
    computed(S.total, totalFormula(table, precision), 10, pointsFormat(precision)),
    ...campaign.tieBreaks.map((link, i) =>
      computed(keyHeaders[i] ?? '', tieBreakKeyFormula(table, link, precision), 12, pointsFormat(precision)),
    ),
    computed(S.rank, rankFormula(keyHeaders), 8, COUNT_FORMAT),
    computed(S.tied, tiedFormula(keyHeaders), 8),
    computed(S.leading, leadingFormula(), 8),
    { ...computed(S.proposal, proposalFormula(campaign.awardRules.bands, table.headers), 28), wrap: true },
    computed(HELP.catalogueIndex, catalogueIndexFormula(), 8, COUNT_FORMAT),
    computed(HELP.ordinal, ordinalFormula(keyHeaders), 8, COUNT_FORMAT),
    computed(HELP.key, ordinalKeyFormula(), 10, TEXT_FORMAT),
    computed(HELP.hasProposal, hasProposalFormula(), 8),
    computed(HELP.proposalOrdinal, proposalOrdinalFormula(), 8, COUNT_FORMAT),
  ];
  const planned = draft({ headers: [], criteria }).map((c) => c.header);
  return draft({ headers: headers ?? planned, criteria: campaign.criteria });
}

/**
 * Plans the `Chấm điểm` sheet.
 * @param ctx - the plan being built
 * @returns the sheet's plan
 * @example
 * scoresSheet(ctx).tables[0]?.columns.find((c) => c.header === 'Xếp hạng')?.formula
 */
export function scoresSheet(ctx: LayoutContext): SheetPlan {
  const { campaign } = ctx;
  const sheet = emptySheet(ctx, SHEETS.scores);
  const planned = scoreColumns(campaign, null);
  const required = [S.unit];
  const headers = finalHeaders({ name: TABLES.scores, columns: planned, required }, ctx.current);
  const columns = scoreColumns(campaign, headers);
  const inputHeaders = new Map(
    campaign.tieBreaks.flatMap((link) => (link.kind === 'input' ? [[link.header, link.key] as const] : [])),
  );
  const table = place(ctx, {
    name: TABLES.scores,
    sheet: SHEETS.scores,
    origin: { row: HEADER_ROW, col: 0 },
    columns,
    rows: unitRows(
      campaign,
      campaign.scores,
      columns.map((c) => c.header),
      (row, header) => {
        const key = inputHeaders.get(header);
        return key === undefined ? undefined : (row.inputs[key] ?? null);
      },
    ),
    key: S.unit,
    required,
    style: TABLE_STYLE.input,
    showFilter: true,
  });
  sheet.tables.push(table);

  const criteria = criterionColumns(campaign);
  const { cells, maxima } = maximaRow(table, criteria, campaign.settings.precision);
  sheet.cells.push(...titleCells(table, 'BẢNG CHẤM ĐIỂM THI ĐUA'), ...cells);
  sheet.conditionalFormats.push(
    ...outOfRangeFormats(SHEETS.scores, table, criteria, maxima),
    ...markFormats(table),
  );
  const unknown = unknownUnitFormat(SHEETS.scores, table);
  if (unknown !== null) sheet.conditionalFormats.push(unknown);

  sheet.tabColor = COLORS.tabScores;
  sheet.protect = true;
  sheet.freezeRows = table.origin.row + 1;
  sheet.freezeColumns = table.origin.col + 2;
  sheet.print = landscape(headerRowTitles(table));
  return sheet;
}

/** The leading unit and ties that need a council vote. */
function markFormats(table: TableGeometry): ConditionalFormatPlan[] {
  const formats: ConditionalFormatPlan[] = [];
  const leading = rowCell(table, S.leading);
  const nameRange = dataRange(table, S.name);
  if (leading !== null && nameRange !== null) {
    formats.push({
      sheet: SHEETS.scores,
      range: nameRange,
      formula: `=${leading}="x"`,
      fill: COLORS.goodFill,
      fontColor: COLORS.goodFont,
      meaning: 'Đơn vị dẫn đầu cụm (đề nghị Cờ thi đua)',
    });
  }
  const tied = rowCell(table, S.tied);
  const rankRange = dataRange(table, S.rank);
  if (tied !== null && rankRange !== null) {
    formats.push({
      sheet: SHEETS.scores,
      range: rankRange,
      formula: `=${tied}="x"`,
      fill: COLORS.warningFill,
      fontColor: COLORS.warningFont,
      meaning: 'Đồng hạng trên mọi tiêu chí phụ: Hội đồng cần bình xét',
    });
  }
  return formats;
}
