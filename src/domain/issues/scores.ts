import { TABLES } from '../contract';
import { unitUnknown } from './_lib/unitUnknown';
import { template } from './catalogue';
import { tableWords } from './place';

/**
 * Issues of validating the scores: one row per listed unit, points within each criterion's
 * maximum, the signs of deductions, and the gap between self-score and reviewed score.
 */
export const SCORE_ISSUES = {
  SCORE_UNIT_UNKNOWN: unitUnknown(
    { vi: 'dòng có điểm nhưng chưa ghi mã đơn vị', en: 'a row with points but no unit code' },
    {
      vi: 'Điểm thuộc về một đơn vị trong danh sách; mã lạ thì điểm không được xếp hạng ở cụm nào.',
      en: 'Points belong to a listed unit; with an unknown code they are ranked in no cluster.',
    },
  ),
  SCORE_UNIT_DUPLICATE: template<{ unit: string; firstRow: number }>({
    severity: 'error',
    vi: (p, at, row) =>
      `${at}: đơn vị "${p.unit}" đã có điểm ở ${row(p.firstRow)}. Mỗi đơn vị chỉ có một dòng điểm; hãy gộp điểm vào một dòng và xoá dòng này.`,
    en: (p, at, row) =>
      `${at}: unit "${p.unit}" is already scored in ${row(p.firstRow)}. A unit has one row of points; merge them into one row and delete this one.`,
    explain: {
      vi: 'Hai dòng điểm của cùng một đơn vị thì đơn vị được xếp hạng hai lần.',
      en: 'Two rows for one unit would rank it twice.',
      source: null,
    },
  }),
  SCORE_ROW_MISSING: template<{ unit: string; name: string }>({
    severity: 'warning',
    vi: (p, at) =>
      `${at}: đơn vị "${p.name}" (${p.unit}) chưa có dòng trong bảng chấm điểm nên chưa được xếp hạng. Hãy thêm một dòng với mã đơn vị "${p.unit}".`,
    en: (p, at) =>
      `${at}: unit "${p.name}" (${p.unit}) has no row in the scoring table, so it is not ranked. Add a row with unit code "${p.unit}".`,
    explain: {
      vi: 'Mọi đơn vị trong danh sách đều được chấm và xếp hạng trong cụm; đơn vị không có dòng điểm thì bị bỏ sót.',
      en: 'Every listed unit is scored and ranked in its cluster; a unit without a row is left out.',
      source: null,
    },
  }),
  UNIT_UNSCORED: template<{ unit: string }>({
    severity: 'warning',
    vi: (p, at) =>
      `${at}: đơn vị "${p.unit}" chưa được chấm (chưa có điểm tiêu chí nào) nên chưa được xếp hạng. Hãy nhập điểm khi đã chấm.`,
    en: (p, at) =>
      `${at}: unit "${p.unit}" is not scored yet (no criterion has points), so it is not ranked. Enter its points once scored.`,
    explain: {
      vi: 'Đơn vị chưa chấm để trống, không ghi 0, và không được xếp hạng.',
      en: 'An unscored unit stays blank, never 0, and gets no rank.',
      source: null,
    },
  }),
  SCORE_MISSING: template<{ unit: string; criterion: string }>({
    severity: 'warning',
    vi: (p, at) =>
      `${at}: đơn vị "${p.unit}" đã có điểm một số tiêu chí nhưng ô tiêu chí "${p.criterion}" còn trống. Hãy nhập điểm, ghi 0 nếu đơn vị không đạt điểm nào ở tiêu chí này.`,
    en: (p, at) =>
      `${at}: unit "${p.unit}" has points for some criteria but "${p.criterion}" is blank. Enter the points, 0 if the unit earned none here.`,
    explain: {
      vi: 'Ô trống không phải 0: đơn vị đã chấm thì mỗi tiêu chí chuẩn đều phải có điểm, kể cả 0, để tổng điểm không thiếu do bỏ sót.',
      en: 'Blank is not 0: once a unit is scored every standard criterion needs points, 0 included, so no total is short by an oversight.',
      source: null,
    },
  }),
  SCORE_ABOVE_MAX: template<{
    unit: string;
    criterion: string;
    value: number;
    max: number;
    deduction: boolean;
  }>({
    severity: 'error',
    vi: (p, at) =>
      `${at}: đơn vị "${p.unit}" ${p.deduction ? 'bị trừ' : 'được'} ${p.value.toLocaleString('vi-VN')} điểm ở tiêu chí "${p.criterion}", vượt ${p.deduction ? 'mức trừ tối đa' : 'điểm chuẩn'} ${p.max.toLocaleString('vi-VN')}. Hãy sửa điểm không quá ${p.max.toLocaleString('vi-VN')}.`,
    en: (p, at) =>
      `${at}: unit "${p.unit}" ${p.deduction ? 'loses' : 'has'} ${p.value} points on "${p.criterion}", above its maximum of ${p.max}. Enter at most ${p.max}.`,
    explain: {
      vi: 'Điểm chấm của một tiêu chí không vượt điểm chuẩn của tiêu chí đó (với điểm trừ: không vượt số điểm bị trừ tối đa).',
      en: "A criterion's points never exceed its maximum (for a deduction, the most that can be deducted).",
      source: null,
    },
  }),
  SCORE_NEGATIVE: template<{ unit: string; criterion: string; value: number }>({
    severity: 'error',
    vi: (p, at) =>
      `${at}: đơn vị "${p.unit}" có điểm ${p.value.toLocaleString('vi-VN')} (số âm) ở tiêu chí "${p.criterion}". Điểm chuẩn và điểm thưởng không âm, điểm bị trừ ghi ở cột tiêu chí trừ; hãy sửa thành số từ 0 trở lên.`,
    en: (p, at) =>
      `${at}: unit "${p.unit}" has ${p.value} points (negative) on "${p.criterion}". Standard and bonus points are never negative and deductions go in a deduction column; enter 0 or more.`,
    explain: {
      vi: 'Tổng điểm = điểm chuẩn + điểm thưởng − điểm trừ; điểm chuẩn, điểm thưởng ghi từ 0 trở lên.',
      en: 'Total = standard + bonus − deductions; standard and bonus points are 0 or more.',
      source: null,
    },
  }),
  DEDUCTION_NEGATIVE: template<{ unit: string; criterion: string; value: number }>({
    severity: 'error',
    vi: (p, at) =>
      `${at}: cột điểm trừ "${p.criterion}" của đơn vị "${p.unit}" ghi ${p.value.toLocaleString('vi-VN')} (số âm). Điểm trừ ghi là số dương, là số điểm bị trừ, vì tổng điểm đã tự trừ đi; hãy nhập ${(-p.value).toLocaleString('vi-VN')}.`,
    en: (p, at) =>
      `${at}: deduction column "${p.criterion}" of unit "${p.unit}" holds ${p.value} (negative). Type deductions as positive numbers, the points taken away, since the total subtracts them; enter ${-p.value}.`,
    explain: {
      vi: 'Tổng điểm = điểm chuẩn + điểm thưởng − điểm trừ; điểm trừ ghi số dương, ghi số âm thì thành cộng điểm.',
      en: 'Total = standard + bonus − deductions; deductions are positive, a negative one would add points.',
      source: null,
    },
  }),
  DEDUCTION_MIXED_SIGNS: template<{
    unit: string;
    criterion: string;
    value: number;
    positives: number;
    negatives: number;
  }>({
    severity: 'error',
    vi: (p, at) =>
      `${at}: cột điểm trừ "${p.criterion}" có ${p.positives} ô ghi số dương và ${p.negatives} ô ghi số âm; ô của đơn vị "${p.unit}" ghi ${p.value.toLocaleString('vi-VN')}. Điểm trừ ghi thống nhất là số dương (số điểm bị trừ); hãy nhập ${(-p.value).toLocaleString('vi-VN')}.`,
    en: (p, at) =>
      `${at}: deduction column "${p.criterion}" mixes ${p.positives} positive and ${p.negatives} negative cells; unit "${p.unit}" has ${p.value}. Type every deduction as a positive number (the points taken away); enter ${-p.value}.`,
    explain: {
      vi: 'Tổng điểm = điểm chuẩn + điểm thưởng − điểm trừ; một cột lẫn số âm và số dương thì có đơn vị bị trừ, có đơn vị lại được cộng.',
      en: 'Total = standard + bonus − deductions; a column mixing signs deducts from some units and adds to others.',
      source: null,
    },
  }),
  SELF_REVIEW_GAP: template<{
    unit: string;
    selfTotal: number;
    reviewedTotal: number;
    gap: number;
    threshold: number;
  }>({
    severity: 'warning',
    vi: (p, at) =>
      `${at}: đơn vị "${p.unit}" tự chấm ${p.selfTotal.toLocaleString('vi-VN')} điểm, điểm thẩm định ${p.reviewedTotal.toLocaleString('vi-VN')} điểm, chênh ${p.gap.toLocaleString('vi-VN')} điểm (ngưỡng ${p.threshold.toLocaleString('vi-VN')}). Hãy đối chiếu ${tableWords(TABLES.selfScores).vi} với bảng chấm điểm và ghi rõ lý do điều chỉnh.`,
    en: (p, at) =>
      `${at}: unit "${p.unit}" scored itself ${p.selfTotal}, reviewed ${p.reviewedTotal}, a gap of ${p.gap} (threshold ${p.threshold}). Compare the ${tableWords(TABLES.selfScores).en} with the reviewed score and record why it changed.`,
    explain: {
      vi: 'Đơn vị tự chấm, cụm hoặc Hội đồng chấm thẩm định; chênh lệch lớn cần giải trình trước Hội đồng. Ngưỡng là tham số có thể sửa.',
      en: 'Units score themselves and the cluster or council reviews; a large gap needs explaining to the council. The threshold is a setting.',
      source: null,
    },
  }),
} as const;
