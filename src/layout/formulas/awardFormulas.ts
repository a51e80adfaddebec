/**
 * Who leads a cluster, which band each unit gets and what it is proposed for. Thresholds are read live
 * from the workbook (the Settings table through defined names, the Bands table by band code: minimum
 * total and quota), so an officer who edits a threshold sees the proposals change at once; a band's
 * conditions are written into the formula from the campaign and follow an edit of the Bands table when
 * the workbook is updated.
 */
import { BAND_HEADERS, SCORE_HEADERS, TABLES, TITLE_HEADERS } from '../../domain/contract';
import type { RankBand } from '../../domain/model';
import { bandFloor } from '../../domain/rank';
import { BAND_EXTRA_HEADERS, bandCandidateHeader, SCORE_HELPER_HEADERS } from '../headers';
import { NAMES } from '../names';
import { column, numberLiteral, tableColumn, text, thisRow } from './refs';
import { ruleCell, type ScoringColumns } from './scoringFormulas';

/** `INDEX(Bands[col],MATCH("code",Bands[Mã hạng],0))`: a band's value, found by its code (its first row). */
function bandValue(code: string, header: string): string {
  return `INDEX(${tableColumn(TABLES.bands, header)},MATCH(${text(code)},${tableColumn(TABLES.bands, BAND_HEADERS.code)},0))`;
}

const rank = thisRow(SCORE_HEADERS.rank);
const cluster = thisRow(SCORE_HEADERS.cluster);

/** `COUNTIFS` of the units of this cluster marked `x` in `header` and ranked `comparison` this one. */
function countInCluster(header: string, comparison: '<' | '<='): string {
  return `COUNTIFS(${column(SCORE_HEADERS.cluster)},${cluster},${column(header)},"x",${column(SCORE_HEADERS.rank)},"${comparison}"&${rank})`;
}

/**
 * The conditions of one band row (the domain's `bandReach`): every target met, or `need` of them met
 * with each of the others at least `tolerance` percent of the way short; the value of a target is
 * `SUM()` of its cell, so a blank or text reads 0 as in the domain.
 */
function rowConditions(table: ScoringColumns, band: RankBand): string[] {
  const gates = band.gates.map((gate) => {
    const cell = ruleCell(table, gate.criterion);
    return { value: cell === null ? '0' : `SUM(${cell})`, gate };
  });
  if (gates.length === 0) return [];
  const need = band.need ?? gates.length;
  const met = gates.map(({ value, gate }) => `${value}>=${numberLiteral(gate.min)}`);
  if (need >= gates.length) return met;
  const within = gates.map(
    ({ value, gate }) => `${value}>=${numberLiteral(bandFloor(gate.min, band.tolerance))}`,
  );
  return [`${met.map((m) => `(${m})`).join('+')}>=${need}`, ...within];
}

/**
 * Whether this row reaches a band by its conditions (any of the band's rows), before quotas: the
 * ranked total at least the band's `Điểm từ` (live, from the band's first row) and the row's targets.
 */
function reaches(table: ScoringColumns, code: string, rows: readonly RankBand[]): string {
  const score = `${thisRow(SCORE_HELPER_HEADERS.rankedTotal)}>=${bandValue(code, BAND_HEADERS.minScore)}`;
  const alternatives = rows.map((band) => {
    const conditions = rowConditions(table, band);
    return conditions.length === 0
      ? null
      : conditions.length === 1
        ? conditions[0]
        : `AND(${conditions.join(',')})`;
  });
  if (alternatives.some((a) => a === null)) return score;
  const either = alternatives.length === 1 ? alternatives[0] : `OR(${alternatives.join(',')})`;
  return `AND(${score},${either ?? ''})`;
}

/** The band's quota (`Số lượng tối đa`, blank for none), live from its first row. */
function quota(code: string): string {
  return bandValue(code, BAND_HEADERS.quota);
}

/** This unit, marked for a band, keeps it: no quota, or fewer better-ranked units marked for it than the quota. */
function keepsBand(code: string): string {
  const header = bandCandidateHeader(code);
  return `AND(${thisRow(header)}="x",OR(${quota(code)}="",${countInCluster(header, '<')}<${quota(code)}))`;
}

