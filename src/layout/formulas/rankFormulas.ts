/**
 * Ranking within a cluster by COUNTIFS chains (no RANK: it knows no groups, and HyperFormula has none).
 * A unit's rank is 1 + the number of units of its cluster strictly better on (total, key 1, key 2, …)
 * compared left to right, which is the domain's `rankWithinCluster`: one COUNTIFS per position of the
 * tuple, "equal on everything before, greater here".
 */
import { SCORE_HEADERS, TABLES, UNIT_HEADERS } from '../../domain/contract';
import { SCORE_HELPER_HEADERS } from '../headers';
import { column, tableColumn, text, thisRow } from './refs';

/** `[h],[@[h]]`: the COUNTIFS criterion "same value as this row". */
function same(header: string): string {
  return `${column(header)},${thisRow(header)}`;
}

/** `[h],">"&[@[h]]`: the COUNTIFS criterion "greater than this row". */
function greater(header: string): string {
  return `${column(header)},">"&${thisRow(header)}`;
}

/** The total the ranking takes: blank for a unit held by a score error or left out by a rule. */
const RANKED = SCORE_HELPER_HEADERS.rankedTotal;

/** The ranking tuple: the ranked total, then the tie-break helper columns in chain order. */
function tuple(keyHeaders: readonly string[]): string[] {
  return [RANKED, ...keyHeaders];
}

/** Criteria "same cluster and same value on every position of the tuple". */
function sameTuple(keyHeaders: readonly string[]): string {
  return [same(SCORE_HEADERS.cluster), ...tuple(keyHeaders).map(same)].join(',');
}

/**
 * `Xếp hạng`: 1 + COUNTIFS of the units of the cluster with a greater ranked total (`Điểm xét hạng`), +
 * for each tie-break key COUNTIFS of those equal on every earlier position and greater on this one.
 * Blank for a unit that is unscored, held by a score error or left out by a rule, and for a unit the
 * catalogue does not know (no cluster), which the domain leaves out as well.
 *
 * @param keyHeaders - headers of the tie-break helper columns, in chain order
 * @returns the formula
 * @example
 * rankFormula(['Phụ 1: Nhóm I'])
 * // '=IF(OR([@[Tổng điểm]]="",[@[Mã cụm]]=""),"",1+COUNTIFS([Mã cụm],[@[Mã cụm]],[Tổng điểm],">"&[@[Tổng điểm]])
 * //   +COUNTIFS([Mã cụm],[@[Mã cụm]],[Tổng điểm],[@[Tổng điểm]],[Phụ 1: Nhóm I],">"&[@[Phụ 1: Nhóm I]]))'
 */
export function rankFormula(keyHeaders: readonly string[]): string {
  const positions = tuple(keyHeaders);
  const terms = positions.map((header, i) => {
    const before = positions.slice(0, i).map(same);
    return `COUNTIFS(${[same(SCORE_HEADERS.cluster), ...before, greater(header)].join(',')})`;
  });
  return `=IF(OR(${thisRow(RANKED)}="",${thisRow(SCORE_HEADERS.cluster)}=""),"",1+${terms.join('+')})`;
}

/**
 * `Đồng hạng`: `x` when another unit of the cluster has the same total and the same tie-break keys —
 * only a council vote can part them; blank otherwise and for an unranked unit.
 * @param keyHeaders - headers of the tie-break helper columns, in chain order
 * @returns the formula
 * @example
 * tiedFormula([]) // '=IF([@[Xếp hạng]]="","",IF(COUNTIFS([Mã cụm],[@[Mã cụm]],[Tổng điểm],[@[Tổng điểm]])>1,"x",""))'
 */
export function tiedFormula(keyHeaders: readonly string[]): string {
  return `=IF(${thisRow(SCORE_HEADERS.rank)}="","",IF(COUNTIFS(${sameTuple(keyHeaders)})>1,"x",""))`;
}

/**
 * `STT danh mục`: the unit's position in the Units table, blank when the catalogue does not know it.
 * Parts fully tied units in a fixed order without comparing texts (HyperFormula's COUNTIFS cannot).
 * @returns the formula
 * @example
 * catalogueIndexFormula() // '=IFERROR(MATCH([@[Mã đơn vị]],Units[Mã đơn vị],0),"")'
 */
export function catalogueIndexFormula(): string {
  return `=IFERROR(MATCH(${thisRow(SCORE_HEADERS.unit)},${tableColumn(TABLES.units, UNIT_HEADERS.code)},0),"")`;
}

/**
 * `Thứ tự`: the unit's unique place within its cluster: its rank, plus the units fully tied with it
 * that come earlier in the catalogue. 1, 2, 3 … without gaps over the ranked units of a cluster, so
 * the summary finds the k-th unit of a cluster (and the median) by lookup.
 * @param keyHeaders - headers of the tie-break helper columns, in chain order
 * @returns the formula
 * @example
 * ordinalFormula([])
 * // '=IF(OR([@[Xếp hạng]]="",[@[STT danh mục]]=""),"",[@[Xếp hạng]]+COUNTIFS([Mã cụm],[@[Mã cụm]],
 * //   [Tổng điểm],[@[Tổng điểm]],[STT danh mục],"<"&[@[STT danh mục]]))'
 */
export function ordinalFormula(keyHeaders: readonly string[]): string {
  const index = SCORE_HELPER_HEADERS.catalogueIndex;
  return (
    `=IF(OR(${thisRow(SCORE_HEADERS.rank)}="",${thisRow(index)}=""),"",` +
    `${thisRow(SCORE_HEADERS.rank)}+COUNTIFS(${sameTuple(keyHeaders)},${column(index)},"<"&${thisRow(index)}))`
  );
}

/** Separator of the `Khoá` column: a character no cluster code needs. */
export const KEY_SEPARATOR = '|';

/**
 * `Khoá`: `<cluster>|<place>` (`K1|3`), the one text the summary looks a unit up by.
 * @returns the formula
 * @example
 * ordinalKeyFormula() // '=IF([@[Thứ tự]]="","",[@[Mã cụm]]&"|"&[@[Thứ tự]])'
 */
export function ordinalKeyFormula(): string {
  const ordinal = thisRow(SCORE_HELPER_HEADERS.ordinal);
  return `=IF(${ordinal}="","",${thisRow(SCORE_HEADERS.cluster)}&${text(KEY_SEPARATOR)}&${ordinal})`;
}
