/**
 * `Tự chấm`: each unit's self-score against the same criteria, its total, the reviewed total from
 * `Chấm điểm` and the gap between them, flagged when it passes the `ChenhLechTuCham` setting — the
 * council compares the two here.
 */
import { SHEETS, TABLES } from '../../domain/contract';
import type { Campaign } from '../../domain/model';
import { COLORS, pointsFormat, TABLE_STYLE } from '../_lib/formats';
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
import { reviewedTotalFormula, selfGapFormula, totalFormula, type CriterionColumns } from '../formulas';
import { SELF_SCORE_HEADERS as H } from '../headers';
import { NAMES } from '../names';
import type { ColumnPlan, SheetPlan } from '../plan';
import { finalHeaders } from '../placeTable';

/** Header row of the table (zero-based): the title, then the criterion maxima, above it. */
const HEADER_ROW = 2;

/**
 * The SelfScores table's columns, formulas included, for a table whose headers will be `headers`.
 * @param campaign - criteria and precision
 * @param headers - the table's headers in order, or null to plan a new table
 * @returns the columns, in the order of a new table
 * @example
 * selfScoreColumns(campaign, null).map((c) => c.header).slice(-3) // ['Tổng tự chấm', 'Tổng điểm chấm', 'Chênh lệch']
 */
export function selfScoreColumns(campaign: Campaign, headers: readonly string[] | null): ColumnPlan[] {
  const precision = campaign.settings.precision;
  const points = pointsFormat(precision);
  const criteria = criterionColumns(campaign);
  const draft = (table: CriterionColumns): ColumnPlan[] => [
    ...unitColumns(),
    ...criteria.map((c) => criterionColumn(c, precision)),
    {
      header: H.selfTotal,
      role: 'computed',
      formula: totalFormula(table, precision),
      numberFormat: points,
      width: 11,
    },
    {
      header: H.reviewedTotal,
      role: 'computed',
      formula: reviewedTotalFormula(),
      numberFormat: points,
      width: 11,
    },
    { header: H.gap, role: 'computed', formula: selfGapFormula(precision), numberFormat: points, width: 11 },
  ];
  const planned = draft({ headers: [], criteria }).map((c) => c.header);
  return draft({ headers: headers ?? planned, criteria: campaign.criteria });
}

/**
 * Plans the `Tự chấm` sheet.
 * @param ctx - the plan being built
 * @returns the sheet's plan
 * @example
 * selfScoresSheet(ctx).tables[0]?.name // 'SelfScores'
 */
export function selfScoresSheet(ctx: LayoutContext): SheetPlan {
  const { campaign } = ctx;
  const sheet = emptySheet(ctx, SHEETS.selfScores);
  const planned = selfScoreColumns(campaign, null);
  const required = [H.unit];
  const headers = finalHeaders({ name: TABLES.selfScores, columns: planned, required }, ctx.current);
  const columns = selfScoreColumns(campaign, headers);
  const table = place(ctx, {
    name: TABLES.selfScores,
    sheet: SHEETS.selfScores,
    origin: { row: HEADER_ROW, col: 0 },
    columns,
    rows: unitRows(
      campaign,
      campaign.selfScores,
      columns.map((c) => c.header),
    ),
    key: H.unit,
    required,
    style: TABLE_STYLE.input,
    showFilter: true,
  });
  sheet.tables.push(table);

  const criteria = criterionColumns(campaign);
  const { cells, maxima } = maximaRow(table, criteria, campaign.settings.precision);
  sheet.cells.push(...titleCells(table, 'BẢNG TỰ CHẤM ĐIỂM CỦA CÁC ĐƠN VỊ'), ...cells);
  sheet.conditionalFormats.push(...outOfRangeFormats(SHEETS.selfScores, table, criteria, maxima));
  const unknown = unknownUnitFormat(SHEETS.selfScores, table);
  if (unknown !== null) sheet.conditionalFormats.push(unknown);
  const gap = rowCell(table, H.gap);
  const gapRange = dataRange(table, H.gap);
  if (gap !== null && gapRange !== null) {
    sheet.conditionalFormats.push({
      sheet: SHEETS.selfScores,
      range: gapRange,
      formula: `=AND(ISNUMBER(${gap}),ABS(${gap})>${NAMES.selfReviewGap})`,
      fill: COLORS.warningFill,
      fontColor: COLORS.warningFont,
      meaning: 'Điểm tự chấm chênh lệch nhiều so với điểm chấm: cần giải trình',
    });
  }

  sheet.tabColor = COLORS.tabScores;
  sheet.protect = true;
  sheet.freezeRows = table.origin.row + 1;
  sheet.freezeColumns = table.origin.col + 2;
  sheet.print = landscape(headerRowTitles(table));
  return sheet;
}
