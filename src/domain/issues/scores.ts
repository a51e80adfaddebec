import { TABLES, TOTAL_SUBJECT } from '../contract';
import { EXCLUDED_LABEL, HELD_LABEL } from '../rank';
import type { ScoreProblem } from '../scoring';
import { unitUnknown } from './_lib/unitUnknown';
import { template } from './catalogue';
import type { Words } from './place';
import { rowWords, tableWords } from './place';

/** A number as a Vietnamese reader writes it (decimal comma). */
function viNumber(value: number): string {
  return value.toLocaleString('vi-VN');
}

/** A scoring table named inside a sentence; `''` is the campaign's main table. */
function tableName(code: string): Words {
  return code === ''
    ? { vi: 'bảng điểm chính', en: 'the main scoring table' }
    : { vi: `bảng điểm "${code}"`, en: `scoring table "${code}"` };
}

/** Steps listed beyond this many are left out of a message: a table may have ten. */
const STEPS_NAMED = 6;

/** The steps of a tiered criterion as a message lists them: points, then how the table words the step. */
function stepsWords(steps: readonly { points: number; label: string }[]): Words {
  const shown = steps.slice(0, STEPS_NAMED);
  const more = steps.length > STEPS_NAMED ? '; …' : '';
  const one = (points: string, label: string) =>
    label.trim() === '' ? points : `${points}: ${label.trim()}`;
  return {
    vi: shown.map((s) => one(`${viNumber(s.points)} điểm`, s.label)).join('; ') + more,
    en: shown.map((s) => one(`${s.points} point${s.points === 1 ? '' : 's'}`, s.label)).join('; ') + more,
  };
}

/** How many score errors a held unit's message names, as the sheet's status does. */
const PROBLEMS_NAMED = 3;

/**
 * A held unit's score errors in English, at most three and a count of the rest; the Vietnamese is the
 * sheet's own status text (`problemWords` of the ranking).
 */
function problemsEn(problems: readonly ScoreProblem[]): string {
  const shown = problems.slice(0, PROBLEMS_NAMED).map((problem) => {
    switch (problem.kind) {
      case 'unreadable':
        return `${problem.criterion} is not a number`;
      case 'negative':
        return `${problem.criterion} = ${problem.value} < 0${problem.measure ? ' (measure)' : ''}`;
      case 'aboveMax':
        return `${problem.criterion} = ${problem.value} > maximum ${problem.max}`;
      case 'missing':
        return `${problem.criterion} is blank`;
      case 'otherTable':
        return `${problem.criterion} belongs to ${tableName(problem.table).en}`;
      case 'review':
        return `${problem.criterion}: a council member's score cannot count (see the council sheet)`;
    }
  });
  const more = problems.length > PROBLEMS_NAMED ? ` and ${problems.length - PROBLEMS_NAMED} more` : '';
  return shown.join('; ') + more;
}

