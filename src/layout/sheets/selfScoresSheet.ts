/**
 * `Tự chấm`: each unit's self-score against the same criteria, its total, the reviewed total from
 * `Chấm điểm` and the gap between them, flagged when it passes the `ChenhLechTuCham` setting — the
 * council compares the two here.
 */
import { SHEETS, TABLES } from '../../domain/contract';
import type { Campaign } from '../../domain/model';
import { COLORS, pointsFormat } from '../_lib/formats';
import { dataRange, rowCell } from '../_lib/placed';
import { scoreSheet } from '../_lib/scoreTable';
import type { LayoutContext } from '../context';
import { reviewedTotalFormula, selfGapFormula, totalFormula, type ScoringColumns } from '../formulas';
import { SELF_SCORE_HEADERS as H } from '../headers';
import { NAMES } from '../names';
import type { ColumnPlan, SheetPlan } from '../plan';

/**
 * The SelfScores table's columns after the criteria, for the table as its formulas see it.
 * @param campaign - the precision
 * @param table - the table as its formulas see it
 * @returns the columns
 * @example
 * selfScoreColumnsAfterCriteria(campaign, table).map((c) => c.header) // ['Tổng tự chấm', 'Tổng điểm chấm', 'Chênh lệch']
 */
export function selfScoreColumnsAfterCriteria(campaign: Campaign, table: ScoringColumns): ColumnPlan[] {
  const precision = campaign.settings.precision;
  const points = pointsFormat(precision);
  const roots = { headers: table.headers, criteria: table.tree.roots };
  return [
    {
      header: H.selfTotal,
      role: 'computed',
      formula: totalFormula(roots, precision),
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
  return scoreSheet(ctx, {
    sheet: SHEETS.selfScores,
    table: TABLES.selfScores,
    title: 'BẢNG TỰ CHẤM ĐIỂM CỦA CÁC ĐƠN VỊ',
    rows: campaign.selfScores,
    after: (table) => selfScoreColumnsAfterCriteria(campaign, table),
    marks: (table) => {
      const gap = rowCell(table, H.gap);
      const gapRange = dataRange(table, H.gap);
      if (gap === null || gapRange === null) return [];
      return [
        {
          sheet: SHEETS.selfScores,
          range: gapRange,
          formula: `=AND(ISNUMBER(${gap}),ABS(${gap})>${NAMES.selfReviewGap})`,
          fill: COLORS.warningFill,
          fontColor: COLORS.warningFont,
          meaning: 'Điểm tự chấm chênh lệch nhiều so với điểm chấm: cần giải trình',
        },
      ];
    },
  });
}
