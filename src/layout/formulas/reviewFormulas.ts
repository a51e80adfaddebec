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
 * Units, criterion not in Criteria, score negative or above the criterion's maximum); `x` for a score that
 * counts; blank for a blank score or a member recused from the unit.
 * @returns the formula
 */
export function reviewCountedFormula(): string {
  const unknown = [
    `ISTEXT(${score})`,
    `COUNTIFS(${tableColumn(TABLES.council, COUNCIL_HEADERS.name)},${thisRow(H.member)})=0`,
    `COUNTIFS(${tableColumn(TABLES.units, UNIT_HEADERS.code)},${thisRow(H.unit)})=0`,
    `NOT(ISNUMBER(${criterionMatch}))`,
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
