/**
 * The formulas of the documents the council signs: each row of a document is a fixed place (the k-th
 * proposal by award, the k-th vote) that looks up who holds it, so the papers follow every change of
 * the scores and the votes. Lookups by the k-th smallest key use SMALL over a helper column of plain
 * numbers, which Excel 2019, LibreOffice and HyperFormula evaluate alike without array formulas.
 */
import {
  BAND_HEADERS,
  COUNCIL_HEADERS,
  PRESENCE_LABELS,
  REGISTRATION_HEADERS,
  SCORE_HEADERS,
  TABLES,
  UNIT_HEADERS,
  VOTE_HEADERS,
  VOTE_RESULT_LABELS,
} from '../../domain/contract';
import { BLANK, NOT_VOTED, NO_VOTE_RESULT } from '../../domain/documents';
import { BAND_EXTRA_HEADERS, REGISTRATION_EXTRA_HEADERS, SCORE_HELPER_HEADERS } from '../headers';
import { NAMES } from '../names';
import { column, tableColumn, text, thisRow } from './refs';

/** `Khoá đề nghị` of a unit without a proposal: after every key the award list takes. */
export const NO_PROPOSAL_KEY = 1_000_000_000;
/** The award's group is worth this much in the key, more than any catalogue position. */
const GROUP_STEP = 100_000;
/** The group of a proposal the Bands table does not name: after every band. */
const UNKNOWN_GROUP = 9999;

/**
 * `Khoá đề nghị` of Scores: the unit's place in the award list — its award's group (0 for the flag,
 * then the first band proposing the same award, in the Bands table's order) times 100 000, plus its
 * place in the catalogue; 1 000 000 000 without a proposal. A number on every row, so SMALL lists the
 * proposals in order.
 * @returns the formula
 * @example
 * proposalKeyFormula()
 * // '=IF(OR([@[Có đề nghị]]="",[@[STT danh mục]]=""),1000000000,IF([@[Dẫn đầu]]="x",0,
 * //   IFERROR(MATCH([@[Đề nghị]],Bands[Tên đề nghị],0),9999))*100000+[@[STT danh mục]])'
 */
export function proposalKeyFormula(): string {
  const index = thisRow(SCORE_HELPER_HEADERS.catalogueIndex);
  const group = `IF(${thisRow(SCORE_HEADERS.leading)}="x",0,IFERROR(MATCH(${thisRow(SCORE_HEADERS.proposal)},${tableColumn(TABLES.bands, BAND_EXTRA_HEADERS.proposalName)},0),${UNKNOWN_GROUP}))`;
  return `=IF(OR(${thisRow(SCORE_HELPER_HEADERS.hasProposal)}="",${index}=""),${NO_PROPOSAL_KEY},${group}*${GROUP_STEP}+${index})`;
}

/**
 * The key of the award list's k-th place: the k-th smallest `Khoá đề nghị`.
 * @param numberHeader - header of the place number
 * @returns the formula
 * @example
 * awardKeyFormula('STT') // '=IFERROR(SMALL(Scores[Khoá đề nghị],[@[STT]]),"")'
 */
export function awardKeyFormula(numberHeader: string): string {
  return `=IFERROR(SMALL(${tableColumn(TABLES.scores, SCORE_HELPER_HEADERS.proposalKey)},${thisRow(numberHeader)}),"")`;
}

/**
 * The data row in Scores of the unit at a place of the award list; blank past the last proposal.
 * @param keyHeader - header of the key column
 * @returns the formula
 * @example
 * awardRowFormula('Khoá đề nghị')
 * // '=IF(ISNUMBER([@[Khoá đề nghị]]),IF([@[Khoá đề nghị]]<1000000000,MATCH([@[Khoá đề nghị]],Scores[Khoá đề nghị],0),""),"")'
 */
export function awardRowFormula(keyHeader: string): string {
  const key = thisRow(keyHeader);
  return `=IF(ISNUMBER(${key}),IF(${key}<${NO_PROPOSAL_KEY},MATCH(${key},${tableColumn(TABLES.scores, SCORE_HELPER_HEADERS.proposalKey)},0),""),"")`;
}

/**
 * The title code the council votes on for the unit at a row of Scores: the flag title for a leading
 * unit, else the `Đề nghị` of its band (a title code, or the text typed there).
 * @param rowHeader - header of the Scores row column
 * @returns the formula
 * @example
 * awardTitleFormula('Dòng chấm điểm')
 */
export function awardTitleFormula(rowHeader: string): string {
  const row = thisRow(rowHeader);
  const band = `INDEX(${tableColumn(TABLES.scores, SCORE_HEADERS.band)},${row})`;
  const bandProposal = `IFERROR(INDEX(${tableColumn(TABLES.bands, BAND_HEADERS.proposal)},MATCH(${band},${tableColumn(TABLES.bands, BAND_HEADERS.code)},0))&"","")`;
  return `=IF(${row}="","",IF(INDEX(${tableColumn(TABLES.scores, SCORE_HEADERS.leading)},${row})="x",${NAMES.flagTitle}&"",${bandProposal}))`;
}

