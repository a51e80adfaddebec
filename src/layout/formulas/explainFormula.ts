/**
 * `Giải thích`: a unit's place in plain Vietnamese, live in the sheet and readable without the add-in.
 * It reads the columns the ranking already computes (`Tình trạng`, `Điểm xét hạng`, `Xếp hạng`,
 * `Đồng hạng`, the tie-break keys, `Thứ tự`, `Khoá`) and finds the units just above and below by their
 * place in the cluster (`Thứ tự`), as the summary does: no MAXIFS/MINIFS. Numbers are written with a
 * decimal comma from whole numbers only, because TEXT and FIXED follow the reader's locale.
 */
import { SCORE_HEADERS } from '../../domain/contract';
import type { Criterion, TieBreak } from '../../domain/model';
import { formatPoints } from '../../domain/rank/_lib/format';
import { roundLikeExcel } from '../../domain/rank/roundLikeExcel';
import { groupPointsHeader, SCORE_HELPER_HEADERS as HELP } from '../headers';
import { KEY_SEPARATOR } from './rankFormulas';
import { column, text, thisRow } from './refs';
import { pointHeader } from './pointSums';
import { councilMemberCount, councilScoredCount } from './reviewFormulas';
import type { ScoringColumns } from './scoringFormulas';

const RANK = thisRow(SCORE_HEADERS.rank);
const OWN = thisRow(HELP.rankedTotal);

/** The place (`Thứ tự`) of the unit just above: every unit of a better rank has a place before the rank. */
const ABOVE = `${RANK}-1`;
const BELOW = thisRow(HELP.belowPlace);

/** Criteria of SUMIFS/COUNTIFS that find the unit at a place of this row's cluster. */
function atPlace(place: string): string {
  return `${column(SCORE_HEADERS.cluster)},${thisRow(SCORE_HEADERS.cluster)},${column(HELP.ordinal)},${place}`;
}

/** A column's value for the unit at a place of this row's cluster. */
function valueAt(header: string, place: string): string {
  return `SUMIFS(${column(header)},${atPlace(place)})`;
}

/**
 * A number as Vietnamese text: a decimal comma, at most `precision` decimals, no trailing zeros, no
 * thousands separator. Built from whole numbers (`&` of a whole number has no separator in any locale).
 * @param value - the number's formula
 * @param precision - decimals kept
 * @returns the formula of the text
 * @example
 * decimalText('[@[Tổng điểm]]', 0) // 'IF([@[Tổng điểm]]<0,"-","")&ROUND(ABS([@[Tổng điểm]]),0)'
 */
export function decimalText(value: string, precision: number): string {
  const sign = `IF(${value}<0,"-","")`;
  if (precision <= 0) return `${sign}&ROUND(ABS(${value}),0)`;
  const scale = 10 ** precision;
  const whole = `ROUND(ABS(${value})*${scale},0)`;
  const fraction = `MOD(${whole},${scale})`;
  const digits = `RIGHT(${scale}+${fraction},${precision})`;
  // The fewest digits that keep the fraction: one IF per trailing zero it may have.
  let kept = digits;
  for (let n = precision - 1; n >= 1; n--) {
    kept = `IF(MOD(${fraction},${10 ** (precision - n)})=0,LEFT(${digits},${n}),${kept})`;
  }
  return `${sign}&INT(${whole}/${scale})&IF(${fraction}=0,"",","&${kept})`;
}

/**
 * `Thứ tự đơn vị dưới`: the place of the first unit of a worse rank — after this unit and every unit
 * sharing its rank; blank for an unranked unit and when no unit ranks below.
 * @returns the formula
 * @example
 * belowPlaceFormula() // '=IF([@[Xếp hạng]]="","",IF(COUNTIFS([Mã cụm],[@[Mã cụm]],[Xếp hạng],">"&[@[Xếp hạng]])=0,"",…))'
 */
export function belowPlaceFormula(): string {
  const cluster = `${column(SCORE_HEADERS.cluster)},${thisRow(SCORE_HEADERS.cluster)}`;
  const worse = `COUNTIFS(${cluster},${column(SCORE_HEADERS.rank)},">"&${RANK})`;
  const sameRank = `COUNTIFS(${cluster},${column(SCORE_HEADERS.rank)},${RANK})`;
  return `=IF(${RANK}="","",IF(${worse}=0,"",${RANK}+${sameRank}))`;
}

/**
 * `Kém đơn vị trên`: points behind the unit just above, to the campaign's precision; 0 when a
 * tie-break parted equal totals; blank for an unranked unit and at the top of the cluster.
 * @param precision - decimals kept
 * @returns the formula
 * @example
 * gapAboveFormula(2) // '=IF(OR([@[Xếp hạng]]="",[@[Xếp hạng]]=1),"",ROUND(SUMIFS([Điểm xét hạng],…)-[@[Điểm xét hạng]],2))'
 */
