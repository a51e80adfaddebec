/**
 * The council members' own scores, combined live: each row of the Reviews table judged (counted, left out,
 * or a row that cannot be), then the counted scores of its unit and criterion combined by the setting
 * `reviewMethod` — the mean, the median, or the mean without one highest and one lowest score — with
 * COUNTIFS and SUMIFS only (no AVERAGEIFS, no array formula): a score's place among the others is kept in
 * two helper columns, and the score at a place is the one whose range of places holds it. The domain's
 * `combineReviews`.
 */
import {
  COUNCIL_HEADERS,
  CRITERION_HEADERS,
  RECUSAL_HEADERS,
  REVIEW_HEADERS as H,
  SCORE_HEADERS,
  REVIEW_METHOD_LABELS,
  TABLES,
  UNIT_HEADERS,
  VOTE_RESULT_LABELS,
} from '../../domain/contract';
import { NAMES } from '../names';
import { column, numberLiteral, tableColumn, text, thisRow } from './refs';

const score = thisRow(H.score);
const counted = thisRow(H.counted);
const n = thisRow(H.reviewers);
const criterionMatch = `MATCH(${thisRow(H.criterion)},${tableColumn(TABLES.criteria, CRITERION_HEADERS.code)},0)`;
/** The criteria of the row's unit and criterion, as COUNTIFS and SUMIFS take them. */
const group = `${column(H.unit)},${thisRow(H.unit)},${column(H.criterion)},${thisRow(H.criterion)}`;
const countedGroup = `${group},${column(H.counted)},"x"`;

/** The text `Được tính` shows on a row that cannot be. */
export const REVIEW_ERROR_TEXT = 'lỗi';

/**
 * `Được tính`: `lỗi` for a row that cannot be (score typed as text, member not in Council, unit not in
 * Units, criterion not in Criteria or a heading, score negative or above the criterion's maximum); `x` for a score that
 * counts; blank for a blank score or a member recused from the unit.
 * @returns the formula
 */
export function reviewCountedFormula(): string {
  const unknown = [
    `ISTEXT(${score})`,
    `COUNTIFS(${tableColumn(TABLES.council, COUNCIL_HEADERS.name)},${thisRow(H.member)})=0`,
    `COUNTIFS(${tableColumn(TABLES.units, UNIT_HEADERS.code)},${thisRow(H.unit)})=0`,
    `NOT(ISNUMBER(${criterionMatch}))`,
    // A heading's points are its parts' sum: members score the parts.
    `COUNTIFS(${tableColumn(TABLES.criteria, CRITERION_HEADERS.parent)},${thisRow(H.criterion)})>0`,
  ];
  const max = `INDEX(${tableColumn(TABLES.criteria, CRITERION_HEADERS.max)},${criterionMatch})`;
  const recused = `COUNTIFS(${tableColumn(TABLES.recusals, RECUSAL_HEADERS.member)},${thisRow(H.member)},${tableColumn(TABLES.recusals, RECUSAL_HEADERS.unit)},${thisRow(H.unit)})>0`;
  const err = text(REVIEW_ERROR_TEXT);
  return `=IF(OR(${unknown.join(',')}),${err},IF(ISNUMBER(${score}),IF(OR(${score}<0,${score}>${max}),${err},IF(${recused},"","x")),""))`;
}

/**
 * `Số điểm thấp hơn`: for a counted score, the counted scores of its unit and criterion below it.
 * @returns the formula
 */
export function reviewBelowFormula(): string {
  return `=IF(${counted}="x",COUNTIFS(${countedGroup},${column(H.score)},"<"&${score}),"")`;
}

/**
 * `Số điểm không cao hơn`: for a counted score, the counted scores of its unit and criterion at or below
 * it; the score sits at the places after `Số điểm thấp hơn` up to this one, lowest first.
 * @returns the formula
 */
export function reviewNotAboveFormula(): string {
  return `=IF(${counted}="x",COUNTIFS(${countedGroup},${column(H.score)},"<="&${score}),"")`;
}

/**
 * `Số điểm được tính`: how many scores of the row's unit and criterion count.
 * @returns the formula
 */
export function reviewCountFormula(): string {
  return `=COUNTIFS(${countedGroup})`;
}

/** The counted score at place `k` of the row's unit and criterion, lowest first. */
function scoreAt(k: string): string {
  const at = `${column(H.below)},"<"&(${k}),${column(H.notAbove)},">="&(${k})`;
  return `SUMIFS(${column(H.score)},${countedGroup},${at})/COUNTIFS(${countedGroup},${at})`;
}

/**
 * `Điểm kết hợp`: the row's unit's points on the criterion, its counted scores combined by `CachKetHopDiem`
 * (blank or `Trung bình`: the mean; `Trung vị`: the median; `Trung bình bỏ cao nhất và thấp nhất`: the mean
 * without one highest and one lowest, the mean below three scores), rounded; `Chờ sửa lỗi` while a row of
 * the unit and criterion cannot be; blank when no score counts.
 * @param precision - decimals kept
 * @returns the formula
 */
