/**
 * Who leads a cluster and what each unit is proposed for. Thresholds are read live from the workbook
 * (the Settings table through defined names, the Bands table by band code), so an officer who edits a
 * threshold sees the proposals change at once; gates are written into the formula from the campaign
 * and follow an edit of the Bands table when the workbook is updated.
 */
import { BAND_HEADERS, SCORE_HEADERS, TABLES, TITLE_HEADERS } from '../../domain/contract';
import type { RankBand } from '../../domain/model';
import { BAND_EXTRA_HEADERS, SCORE_HELPER_HEADERS } from '../headers';
import { NAMES } from '../names';
import { column, numberLiteral, tableColumn, text, thisRow } from './refs';

/**
 * `Dẫn đầu`: `x` when the unit is ranked within the flags of its cluster (`SoCoMoiCum`) and reaches the
 * flag's minimum total (`DiemSanCo`, blank for none); same rule as the domain's `isLeading`.
 * @returns the formula
 * @example
 * leadingFormula()
 * // '=IF([@[Xếp hạng]]="","",IF(AND([@[Xếp hạng]]<=SoCoMoiCum,OR(DiemSanCo="",[@[Tổng điểm]]>=DiemSanCo)),"x",""))'
 */
export function leadingFormula(): string {
  const rank = thisRow(SCORE_HEADERS.rank);
  const total = thisRow(SCORE_HEADERS.total);
  const min = NAMES.flagMinScore;
  return `=IF(${rank}="","",IF(AND(${rank}<=${NAMES.flagsPerCluster},OR(${min}="",${total}>=${min})),"x",""))`;
}

/** `INDEX(Bands[col],MATCH("code",Bands[Mã hạng],0))`: a band's value, found by its code. */
function bandValue(band: RankBand, header: string): string {
  return `INDEX(${tableColumn(TABLES.bands, header)},MATCH(${text(band.code)},${tableColumn(TABLES.bands, BAND_HEADERS.code)},0))`;
}

/** The test of one band: the total reaches its minimum and every gate passes. */
function bandReached(band: RankBand, criterionHeaders: readonly string[]): string {
  const conditions = [`${thisRow(SCORE_HEADERS.total)}>=${bandValue(band, BAND_HEADERS.minScore)}`];
  for (const gate of band.gates) {
    // A gate on a criterion without a column reads it as 0 points, as the domain does.
    const points = criterionHeaders.includes(gate.criterion) ? `SUM(${thisRow(gate.criterion)})` : '0';
    conditions.push(`${points}>=${numberLiteral(gate.min)}`);
  }
  return conditions.length === 1 ? (conditions[0] ?? '') : `AND(${conditions.join(',')})`;
}

/**
 * `Đề nghị`: the flag title (by name) for a leading unit; else the proposal of the first band reached
 * (total ≥ the band's `Điểm từ` and every gate passed), by its `Tên đề nghị`; else blank. Nested IF,
 * one level per band, in the order of the campaign's bands — the domain's `proposeAward`.
 * @param bands - the campaign's bands, in order
 * @param criterionHeaders - the criterion codes that have a column in the table (for the gates)
 * @returns the formula
 * @example
 * proposalFormula([{ code: 'A', name: 'Hạng A', minScore: 90, gates: [], proposal: 'BK' }], ['I.1'])
 * // '=IF([@[Xếp hạng]]="","",IF([@[Dẫn đầu]]="x",TenDanhHieuCo,IF([@[Tổng điểm]]>=INDEX(Bands[Điểm từ],
 * //   MATCH("A",Bands[Mã hạng],0)),INDEX(Bands[Tên đề nghị],MATCH("A",Bands[Mã hạng],0)),"")))'
 */
export function proposalFormula(bands: readonly RankBand[], criterionHeaders: readonly string[]): string {
  let chain = '""';
  for (const band of [...bands].reverse()) {
    chain = `IF(${bandReached(band, criterionHeaders)},${bandValue(band, BAND_EXTRA_HEADERS.proposalName)},${chain})`;
  }
  return `=IF(${thisRow(SCORE_HEADERS.rank)}="","",IF(${thisRow(SCORE_HEADERS.leading)}="x",${NAMES.flagTitleName},${chain}))`;
}

/**
 * `Tên đề nghị` of the Bands table: the name of the proposed title when the proposal is a title code of
 * the catalogue, else the proposal as typed.
 * @returns the formula
 * @example
 * bandProposalNameFormula()
 * // '=IFERROR(INDEX(Titles[Tên],MATCH([@[Đề nghị]],Titles[Mã danh hiệu],0)),[@[Đề nghị]]&"")'
 */
export function bandProposalNameFormula(): string {
  const proposal = thisRow(BAND_HEADERS.proposal);
  return `=IFERROR(INDEX(${tableColumn(TABLES.titles, TITLE_HEADERS.name)},MATCH(${proposal},${tableColumn(TABLES.titles, TITLE_HEADERS.code)},0)),${proposal}&"")`;
}

/**
 * `Có đề nghị`: `x` when the unit has a proposal (a marker COUNTIFS can count in every engine, unlike
 * "non-empty" on formula results).
 * @returns the formula
 * @example
 * hasProposalFormula() // '=IF([@[Đề nghị]]="","","x")'
 */
export function hasProposalFormula(): string {
  return `=IF(${thisRow(SCORE_HEADERS.proposal)}="","","x")`;
}

/**
 * `STT đề nghị`: 1, 2, 3 … over the units with a proposal, in catalogue order; the Proposals table on
 * the summary lists them by this number.
 * @returns the formula
 * @example
 * proposalOrdinalFormula()
 * // '=IF([@[Có đề nghị]]="","",COUNTIFS([Có đề nghị],"x",[STT danh mục],"<="&[@[STT danh mục]]))'
 */
export function proposalOrdinalFormula(): string {
  const has = SCORE_HELPER_HEADERS.hasProposal;
  const index = SCORE_HELPER_HEADERS.catalogueIndex;
  return `=IF(${thisRow(has)}="","",COUNTIFS(${column(has)},"x",${column(index)},"<="&${thisRow(index)}))`;
}
