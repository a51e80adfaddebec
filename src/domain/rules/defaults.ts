/**
 * Product defaults: thresholds no legal text fixes, chosen so a new campaign works out of the box.
 * An officer changes them in the workbook (Settings, Bands, TieBreaks tables); the rule sets cite
 * the law, these cite nothing and say so.
 */
import type { TieBreakStep } from './ruleSet';
import { TITLE_CODES } from './titleCodes';

/** A default rank band, as a share of the scale so it fits a 100- or a 200-point table. */
export interface DefaultBand {
  code: string;
  name: string;
  /** Minimum total, in percent of the scale. */
  minPercent: number;
  /** Title code proposed for a unit reaching the band. */
  proposal: string;
}

/** Product defaults for settings, awards and ties. */
export const DEFAULTS = {
  /**
   * Warn when a unit's self-score and reviewed total differ by more than this share of the scale.
   * Criteria groups weigh 5–30 points out of 100: at 10% a whole misread group would pass unnoticed,
   * while 5% still tolerates the half-point steps of tiered sub-criteria adding up over a table.
   */
  selfReviewGapPercent: 5,
  /** Decimals kept when totals are rounded before ranking (half points and quarter points survive). */
  precision: 2,
  /** A cluster's leader is proposed for the flag only from this share of the scale up. */
  flagMinPercent: 90,
  /** Bands tried in order: Hoàn thành xuất sắc → Bằng khen, Hoàn thành tốt → Giấy khen. */
  bands: [
    { code: 'XS', name: 'Hoàn thành xuất sắc nhiệm vụ', minPercent: 90, proposal: TITLE_CODES.BK_BO },
    { code: 'T', name: 'Hoàn thành tốt nhiệm vụ', minPercent: 80, proposal: TITLE_CODES.GK },
  ] as readonly DefaultBand[],
  /**
   * Tie-break rules are not published: group I first (the core tasks), then fewer deductions, then
   * the council's vote share (column `Tỷ lệ phiếu bầu (%)`).
   */
  tieBreakChain: ['firstGroup', 'fewerDeductions', 'votes'] as readonly TieBreakStep[],
} as const;