export function reviewCombinedFormula(precision: number): string {
  const sum = `SUMIFS(${column(H.score)},${countedGroup})`;
  const low = `INT((${n}+1)/2)`;
  const high = `${n}+1-INT((${n}+1)/2)`;
  const median = `(${scoreAt(low)}+${scoreAt(high)})/2`;
  const trimmed = `(${sum}-${scoreAt(n)}-${scoreAt('1')})/(${n}-2)`;
  const value = `IF(${NAMES.reviewMethod}=${text(REVIEW_METHOD_LABELS.median)},${median},IF(AND(${NAMES.reviewMethod}=${text(REVIEW_METHOD_LABELS.trimmed)},${n}>=3),${trimmed},${sum}/${n}))`;
  const held = `COUNTIFS(${group},${column(H.counted)},${text(REVIEW_ERROR_TEXT)})>0`;
  return `=IF(${held},${text(VOTE_RESULT_LABELS.held)},IF(${n}=0,"",ROUND(${value},${numberLiteral(precision)})))`;
}

/**
 * `Chênh lệch với người khác`: a counted score minus the mean of the other counted scores of its unit and
 * criterion, 2 decimals; blank when it does not count or is alone.
 * @returns the formula
 */
export function reviewSpreadFormula(): string {
  const sum = `SUMIFS(${column(H.score)},${countedGroup})`;
  return `=IF(AND(${counted}="x",${n}>=2),ROUND(${score}-(${sum}-${score})/(${n}-1),2),"")`;
}

/**
 * `Lệch nhiều`: `x` when the spread is more than `MucLechDiem` points either way; blank when the setting
 * is blank.
 * @returns the formula
 */
export function reviewFlagFormula(): string {
  const spread = thisRow(H.spread);
  return `=IF(ISNUMBER(${spread}),IF(${NAMES.reviewSpread}<>"",IF(ABS(${spread})>${NAMES.reviewSpread},"x",""),""),"")`;
}

/**
 * `Phần thành viên`: for a counted score, 1 ÷ the counted scores of its member and unit; blank otherwise.
 * Summed over a unit's rows it is the number of members whose scores count for the unit.
 * @returns the formula
 * @example
 * reviewMemberShareFormula() // '=IF([@[Được tính]]="x",1/COUNTIFS([Thành viên],[@[Thành viên]],[Mã đơn vị],[@[Mã đơn vị]],[Được tính],"x"),"")'
 */
export function reviewMemberShareFormula(): string {
  return `=IF(${counted}="x",1/COUNTIFS(${column(H.member)},${thisRow(H.member)},${column(H.unit)},${thisRow(H.unit)},${column(H.counted)},"x"),"")`;
}

/** A column of the Reviews table, seen from another table. */
const reviews = (header: string): string => tableColumn(TABLES.reviews, header);
/** The Reviews rows of this Scores row's unit, as COUNTIFS and SUMIFS take them. */
const ofUnit = `${reviews(H.unit)},${thisRow(SCORE_HEADERS.unit)}`;

/**
 * A Scores column `Điểm tính <code>`: the points a criterion without parts counts for the unit — the
 * council's combined score where members' scores of the unit and criterion count and none holds them,
 * else the points of the criterion's own column (blank when it holds no number). Every row of a unit and
 * criterion shows the same combined score, so their mean, rounded again, is that score exactly.
 * @param code - the criterion's code
 * @param precision - decimals kept
 * @returns the formula
 * @example
 * councilPointsFormula('I.1', 2)
 * // '=IF(COUNTIFS(Reviews[Mã đơn vị],[@[Mã đơn vị]],Reviews[Mã tiêu chí],"I.1",Reviews[Điểm kết hợp],">=0")>0,ROUND(…,2),IF(ISNUMBER([@[I.1]]),[@[I.1]],""))'
 */
export function councilPointsFormula(code: string, precision: number): string {
  const group = `${ofUnit},${reviews(H.criterion)},${text(code)}`;
  const scored = `COUNTIFS(${group},${reviews(H.combined)},">=0")`;
  const combined = `ROUND(SUMIFS(${reviews(H.combined)},${group})/${scored},${numberLiteral(precision)})`;
  const own = thisRow(code);
  return `=IF(${scored}>0,${combined},IF(ISNUMBER(${own}),${own},""))`;
}

/**
 * How many criteria of the Scores row's unit have a combined score of the council.
 * @returns the expression (no `=`)
 * @example
 * councilScoredCount() // 'COUNTIFS(Reviews[Mã đơn vị],[@[Mã đơn vị]],Reviews[Điểm kết hợp],">=0")'
 */
export function councilScoredCount(): string {
  return `COUNTIFS(${ofUnit},${reviews(H.combined)},">=0")`;
}

/**
 * How many members' rows of the Scores row's unit cannot be (`lỗi`): above 0, the unit is held.
 * @returns the expression (no `=`)
 * @example
 * councilHeldCount() // 'COUNTIFS(Reviews[Mã đơn vị],[@[Mã đơn vị]],Reviews[Được tính],"lỗi")'
 */
export function councilHeldCount(): string {
  return `COUNTIFS(${ofUnit},${reviews(H.counted)},${text(REVIEW_ERROR_TEXT)})`;
}

/**
 * How many members' scores count for the Scores row's unit: the sum of their `Phần thành viên`.
 * @returns the expression (no `=`)
 * @example
 * councilMemberCount() // 'ROUND(SUMIFS(Reviews[Phần thành viên],Reviews[Mã đơn vị],[@[Mã đơn vị]]),0)'
 */
export function councilMemberCount(): string {
  return `ROUND(SUMIFS(${reviews(H.memberShare)},${ofUnit}),0)`;
}
