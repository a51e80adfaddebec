/**
 * INDEX/MATCH lookups into the catalogue: a unit's name and cluster beside its code, a criterion's
 * maximum above its column. The catalogue stays the one place such facts live.
 */
import { CRITERION_HEADERS, SCORE_HEADERS, TABLES, UNIT_HEADERS } from '../../domain/contract';
import { SELF_SCORE_HEADERS } from '../headers';
import { tableColumn, text, thisRow } from './refs';

/**
 * A column of the Units table for the unit of this row, as text (`&""` keeps a blank cell blank rather
 * than 0); blank when the code is not in the catalogue.
 * @param unitHeader - header of this table's unit code column
 * @param unitsHeader - header of the Units column to show (`Tên đơn vị`, `Mã cụm`)
 * @returns the formula
 * @example
 * unitLookupFormula('Mã đơn vị', 'Mã cụm')
 * // '=IFERROR(INDEX(Units[Mã cụm],MATCH([@[Mã đơn vị]],Units[Mã đơn vị],0))&"","")'
 */
export function unitLookupFormula(unitHeader: string, unitsHeader: string): string {
  const match = `MATCH(${thisRow(unitHeader)},${tableColumn(TABLES.units, UNIT_HEADERS.code)},0)`;
  return `=IFERROR(INDEX(${tableColumn(TABLES.units, unitsHeader)},${match})&"","")`;
}

/**
 * The maximum of a criterion (`Điểm chuẩn`), for the cell above its column; blank when the catalogue
 * no longer has it.
 * @param code - the criterion code
 * @returns the formula
 * @example
 * criterionMaxFormula('I.1') // '=IFERROR(INDEX(Criteria[Điểm chuẩn],MATCH("I.1",Criteria[Mã tiêu chí],0)),"")'
 */
export function criterionMaxFormula(code: string): string {
  return `=IFERROR(INDEX(${tableColumn(TABLES.criteria, CRITERION_HEADERS.max)},MATCH(${text(code)},${tableColumn(TABLES.criteria, CRITERION_HEADERS.code)},0)),"")`;
}

/**
 * The heading printed over a run of criterion columns: the code, then the name the catalogue gives it
 * (`I. Công tác xây dựng pháp luật`), live from the Criteria table; the code alone when the catalogue
 * has no name for it. A heading of the tree is named by its `Nội dung`, a group of a flat catalogue by
 * its `Tên nhóm` (read on the run's first criterion, since every criterion of a group repeats it).
 * @param label - the code shown (a heading's code, or the group's)
 * @param code - the criterion whose row holds the name
 * @param nameHeader - `Nội dung` or `Tên nhóm`
 * @returns the formula
 * @example
 * criterionHeadingFormula('I', 'I.1', 'Tên nhóm')
 * // '=IFERROR("I"&IF(INDEX(Criteria[Tên nhóm],MATCH("I.1",Criteria[Mã tiêu chí],0))&""="","",
 * //   ". "&INDEX(Criteria[Tên nhóm],MATCH("I.1",Criteria[Mã tiêu chí],0))),"I")'
 */
export function criterionHeadingFormula(label: string, code: string, nameHeader: string): string {
  const name = `INDEX(${tableColumn(TABLES.criteria, nameHeader)},MATCH(${text(code)},${tableColumn(TABLES.criteria, CRITERION_HEADERS.code)},0))`;
  return `=IFERROR(${text(label)}&IF(${name}&""="","",". "&${name}),${text(label)})`;
}

/**
 * `Tổng điểm chấm` of the SelfScores table: the reviewed total of the same unit in Scores.
 * @returns the formula
 * @example
 * reviewedTotalFormula() // '=IFERROR(INDEX(Scores[Tổng điểm],MATCH([@[Mã đơn vị]],Scores[Mã đơn vị],0)),"")'
 */
export function reviewedTotalFormula(): string {
  return `=IFERROR(INDEX(${tableColumn(TABLES.scores, SCORE_HEADERS.total)},MATCH(${thisRow(SELF_SCORE_HEADERS.unit)},${tableColumn(TABLES.scores, SCORE_HEADERS.unit)},0)),"")`;
}

/**
 * `Chênh lệch` of the SelfScores table: self-score total minus reviewed total, ROUNDed like the totals;
 * blank until both exist.
 * @param precision - decimals kept
 * @returns the formula
 * @example
 * selfGapFormula(2)
 * // '=IF(OR([@[Tổng tự chấm]]="",[@[Tổng điểm chấm]]=""),"",ROUND([@[Tổng tự chấm]]-[@[Tổng điểm chấm]],2))'
 */
export function selfGapFormula(precision: number): string {
  const self = thisRow(SELF_SCORE_HEADERS.selfTotal);
  const reviewed = thisRow(SELF_SCORE_HEADERS.reviewedTotal);
  return `=IF(OR(${self}="",${reviewed}=""),"",ROUND(${self}-${reviewed},${precision}))`;
}