/**
 * Issues of validating the scores: one row per listed unit, points within each criterion's
 * maximum, the signs of deductions, measures, criteria of the unit's own scoring table, typed points
 * on a step, the units held or left out of the ranking, and the gap between self-score and reviewed score.
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
  SCORE_MISSING: template<{ unit: string; criterion: string; measured: boolean }>({
    severity: 'warning',
    vi: (p, at) =>
      p.measured
        ? `${at}: đơn vị "${p.unit}" đã có điểm một số tiêu chí nhưng ô số liệu của tiêu chí "${p.criterion}" còn trống. Hãy nhập số liệu của đơn vị (tỷ lệ, số ngày …), ghi 0 nếu số liệu là 0.`
        : `${at}: đơn vị "${p.unit}" đã có điểm một số tiêu chí nhưng ô tiêu chí "${p.criterion}" còn trống. Hãy nhập điểm, ghi 0 nếu đơn vị không đạt điểm nào ở tiêu chí này.`,
    en: (p, at) =>
      p.measured
        ? `${at}: unit "${p.unit}" has points for some criteria but the measure of "${p.criterion}" is blank. Enter the unit's measure (a share, days …), 0 if it is 0.`
        : `${at}: unit "${p.unit}" has points for some criteria but "${p.criterion}" is blank. Enter the points, 0 if the unit earned none here.`,
    explain: {
      vi: 'Ô trống không phải 0: đơn vị đã chấm thì mỗi tiêu chí chuẩn của bảng điểm của đơn vị đều phải có điểm hoặc số liệu, kể cả 0, để tổng điểm không thiếu do bỏ sót.',
      en: 'Blank is not 0: once a unit is scored every standard criterion of its scoring table needs points or a measure, 0 included, so no total is short by an oversight.',
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
  MEASURE_NEGATIVE: template<{ unit: string; criterion: string; value: number }>({
    severity: 'error',
    vi: (p, at) =>
      `${at}: số liệu của đơn vị "${p.unit}" ở tiêu chí "${p.criterion}" là ${viNumber(p.value)} (số âm). Số liệu (tỷ lệ hoàn thành, số ngày chậm, số việc …) không âm; hãy sửa thành số từ 0 trở lên.`,
    en: (p, at) =>
      `${at}: unit "${p.unit}" has a measure of ${p.value} (negative) on "${p.criterion}". A measure (a share done, days late, cases …) is never negative; enter 0 or more.`,
    explain: {
      vi: 'Tiêu chí chấm theo mức hoặc theo tỷ lệ tính điểm từ số liệu đơn vị nhập; số liệu âm không có nghĩa và cho điểm sai.',
      en: 'Tiered and proportional criteria compute points from the measure typed; a negative measure means nothing and gives wrong points.',
      source: null,
    },
  }),
  SCORE_OTHER_TABLE: template<{
    unit: string;
    criterion: string;
    value: number;
    measured: boolean;
    unitTable: string;
    criterionTable: string;
  }>({
    severity: 'error',
    vi: (p, at) =>
      `${at}: đơn vị "${p.unit}" chấm theo ${tableName(p.unitTable).vi} (theo cụm của đơn vị) nhưng có ${p.measured ? 'số liệu' : 'điểm'} ${viNumber(p.value)} ở tiêu chí "${p.criterion}" của ${tableName(p.criterionTable).vi}; tiêu chí này không thuộc bảng điểm của đơn vị. Hãy xoá ô này (để trống); nếu đơn vị chấm theo ${tableName(p.criterionTable).vi}, hãy sửa "Bảng điểm" của cụm.`,
    en: (p, at) =>
      `${at}: unit "${p.unit}" is scored on ${tableName(p.unitTable).en} (its cluster's) but has ${p.measured ? 'a measure' : 'points'} of ${p.value} on "${p.criterion}" of ${tableName(p.criterionTable).en}, which is not the unit's table. Clear this cell; if the unit is scored on ${tableName(p.criterionTable).en}, correct the cluster's "Bảng điểm".`,
    explain: {
      vi: 'Khi các cụm chấm theo những bảng điểm khác nhau, đơn vị chỉ được chấm các tiêu chí của bảng điểm của cụm mình và các tiêu chí dùng chung.',
      en: "When clusters are scored on different tables, a unit is scored only on its cluster's table and the shared criteria.",
      source: null,
    },
  }),
  SCORE_NOT_A_TIER: template<{
    unit: string;
    criterion: string;
    value: number;
    steps: readonly { points: number; label: string }[];
  }>({
    severity: 'warning',
    vi: (p, at) =>
      `${at}: đơn vị "${p.unit}" được ${viNumber(p.value)} điểm ở tiêu chí "${p.criterion}", không trùng điểm của mức nào trong bảng mức (${stepsWords(p.steps).vi}). Hãy kiểm tra lại và nhập đúng điểm của mức đơn vị đạt, hoặc 0 nếu đơn vị dưới mọi mức.`,
    en: (p, at) =>
      `${at}: unit "${p.unit}" has ${p.value} points on "${p.criterion}", which is the points of no step in the tiers table (${stepsWords(p.steps).en}). Check it and enter the points of the step the unit reached, or 0 below every step.`,
    explain: {
      vi: 'Bảng tiêu chí cho điểm theo mức ("100%: 2 điểm; từ 95% đến dưới 100%: 1,75 điểm; …"); khi điểm được nhập trực tiếp, bảng mức là thang gợi ý nên điểm nhập thường là điểm của một mức.',
      en: 'The table gives points by steps ("100%: 2; 95% to under 100%: 1.75; …"); where points are typed, the steps guide them, so typed points are usually a step\'s.',
      source: null,
    },
  }),
  SCORE_UNIT_HELD: template<{ unit: string; status: string; problems: readonly ScoreProblem[] }>({
    severity: 'warning',
    vi: (p, at) =>
      `${at}: đơn vị "${p.unit}" ở tình trạng "${p.status}". Đơn vị chưa được xếp hạng và chưa được đề nghị khen thưởng cho đến khi sửa ${p.problems.length === 1 ? 'ô nêu trên' : `${p.problems.length} ô nêu trên`}.`,
    en: (p, at) =>
      `${at}: unit "${p.unit}" is held ("${HELD_LABEL}"): ${problemsEn(p.problems)}. It gets no rank and no proposal until ${p.problems.length === 1 ? 'the cell named is' : `the ${p.problems.length} cells named are`} fixed.`,
    explain: {
      vi: 'Đơn vị có lỗi điểm (ô trống, số âm, vượt điểm chuẩn, không phải là số, tiêu chí của bảng điểm khác) được giữ lại: bảng vẫn hiện tổng điểm nhưng không xếp hạng, không đề nghị khen thưởng cho đến khi sửa.',
      en: "A unit with a score error (blank, negative, above the maximum, not a number, another table's criterion) is held: its total shows, but no rank or proposal until it is fixed.",
      source: null,
    },
  }),
  SCORE_UNIT_EXCLUDED: template<{
    unit: string;
    status: string;
    reason: string;
    subject: string;
    value: number | null;
    comparison: string;
    threshold: number;
    ruleRow: number;
  }>({
    severity: 'warning',
    vi: (p, at) =>
      `${at}: đơn vị "${p.unit}" ở tình trạng "${p.status}" theo quy tắc ở ${rowWords(p.ruleRow).vi} của ${tableWords(TABLES.exclusions).vi}. Đơn vị không được xếp hạng và không được đề nghị khen thưởng; nếu ${p.subject === TOTAL_SUBJECT ? 'điểm' : 'số liệu'} nhập nhầm, hãy sửa, còn nếu đúng thì đây là kết quả theo quy tắc.`,
    en: (p, at) =>
      `${at}: unit "${p.unit}" is left out ("${EXCLUDED_LABEL}") by the rule in ${rowWords(p.ruleRow).en} of the ${tableWords(TABLES.exclusions).en}: ${p.reason}${p.value === null ? '' : ` (${p.subject} ${p.value} ${p.comparison} ${p.threshold})`}. It gets no rank and no proposal; if the ${p.subject === TOTAL_SUBJECT ? 'points were' : 'measure was'} mistyped, correct them, otherwise this is the rule's result.`,
    explain: {
      vi: 'Quy tắc không xét để đơn vị ra ngoài xếp hạng: dưới điểm sàn, hoặc số liệu vượt một ngưỡng ("từ 21% việc tồn đọng trở lên: không xét").',
      en: 'An exclusion leaves a unit out of the ranking: below a floor score, or a result past a line ("21% or more cases left over: not considered").',
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