/** The COUNTIFS criteria of a candidate's vote rows on a title. */
function voteRows(candidateHeader: string, titleHeader: string): string {
  return `${tableColumn(TABLES.votes, VOTE_HEADERS.candidate)},${thisRow(candidateHeader)},${tableColumn(TABLES.votes, VOTE_HEADERS.title)},${thisRow(titleHeader)}`;
}

/**
 * The council's vote on a candidate and title, from the Votes table: `Đạt` when a row of theirs
 * passed, else `Không đạt`, else `Không đủ túc số`; `Chưa biểu quyết` without a row, `Chưa có kết
 * quả` while the rows give no result; blank on an empty place.
 * @param placeHeader - a column blank on an empty place
 * @param candidateHeader - header of the candidate (a unit code or a person's name)
 * @param titleHeader - header of the title code
 * @returns the formula
 * @example
 * voteOutcomeFormula('Dòng chấm điểm', 'Mã đơn vị', 'Mã danh hiệu')
 */
export function voteOutcomeFormula(
  placeHeader: string,
  candidateHeader: string,
  titleHeader: string,
): string {
  const rows = voteRows(candidateHeader, titleHeader);
  const result = tableColumn(TABLES.votes, VOTE_HEADERS.result);
  const any = (label: string): string => `COUNTIFS(${rows},${result},${text(label)})>0`;
  const chain =
    `IF(${any(VOTE_RESULT_LABELS.pass)},${text(VOTE_RESULT_LABELS.pass)},` +
    `IF(${any(VOTE_RESULT_LABELS.fail)},${text(VOTE_RESULT_LABELS.fail)},` +
    `IF(${any(VOTE_RESULT_LABELS.noQuorum)},${text(VOTE_RESULT_LABELS.noQuorum)},${text(NO_VOTE_RESULT)})))`;
  return `=IF(${thisRow(placeHeader)}="","",IF(COUNTIFS(${rows})=0,${text(NOT_VOTED)},${chain}))`;
}

/**
 * The share of votes for a candidate and title, in percent: the mean over their vote rows that have
 * one (a single row's share as it stands), 2 decimals; blank without one.
 * @param placeHeader - a column blank on an empty place
 * @param candidateHeader - header of the candidate
 * @param titleHeader - header of the title code
 * @returns the formula
 * @example
 * voteShareOfFormula('Dòng chấm điểm', 'Mã đơn vị', 'Mã danh hiệu')
 */
export function voteShareOfFormula(
  placeHeader: string,
  candidateHeader: string,
  titleHeader: string,
): string {
  const rows = voteRows(candidateHeader, titleHeader);
  const share = tableColumn(TABLES.votes, VOTE_HEADERS.share);
  const counted = `COUNTIFS(${rows},${share},">=0")`;
  return `=IF(${thisRow(placeHeader)}="","",IF(${counted}=0,"",ROUND(SUMIFS(${share},${rows})/${counted},2)))`;
}

/**
 * A column of a table at the k-th data row, as text (`&""` keeps a blank cell blank); blank past its
 * last row.
 * @param table - the table
 * @param header - its column
 * @param numberHeader - header of this table's place number
 * @returns the formula
 * @example
 * rowTextFormula('Council', 'Họ và tên', 'STT') // '=IFERROR(INDEX(Council[Họ và tên],[@[STT]])&"","")'
 */
export function rowTextFormula(table: string, header: string, numberHeader: string): string {
  return `=IFERROR(INDEX(${tableColumn(table, header)},${thisRow(numberHeader)})&"","")`;
}

/**
 * A column of a table at the k-th data row as it stands (a number stays a number); blank where the cell
 * is blank, on an empty place or past the last row.
 * @param table - the table
 * @param header - its column
 * @param numberHeader - header of this table's place number
 * @param placeHeader - a column of this table blank on an empty place
 * @returns the formula
 * @example
 * rowValueFormula('Votes', 'Đồng ý', 'STT', 'Đơn vị / cá nhân')
 */
export function rowValueFormula(
  table: string,
  header: string,
  numberHeader: string,
  placeHeader: string,
): string {
  const value = `INDEX(${tableColumn(table, header)},${thisRow(numberHeader)})`;
  return `=IF(${thisRow(placeHeader)}="","",IFERROR(IF(${value}&""="","",${value}),""))`;
}

/**
 * A code shown by its catalogue name: a unit's, a title's; the code as typed when the catalogue lacks it.
 * @param codeHeader - header of this table's code column
 * @param table - the catalogue table
 * @param codeColumn - its code column
 * @param nameColumn - its name column
 * @returns the formula
 * @example
 * catalogueNameFormula('Đơn vị / cá nhân', 'Units', 'Mã đơn vị', 'Tên đơn vị')
 */