export function gapAboveFormula(precision: number): string {
  return `=IF(OR(${RANK}="",${RANK}=1),"",ROUND(${valueAt(HELP.rankedTotal, ABOVE)}-${OWN},${precision}))`;
}

/**
 * `Hơn đơn vị dưới`: points ahead of the unit just below, to the campaign's precision; 0 when a
 * tie-break parted equal totals; blank for an unranked unit and at the bottom of the cluster.
 * @param precision - decimals kept
 * @returns the formula
 * @example
 * gapBelowFormula(2) // '=IF([@[Thứ tự đơn vị dưới]]="","",ROUND([@[Điểm xét hạng]]-SUMIFS(…),2))'
 */
export function gapBelowFormula(precision: number): string {
  return `=IF(${BELOW}="","",ROUND(${OWN}-${valueAt(HELP.rankedTotal, BELOW)},${precision}))`;
}

/** The name of the unit at a place of this row's cluster, found by its `Khoá`. */
function nameAt(place: string): string {
  const key = `${thisRow(SCORE_HEADERS.cluster)}&${text(KEY_SEPARATOR)}&(${place})`;
  return `INDEX(${column(SCORE_HEADERS.name)},MATCH(${key},${column(HELP.key)},0))`;
}

/** The first tie-break link whose key differs from the neighbour's: what parted two equal totals. */
function decidingLink(tieBreaks: readonly TieBreak[], keyHeaders: readonly string[], place: string): string {
  let chain = text('tiêu chí phụ');
  for (let i = tieBreaks.length - 1; i >= 0; i--) {
    const header = keyHeaders[i] ?? '';
    chain = `IF(${valueAt(header, place)}<>${thisRow(header)},${text(tieBreaks[i]?.label ?? '')},${chain})`;
  }
  return chain;
}

/**
 * One neighbour's phrase: `; kém đơn vị xếp trên (Tên) 1,25 điểm`, or on equal totals
 * `; bằng điểm đơn vị xếp trên (Tên), xếp dưới do <tie-break>`; blank without that neighbour.
 */
function neighbourPhrase(
  side: 'above' | 'below',
  tieBreaks: readonly TieBreak[],
  keyHeaders: readonly string[],
  precision: number,
): string {
  const gap = thisRow(side === 'above' ? HELP.gapAbove : HELP.gapBelow);
  const place = side === 'above' ? ABOVE : BELOW;
  const who = `${text(side === 'above' ? 'đơn vị xếp trên (' : 'đơn vị xếp dưới (')}&${nameAt(place)}&")"`;
  const parted = text(side === 'above' ? ', xếp dưới do ' : ', xếp trên nhờ ');
  const equal = `"; bằng điểm "&${who}&${parted}&${decidingLink(tieBreaks, keyHeaders, place)}`;
  const apart = `${text(side === 'above' ? '; kém ' : '; hơn ')}&${who}&" "&${decimalText(gap, precision)}&" điểm"`;
  return `IF(${gap}="","",IF(${gap}=0,${equal},${apart}))`;
}

/**
 * `Giải thích`: blank for an unscored unit; the status for a unit held by a score error or left out by a
 * rule (`Chờ sửa lỗi`, `Không xét: …`); else its rank among the ranked units of its cluster, its total and
 * the points of each group of the criteria tree against the group's maximum,
 * the gap to the units just above and below (naming the tie-break that parted equal totals), and a tie
 * only the council's vote can part. The same facts as the domain's `explainUnit`.
 * @param tieBreaks - the tie-break chain
 * @param keyHeaders - headers of the tie-break helper columns, in chain order
 * @param precision - decimals shown
 * @param table - the Scores table, for the points of each group of the criteria tree (none without it)
 * @returns the formula
 * @example
 * explanationFormula([], [], 0) // '=IF([@[Tình trạng]]<>"",[@[Tình trạng]],IF([@[Xếp hạng]]="","","Hạng "&…))'
 */
