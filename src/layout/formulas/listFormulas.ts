/**
 * The listing tables of the summary (`Ranking`, `Proposals`, `TitleSummary`): each row is a fixed place
 * (the k-th unit of a cluster, the k-th proposal, a cluster × title pair) and looks up who holds it, so
 * the lists follow every change of the scores without a snapshot that can go stale.
 */
import { CLUSTER_HEADERS, REGISTRATION_HEADERS, TABLES, TITLE_HEADERS } from '../../domain/contract';
import { REGISTRATION_EXTRA_HEADERS, SCORE_HELPER_HEADERS } from '../headers';
import { KEY_SEPARATOR } from './rankFormulas';
import { tableColumn, text, thisRow } from './refs';

/**
 * The data row in Scores of the unit at a place of a cluster (`Dòng chấm điểm` of Ranking); blank when
 * the cluster has fewer ranked units.
 * @param clusterHeader - header of the cluster code column of the listing
 * @param ordinalHeader - header of the place column of the listing
 * @returns the formula
 * @example
 * rankingRowFormula('Mã cụm', 'Thứ tự') // '=IFERROR(MATCH([@[Mã cụm]]&"|"&[@[Thứ tự]],Scores[Khoá],0),"")'
 */
export function rankingRowFormula(clusterHeader: string, ordinalHeader: string): string {
  const key = `${thisRow(clusterHeader)}&${text(KEY_SEPARATOR)}&${thisRow(ordinalHeader)}`;
  return `=IFERROR(MATCH(${key},${tableColumn(TABLES.scores, SCORE_HELPER_HEADERS.key)},0),"")`;
}

/**
 * The data row in Scores of the k-th unit with a proposal (`Dòng chấm điểm` of Proposals).
 * @param numberHeader - header of the listing's number column
 * @returns the formula
 * @example
 * proposalRowFormula('STT') // '=IFERROR(MATCH([@[STT]],Scores[STT đề nghị],0),"")'
 */
export function proposalRowFormula(numberHeader: string): string {
  return `=IFERROR(MATCH(${thisRow(numberHeader)},${tableColumn(TABLES.scores, SCORE_HELPER_HEADERS.proposalOrdinal)},0),"")`;
}

/**
 * A column of Scores at the row found by the listing's row column; blank when the place is empty.
 * Text columns take `&""` so a blank shows blank rather than 0.
 * @param rowHeader - header of the listing's row column
 * @param scoresHeader - the Scores column to show
 * @param kind - `number` for totals and ranks, `text` for names and marks
 * @returns the formula
 * @example
 * scoresAtRowFormula('Dòng chấm điểm', 'Tổng điểm', 'number')
 * // '=IF([@[Dòng chấm điểm]]="","",INDEX(Scores[Tổng điểm],[@[Dòng chấm điểm]]))'
 */
export function scoresAtRowFormula(rowHeader: string, scoresHeader: string, kind: 'number' | 'text'): string {
  const row = thisRow(rowHeader);
  const value = `INDEX(${tableColumn(TABLES.scores, scoresHeader)},${row})`;
  return `=IF(${row}="","",${kind === 'text' ? `${value}&""` : value})`;
}

/**
 * The name of the cluster of this row, from the Clusters table.
 * @param clusterHeader - header of the cluster code column
 * @returns the formula
 * @example
 * clusterNameFormula('Mã cụm') // '=IFERROR(INDEX(Clusters[Tên cụm],MATCH([@[Mã cụm]],Clusters[Mã cụm],0))&"","")'
 */
export function clusterNameFormula(clusterHeader: string): string {
  return `=IFERROR(INDEX(${tableColumn(TABLES.clusters, CLUSTER_HEADERS.name)},MATCH(${thisRow(clusterHeader)},${tableColumn(TABLES.clusters, CLUSTER_HEADERS.code)},0))&"","")`;
}

/**
 * The name of the title of this row, from the Titles table.
 * @param titleHeader - header of the title code column
 * @returns the formula
 * @example
 * titleNameFormula('Mã danh hiệu') // '=IFERROR(INDEX(Titles[Tên],MATCH([@[Mã danh hiệu]],Titles[Mã danh hiệu],0))&"","")'
 */
export function titleNameFormula(titleHeader: string): string {
  return `=IFERROR(INDEX(${tableColumn(TABLES.titles, TITLE_HEADERS.name)},MATCH(${thisRow(titleHeader)},${tableColumn(TABLES.titles, TITLE_HEADERS.code)},0))&"","")`;
}

/**
 * Registrations of a title in a cluster (`Số đăng ký` of TitleSummary): COUNTIFS over the Registrations
 * table, whose `Mã cụm` column looks the unit's cluster up in the catalogue. A registration of a unit
 * the catalogue does not know belongs to no cluster and is not counted, as in the domain's
 * `countTitles`.
 * @param clusterHeader - header of the cluster code column of the listing
 * @param titleHeader - header of the title code column of the listing
 * @returns the formula
 * @example
 * titleCountFormula('Mã cụm', 'Mã danh hiệu')
 * // '=COUNTIFS(Registrations[Mã cụm],[@[Mã cụm]],Registrations[Mã danh hiệu],[@[Mã danh hiệu]])'
 */
export function titleCountFormula(clusterHeader: string, titleHeader: string): string {
  return (
    `=COUNTIFS(${tableColumn(TABLES.registrations, REGISTRATION_EXTRA_HEADERS.cluster)},${thisRow(clusterHeader)},` +
    `${tableColumn(TABLES.registrations, REGISTRATION_HEADERS.title)},${thisRow(titleHeader)})`
  );
}