/** The campaign's bands by code, in the order they are tried, each with its rows. */
export function bandsByCode(bands: readonly RankBand[]): [string, RankBand[]][] {
  const byCode = new Map<string, RankBand[]>();
  for (const band of bands) byCode.set(band.code, [...(byCode.get(band.code) ?? []), band]);
  return [...byCode];
}

/**
 * `Xét hạng <code>`: `x` when the ranked unit reaches the band by its conditions and kept no band tried
 * before it (those it lost to a quota let it try this one).
 * @param table - the scores table
 * @param bands - the campaign's bands
 * @param code - the band's code
 * @returns the formula
 * @example
 * bandCandidateFormula(table, [{ code: 'A', name: 'Hạng A', minScore: 90, gates: [], proposal: 'BK' }], 'A')
 * // '=IF([@[Xếp hạng]]="","",IF(AND([@[Điểm xét hạng]]>=INDEX(Bands[Điểm từ],MATCH("A",Bands[Mã hạng],0))),"x",""))'
 */
export function bandCandidateFormula(
  table: ScoringColumns,
  bands: readonly RankBand[],
  code: string,
): string {
  const ordered = bandsByCode(bands);
  const at = ordered.findIndex(([c]) => c === code);
  const rows = ordered[at]?.[1] ?? [];
  const earlier = ordered.slice(0, Math.max(at, 0)).map(([c]) => `NOT(${keepsBand(c)})`);
  const reached = reaches(table, code, rows);
  const condition = earlier.length === 0 ? reached : `AND(${[reached, ...earlier].join(',')})`;
  return `=IF(${rank}="","",IF(${condition},"x",""))`;
}

/**
 * `Hạng`: the first band the unit keeps (marked for it, and within its quota); blank for none.
 * @param bands - the campaign's bands
 * @returns the formula
 * @example
 * bandFormula([{ code: 'A', name: 'Hạng A', minScore: 90, gates: [], proposal: 'BK' }])
 * // '=IF(AND([@[Xét hạng A]]="x",OR(INDEX(Bands[Số lượng tối đa],MATCH("A",Bands[Mã hạng],0))="",…)),"A","")'
 */
export function bandFormula(bands: readonly RankBand[]): string {
  let chain = '""';
  for (const [code] of [...bandsByCode(bands)].reverse())
    chain = `IF(${keepsBand(code)},${text(code)},${chain})`;
  return `=${chain}`;
}

/**
 * `Ứng viên Cờ`: `x` when the unit may lead its cluster: ranked within the flags (`SoCoMoiCum`), at the
 * flag's minimum total (`DiemSanCo`, blank for none), and in the flag's band or a better one (`HangCo`,
 * blank for none). The domain's `isLeading` and `meetsFlagBand`.
 * @returns the formula
 */
export function flagCandidateFormula(): string {
  const total = thisRow(SCORE_HEADERS.total);
  const min = NAMES.flagMinScore;
  const bandCodes = tableColumn(TABLES.bands, BAND_HEADERS.code);
  const band = `OR(${NAMES.flagBand}="",IFERROR(MATCH(${thisRow(SCORE_HEADERS.band)},${bandCodes},0)<=MATCH(${NAMES.flagBand},${bandCodes},0),0))`;
  return `=IF(${rank}="","",IF(AND(${rank}<=${NAMES.flagsPerCluster},OR(${min}="",${total}>=${min}),${band}),"x",""))`;
}

/** `COUNTIFS` of this cluster's flag candidates ranked as this one, with `extra` criteria. */
function tiedCandidates(extra = ''): string {
  return `COUNTIFS(${column(SCORE_HEADERS.cluster)},${cluster},${column(SCORE_HELPER_HEADERS.flagCandidate)},"x",${column(SCORE_HEADERS.rank)},${rank}${extra})`;
}

/**
 * The council's vote has parted this unit's tie for the flag: every candidate tied with it was voted
 * on (Đạt or Không đạt in `Bỏ phiếu Cờ`), and no more of them passed than the flags left after the
 * candidates ranked above them. The domain's `partedByVote`.
 */
