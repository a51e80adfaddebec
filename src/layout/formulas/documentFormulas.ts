/**
 * The formulas of the documents the council signs: each row of a document is a fixed place (the k-th
 * proposal by award, the k-th vote) that looks up who holds it, so the papers follow every change of
 * the scores and the votes. Lookups by the k-th smallest key use SMALL over a helper column of plain
 * numbers, which Excel 2019, LibreOffice and HyperFormula evaluate alike without array formulas.
 */
import { BAND_HEADERS, SCORE_HEADERS, TABLES, VOTE_HEADERS, VOTE_RESULT_LABELS } from '../../domain/contract';
import { NOT_VOTED, NO_VOTE_RESULT } from '../../domain/documents';
import { BAND_EXTRA_HEADERS, SCORE_HELPER_HEADERS } from '../headers';
import { NAMES } from '../names';
import { tableColumn, text, thisRow } from './refs';

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
