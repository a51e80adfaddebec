import { SCORE_HELPER_HEADERS } from '../headers';
import type { TieBreak } from '../../domain/model';
import { criterionRuns, kindSum, netPoints, pointHeader, type CriterionColumns } from './pointSums';
import { tableColumn, text, thisRow } from './refs';
import {
  CAMPAIGN_FIELDS,
  CAMPAIGN_HEADERS,
  HISTORY_HEADERS,
  SCORE_HEADERS,
  TABLES,
} from '../../domain/contract';
import { FLAG_LAST_YEAR_INPUT } from '../../domain/rules/defaultTieBreaks';
import { NAMES } from '../names';
import { whenTotal } from './totalFormula';

/**
 * What a tie-break link adds up, before rounding and direction; `0` when the Scores table has nothing
 * for it (a group without criteria, a criterion not in the catalogue), as the domain counts it.
 */
function rawKey(table: CriterionColumns, link: TieBreak): string {
  switch (link.kind) {
    case 'group': {
      const members = table.criteria.filter((c) => c.group === link.group);
      return netPoints(table, members);
    }
    case 'criterion': {
      const runs = criterionRuns(table, [pointHeader(table, link.criterion)]);
      // SUM of one cell reads text as nothing, as the domain does; a bare reference would not.
      return runs.length === 0 ? '0' : `SUM(${runs.join(',')})`;
    }
    case 'bonus':
      return kindSum(table, 'bonus') ?? '0';
    case 'deductions':
      return kindSum(table, 'deduction') ?? '0';
    case 'input': {
      const typed = table.headers.includes(link.header) ? `SUM(${thisRow(link.header)})` : '0';
      return link.key === FLAG_LAST_YEAR_INPUT.key ? flagLastYear(typed) : typed;
    }
  }
}

/**
 * Last year's flag as the award history says it where it holds that year's flags, else the typed
 * column: the same rule as the domain's `flagsLastYear`.
 */
function flagLastYear(typed: string): string {
  const year = `INDEX(${tableColumn(TABLES.campaign, CAMPAIGN_HEADERS.value)},MATCH(${text(CAMPAIGN_FIELDS.year)},${tableColumn(TABLES.campaign, CAMPAIGN_HEADERS.field)},0))-1`;
  const years = tableColumn(TABLES.history, HISTORY_HEADERS.year);
  const titles = tableColumn(TABLES.history, HISTORY_HEADERS.title);
  const flags = `COUNTIFS(${years},${year},${titles},${NAMES.flagTitle})`;
  const held = `COUNTIFS(${tableColumn(TABLES.history, HISTORY_HEADERS.unit)},${thisRow(SCORE_HEADERS.unit)},${years},${year},${titles},${NAMES.flagTitle})`;
  return `IF(${flags}>0,IF(${held}>0,1,0),${typed})`;
}

/**
 * A tie-break helper column of the Scores table (`Phụ 1: Nhóm I`): the link's points ROUNDed to the
 * campaign's precision, negated when lower wins, so that every key reads "higher wins" and the rank
 * formula compares them all alike; blank for a unit the ranking does not take. Same semantics as the domain's
 * `tieBreakKeys`.
 *
 * @param table - the Scores table's headers (in order) and the criteria catalogue
 * @param link - the tie-break link
 * @param precision - decimals kept
 * @returns the formula
 * @example
 * tieBreakKeyFormula(table, { kind: 'deductions', direction: 'asc', label: 'Ít điểm trừ hơn' }, 2)
 * // '=IF([@[Tổng điểm]]="","",-ROUND(SUM([@[TR.1]:[TR.2]]),2))'
 */
export function tieBreakKeyFormula(table: CriterionColumns, link: TieBreak, precision: number): string {
  const raw = rawKey(table, link);
  if (raw === '0') return whenTotal(SCORE_HELPER_HEADERS.rankedTotal, '0');
  const rounded = `ROUND(${raw},${precision})`;
  return whenTotal(SCORE_HELPER_HEADERS.rankedTotal, link.direction === 'asc' ? `-${rounded}` : rounded);
}