function tiePartedByVote(): string {
  const vote = column(SCORE_HELPER_HEADERS.flagVote);
  const passed = tiedCandidates(`,${vote},"Đạt"`);
  const failed = tiedCandidates(`,${vote},"Không đạt"`);
  const above = countInCluster(SCORE_HELPER_HEADERS.flagCandidate, '<');
  return `AND(${passed}+${failed}=${tiedCandidates()},${passed}<=${NAMES.flagsPerCluster}-${above})`;
}

/**
 * `Dẫn đầu`: `x` for a flag candidate when no more candidates of its cluster rank at or above it than
 * there are flags; of candidates tied for the last flag, those the council's vote passed once the vote
 * has parted the tie (`Bỏ phiếu Cờ`); until then none is proposed, the council votes (`Bỏ phiếu`).
 * @returns the formula
 * @example
 * leadingFormula()
 * // '=IF([@[Ứng viên Cờ]]="x",IF(OR(COUNTIFS([Mã cụm],[@[Mã cụm]],[Ứng viên Cờ],"x",[Xếp hạng],"<="&[@[Xếp hạng]])<=SoCoMoiCum,AND([@[Bỏ phiếu Cờ]]="Đạt",AND(…))),"x",""),"")'
 */
export function leadingFormula(): string {
  const candidate = SCORE_HELPER_HEADERS.flagCandidate;
  const voted = `AND(${thisRow(SCORE_HELPER_HEADERS.flagVote)}="Đạt",${tiePartedByVote()})`;
  return `=IF(${thisRow(candidate)}="x",IF(OR(${countInCluster(candidate, '<=')}<=${NAMES.flagsPerCluster},${voted}),"x",""),"")`;
}

/** What `Bỏ phiếu` says of a tie for the flag. */
export const FLAG_VOTE_TEXT = 'Đồng hạng tranh Cờ thi đua: Hội đồng bỏ phiếu';

/**
 * `Bỏ phiếu`: why the council must vote: a flag candidate not proposed (tied for the last flag), or a
 * unit tied on the last place of its band's quota; blank otherwise.
 * @param bands - the campaign's bands
 * @returns the formula
 */
export function voteFormula(bands: readonly RankBand[]): string {
  const candidate = thisRow(SCORE_HELPER_HEADERS.flagCandidate);
  const flagTie = `AND(${candidate}="x",${thisRow(SCORE_HEADERS.leading)}="",NOT(${tiePartedByVote()}))`;
  let chain = '""';
  for (const [code, rows] of [...bandsByCode(bands)].reverse()) {
    const header = bandCandidateHeader(code);
    const over = `AND(${thisRow(SCORE_HEADERS.band)}=${text(code)},${quota(code)}<>"",${countInCluster(header, '<=')}>${quota(code)})`;
    const name = rows[0]?.name.trim() || code;
    chain = `IF(${over},${text(`Đồng hạng ở chỗ cuối của ${name}: Hội đồng bỏ phiếu`)},${chain})`;
  }
  return `=IF(${flagTie},${text(FLAG_VOTE_TEXT)},${chain})`;
}

/**
 * `Đề nghị`: the flag title (by name) for a leading unit; else the proposal of the band it keeps, by its
 * `Tên đề nghị`; else blank. The domain's `awardFor`.
 * @returns the formula
 * @example
 * proposalFormula()
 * // '=IF([@[Xếp hạng]]="","",IF([@[Dẫn đầu]]="x",TenDanhHieuCo,IF([@[Hạng]]="","",IFERROR(INDEX(Bands[Tên đề nghị],MATCH([@[Hạng]],Bands[Mã hạng],0)),""))))'
 */
export function proposalFormula(): string {
  const band = thisRow(SCORE_HEADERS.band);
  const name = `IFERROR(INDEX(${tableColumn(TABLES.bands, BAND_EXTRA_HEADERS.proposalName)},MATCH(${band},${tableColumn(TABLES.bands, BAND_HEADERS.code)},0)),"")`;
  return `=IF(${rank}="","",IF(${thisRow(SCORE_HEADERS.leading)}="x",${NAMES.flagTitleName},IF(${band}="","",${name})))`;
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