export function catalogueNameFormula(
  codeHeader: string,
  table: string,
  codeColumn: string,
  nameColumn: string,
): string {
  const code = thisRow(codeHeader);
  return `=IF(${code}="","",IFERROR(INDEX(${tableColumn(table, nameColumn)},MATCH(${code},${tableColumn(table, codeColumn)},0))&"",${code}))`;
}

/**
 * Whether the k-th member of the council attends: `Có mặt` where the Council table says `Có`, else
 * `Vắng mặt`; blank on an empty place.
 * @param nameHeader - header of the member's name
 * @param numberHeader - header of the place number
 * @returns the formula
 * @example
 * attendanceFormula('Họ và tên', 'STT')
 */
export function attendanceFormula(nameHeader: string, numberHeader: string): string {
  const present = `INDEX(${tableColumn(TABLES.council, COUNCIL_HEADERS.present)},${thisRow(numberHeader)})`;
  return `=IF(${thisRow(nameHeader)}="","",IF(${present}=${text(PRESENCE_LABELS.present)},"Có mặt","Vắng mặt"))`;
}

/**
 * The name of the first member of the council holding a role (Chủ tịch, Thư ký), as an expression
 * (no `=`); dotted blanks without one.
 * @param role - the role as the Council table writes it
 * @returns the expression
 * @example
 * roleHolderExpression('Thư ký')
 * // 'IFERROR(IF(INDEX(Council[Họ và tên],MATCH("Thư ký",Council[Chức danh],0))&""="","…",INDEX(…)&""),"…")'
 */
export function roleHolderExpression(role: string): string {
  const name = `INDEX(${tableColumn(TABLES.council, COUNCIL_HEADERS.name)},MATCH(${text(role)},${tableColumn(TABLES.council, COUNCIL_HEADERS.role)},0))`;
  return `IFERROR(IF(${name}&""="","${BLANK}",${name}&""),"${BLANK}")`;
}

/**
 * The members of the council and those present, as expressions (no `=`), counted as the vote tally
 * counts them: a member has a name; present when `Có mặt` is `Có`.
 * @returns the two expressions
 * @example
 * councilCounts().members // 'COUNTIFS(Council[Họ và tên],"<>")'
 */
export function councilCounts(): { members: string; present: string } {
  const name = tableColumn(TABLES.council, COUNCIL_HEADERS.name);
  return {
    members: `COUNTIFS(${name},"<>")`,
    present: `COUNTIFS(${name},"<>",${tableColumn(TABLES.council, COUNCIL_HEADERS.present)},${text(PRESENCE_LABELS.present)})`,
  };
}

/**
 * `Khoá đơn vị` of Registrations: the unit's place in the Units table times 100 000 plus the
 * registration's data row (ROW less the header cell's: a single cell, which every engine takes), so that a unit's registrations hold one run of keys
 * in table order and the registration list finds the k-th of them with COUNTIF and SMALL alone;
 * 1 000 000 000 for a unit the catalogue lacks.
 * @returns the formula
 * @example
 * registrationUnitKeyFormula()
 * // '=IFERROR(MATCH([@[Mã đơn vị]],Units[Mã đơn vị],0)*100000+ROW()-ROW(Registrations[[#Headers],[Mã đơn vị]]),1000000000)'
 */
export function registrationUnitKeyFormula(): string {
  return `=IFERROR(MATCH(${thisRow(REGISTRATION_HEADERS.unit)},${tableColumn(TABLES.units, UNIT_HEADERS.code)},0)*${GROUP_STEP}+ROW()-ROW(${TABLES.registrations}[[#Headers],${column(REGISTRATION_HEADERS.unit)}]),${NO_PROPOSAL_KEY})`;
}

/**
 * The first key of a unit's run of `Khoá đơn vị`, as an expression (no `=`): its place in Units times
 * 100 000; an error for a unit the catalogue lacks.
 * @param unit - an expression giving the unit's code
 * @returns the expression
 * @example
 * unitKeyBase('INDEX(RegistrationListUnit[Mã đơn vị],1)')
 */
export function unitKeyBase(unit: string): string {
  return `MATCH(${unit},${tableColumn(TABLES.units, UNIT_HEADERS.code)},0)*${GROUP_STEP}`;
}

/**
 * The data row in Registrations of the k-th registration of a unit, in table order; blank past its
 * last one or for a unit the catalogue lacks.
 * @param unit - an expression giving the unit's code
 * @param numberHeader - header of the place number k
 * @returns the formula
 * @example
 * unitRegistrationRowFormula('DonViDangKy', 'Stt')
 */
export function unitRegistrationRowFormula(unit: string, numberHeader: string): string {
  const keys = tableColumn(TABLES.registrations, REGISTRATION_EXTRA_HEADERS.unitKey);
  const base = unitKeyBase(unit);
  const key = `SMALL(${keys},COUNTIF(${keys},"<"&${base})+${thisRow(numberHeader)})`;
  return `=IFERROR(IF(${key}<${base}+${GROUP_STEP},${key}-${base},""),"")`;
}