export function explanationFormula(
  tieBreaks: readonly TieBreak[],
  keyHeaders: readonly string[],
  precision: number,
  table: ScoringColumns | null = null,
): string {
  const cluster = thisRow(SCORE_HEADERS.cluster);
  const ranked = `COUNTIFS(${column(SCORE_HEADERS.cluster)},${cluster},${column(SCORE_HEADERS.rank)},">0")`;
  const groupsText = thisRow(HELP.groupsText);
  const groups =
    table === null || !table.headers.includes(HELP.groupsText)
      ? ''
      : `IF(${groupsText}="",""," ("&${groupsText}&")")`;
  const head = `"Hạng "&${RANK}&"/"&${ranked}&" cụm "&${cluster}&": "&${decimalText(OWN, precision)}&" điểm"${groups === '' ? '' : `&${groups}`}`;
  const above = neighbourPhrase('above', tieBreaks, keyHeaders, precision);
  const below = neighbourPhrase('below', tieBreaks, keyHeaders, precision);
  const tied = `IF(${thisRow(SCORE_HEADERS.tied)}="x",${text('; đồng hạng trên mọi tiêu chí phụ: Hội đồng bình xét')},"")`;
  const status = thisRow(SCORE_HEADERS.status);
  const members = councilMemberCount();
  const council = `IF(${councilScoredCount()}>0,"; điểm kết hợp của "&${members}&" thành viên Hội đồng","")`;
  return `=IF(${status}<>"",${status},IF(${RANK}="","",${head}&${above}&${below}&${tied}&${council}))`;
}

/** The criteria at the top of the tree of each group, in catalogue order, those with a column only. */
function groupRoots(table: ScoringColumns): Map<string, Criterion[]> {
  const byGroup = new Map<string, Criterion[]>();
  for (const root of table.tree.roots) {
    if (!table.headers.includes(pointHeader(table, root.code))) continue;
    byGroup.set(root.group, [...(byGroup.get(root.group) ?? []), root]);
  }
  return byGroup;
}

/**
 * The groups of the criteria tree, in catalogue order: one `Điểm nhóm` column each.
 * @param table - the Scores table as its formulas see it
 * @returns the groups' codes
 * @example
 * pointGroups(table) // ['I', 'II', 'TH', 'TR']
 */
export function pointGroups(table: ScoringColumns): string[] {
  // Every criterion has a column: the groups do not wait for the table's headers to be known.
  return [...new Set(table.tree.roots.map((root) => root.group))];
}

/**
 * `Điểm nhóm <group>`: the points of a group of the criteria tree — its criteria at the top of the tree,
 * added in catalogue order, deductions taken away — rounded to the campaign's precision, as the domain's
 * explanation sums them; blank while none of them holds points.
 * @param table - the Scores table as its formulas see it
 * @param group - the group's code
 * @param precision - decimals kept
 * @returns the formula
 * @example
 * groupPointsFormula(table, 'I', 2) // '=IF(COUNT([@[Điểm tính I.1]],[@[Điểm tính I.2]])=0,"",ROUND(SUM(…)+SUM(…),2))'
 */
export function groupPointsFormula(table: ScoringColumns, group: string, precision: number): string {
  const roots = groupRoots(table).get(group) ?? [];
  if (roots.length === 0) return '=""';
  const cells = roots.map((root) => thisRow(pointHeader(table, root.code)));
  const sum = roots
    .map((root, i) => {
      const sign = root.kind === 'deduction' ? '-' : i === 0 ? '' : '+';
      return `${sign}SUM(${cells[i] ?? ''})`;
    })
    .join('');
  return `=IF(COUNT(${cells.join(',')})=0,"",ROUND(${sum},${precision}))`;
}

/**
 * `Điểm theo nhóm`: `nhóm I 45/50; nhóm II trống/50` — the points of each group of the criteria tree (its
 * `Điểm nhóm` column; `trống` while blank) against the most its standard criteria at the top of the tree
 * give, which `Giải thích` quotes. A column of its own, so that `Giải thích` stays far below Excel's 8,192
 * characters however many groups the tree has.
 * @param table - the Scores table as its formulas see it
 * @param precision - decimals shown
 * @returns the formula; `=""` for a table without groups
 * @example
 * groupsTextFormula(table, 0) // '="nhóm I "&IF([@[Điểm nhóm I]]="","trống",…)&"/50"'
 */
export function groupsTextFormula(table: ScoringColumns, precision: number): string {
  const parts: string[] = [];
  for (const group of pointGroups(table)) {
    if (!table.headers.includes(groupPointsHeader(group))) continue;
    const cell = thisRow(groupPointsHeader(group));
    const standard = table.tree.roots.filter((root) => root.group === group && root.kind === 'standard');
    const max = standard.reduce((total, root) => total + root.max, 0);
    const points = `IF(${cell}="","trống",${decimalText(cell, precision)})`;
    const most = max > 0 ? `&${text(`/${formatPoints(roundLikeExcel(max, precision))}`)}` : '';
    parts.push(`${text(`nhóm ${group} `)}&${points}${most}`);
  }
  return parts.length === 0 ? '=""' : `=${parts.join('&"; "&')}`;
}
