/**
 * The formulas of scoring by the criteria tree: a heading's points summed from its parts, a tiered or
 * proportional criterion's points from its measure, the unit's status (held by a score error, left out
 * by a rule) and the ranked total. Each is the domain's rule (`domain/scoring`) written as a row
 * formula of the Scores or SelfScores table, with the same order of additions so both give the same
 * numbers.
 */
import { measureHeader, SCORE_HEADERS, TABLES, TIER_HEADERS } from '../../domain/contract';
import type { Criterion, Exclusion } from '../../domain/model';
import { isMeasured, signIn, type CriteriaTree } from '../../domain/scoring';
import { SCORE_HELPER_HEADERS, TIER_EXTRA_HEADERS } from '../headers';
import { criterionRuns, headerRuns, pointHeader, type CriterionColumns } from './pointSums';
import { column, numberLiteral, tableColumn, text, thisRow, thisRowSpan } from './refs';
import { councilHeldCount, councilScoredCount } from './reviewFormulas';

/** A scores table as its scoring formulas see it. */
export interface ScoringColumns extends CriterionColumns {
  tree: CriteriaTree;
  /**
   * The cell holding a criterion's maximum for this row's column (the maxima row above the table,
   * `F$2`), or the maximum itself where the table has no such row.
   */
  maxOf: (criterion: Criterion) => string;
}

/** Where the officer types for a criterion without parts: its measure, or its points. */
export function inputHeader(criterion: Criterion): string {
  return isMeasured(criterion) ? measureHeader(criterion.code, criterion.measureUnit) : criterion.code;
}

/** The ranges over some headers of the row, in table order (`[@[a]:[b]]`), one per run of adjacent ones. */
function runsOf(table: CriterionColumns, headers: readonly string[]): string[] {
  return criterionRuns(table, headers);
}

/**
 * A heading's points: the sum of its parts' points, deductions under a heading that is not one taken
 * away, at most the heading's maximum unless it may exceed it; blank while no part has points.
 * @param table - the scores table
 * @param heading - the heading
 * @returns the formula
 * @example
 * subtotalFormula(table, heading) // '=IF(COUNT([@[1.1]:[1.2]])=0,"",MIN(E$2,SUM([@[1.1]:[1.2]])))'
 */
export function subtotalFormula(table: ScoringColumns, heading: Criterion): string {
  const parts = table.tree.parts.get(heading.code) ?? [];
  const at = (p: Criterion): string => pointHeader(table, p.code);
  const present = parts.filter((p) => table.headers.includes(at(p)));
  const all = runsOf(table, present.map(at));
  if (all.length === 0) return '=""';
  const added = runsOf(table, present.filter((p) => signIn(p, heading) === 1).map(at));
  const taken = runsOf(table, present.filter((p) => signIn(p, heading) === -1).map(at));
  // Added and taken are summed apart, as the domain's headingPoints adds them.
  const sum = [
    added.length === 0 ? '0' : `SUM(${added.join(',')})`,
    ...(taken.length === 0 ? [] : [`SUM(${taken.join(',')})`]),
  ].join('-');
  const capped = heading.mayExceed === true ? sum : `MIN(${table.maxOf(heading)},${sum})`;
  return `=IF(COUNT(${all.join(',')})=0,"",${capped})`;
}

/**
 * A tiered criterion's points: the sum of the step increments (`Điểm cộng thêm` of the Tiers table) of
 * its steps at or below the measure, which is the points of the highest such step; blank while no
 * measure is typed (text counts as none, as the domain reads it).
 * @param criterion - the tiered criterion
 * @returns the formula
 * @example
 * tierPointsFormula(criterion)
 * // '=IF(ISNUMBER([@[1.1 (%)]]),SUMIFS(Tiers[Điểm cộng thêm],Tiers[Mã tiêu chí],"1.1",Tiers[Từ],"<="&[@[1.1 (%)]]),"")'
 */
export function tierPointsFormula(criterion: Criterion): string {
  const measure = thisRow(inputHeader(criterion));
  const tiers = (header: string): string => tableColumn(TABLES.tiers, header);
  return (
    `=IF(ISNUMBER(${measure}),SUMIFS(${tiers(TIER_EXTRA_HEADERS.increment)},${tiers(TIER_HEADERS.criterion)},` +
    `${text(criterion.code)},${tiers(TIER_HEADERS.from)},"<="&${measure}),"")`
  );
}

/**
 * A proportional criterion's points: maximum × share done ÷ 100, at most the maximum unless it may be
 * exceeded (CV 7727/BTP-TĐKT); blank while no share is typed.
 * @param table - the scores table (for the maximum's cell)
 * @param criterion - the proportional criterion
 * @returns the formula
 * @example
 * proportionalFormula(table, criterion) // '=IF(ISNUMBER([@[II.1 (%)]]),MIN(H$2,H$2*[@[II.1 (%)]]/100),"")'
 */
export function proportionalFormula(table: ScoringColumns, criterion: Criterion): string {
  const measure = thisRow(inputHeader(criterion));
  const max = table.maxOf(criterion);
  const points = `${max}*${measure}/100`;
  return `=IF(ISNUMBER(${measure}),${criterion.mayExceed === true ? points : `MIN(${max},${points})`},"")`;
}

/**
 * The steps' `Bậc` in the Tiers table: the step's place among its criterion's steps, lowest first.
 * @returns the formula
 * @example
 * tierOrderFormula() // '=IF([@[Từ]]="","",COUNTIFS([Mã tiêu chí],[@[Mã tiêu chí]],[Từ],"<"&[@[Từ]])+1)'
 */
export function tierOrderFormula(): string {
  const from = thisRow(TIER_HEADERS.from);
  return `=IF(${from}="","",COUNTIFS(${column(TIER_HEADERS.criterion)},${thisRow(TIER_HEADERS.criterion)},${column(TIER_HEADERS.from)},"<"&${from})+1)`;
}

/**
 * The steps' `Điểm cộng thêm` in the Tiers table: the step's points minus those of the step just below
 * it (of the same criterion), so that a sum over the steps at or below a measure is the points of the
 * highest of them.
 * @returns the formula
 * @example
 * tierIncrementFormula()
 * // '=IF([@[Bậc]]="","",[@[Điểm]]-SUMIFS([Điểm],[Mã tiêu chí],[@[Mã tiêu chí]],[Bậc],[@[Bậc]]-1))'
 */
export function tierIncrementFormula(): string {
  const order = thisRow(TIER_EXTRA_HEADERS.order);
  return (
    `=IF(${order}="","",${thisRow(TIER_HEADERS.points)}-SUMIFS(${column(TIER_HEADERS.points)},` +
    `${column(TIER_HEADERS.criterion)},${thisRow(TIER_HEADERS.criterion)},${column(TIER_EXTRA_HEADERS.order)},${order}-1))`
  );
}

/** The Excel comparison of an exclusion. */
const COMPARISON_OPERATORS: Readonly<Record<Exclusion['comparison'], string>> = {
  '<': '<',
  '<=': '<=',
  '>': '>',
  '>=': '>=',
};

/** The cell an exclusion or a band target compares: the total, a measure, or points. */
export function ruleCell(table: ScoringColumns, criterion: string | null): string | null {
  if (criterion === null) return thisRow(SCORE_HEADERS.total);
  const found = table.tree.byCode.get(criterion);
  if (found === undefined) return null;
  const header = table.tree.parts.has(found.code)
    ? found.code
    : isMeasured(found)
      ? inputHeader(found)
      : pointHeader(table, found.code);
  return table.headers.includes(header) ? thisRow(header) : null;
}

/** Label of a held unit in the `Tình trạng` column. */
export const HELD_TEXT = 'Chờ sửa lỗi';

/**
 * The unit's status (`Tình trạng`): blank while nothing is typed; `Chờ sửa lỗi` when a cell the officer
 * types holds text, a negative number, points above the criterion's maximum, a blank standard criterion
 * of the unit's scoring table (or of none: shared by all), or points of another table; else
 * `Không xét: <lý do>` for the first rule
 * of the Exclusions table the unit meets; else blank. The domain's `scoreUnit`.
 * @param table - the scores table
 * @param exclusions - the campaign's exclusion rules, in order
 * @param scoringTables - for a campaign of several scoring tables: the code of each, and the unit's
 *   table expression (a lookup of its cluster's table); null for one table
 * @param criterionTable - the scoring table of each criterion code (`''` for the main one)
 * @returns the formula
 */
export function statusFormula(
  table: ScoringColumns,
  exclusions: readonly Exclusion[],
  scoringTables: { codes: readonly string[]; unitTable: string } | null,
  criterionTable: (criterion: Criterion) => string,
): string {
  const leaves = table.tree.leaves.filter((leaf) => table.headers.includes(inputHeader(leaf)));
  const inputs = runsOf(table, leaves.map(inputHeader));
  if (inputs.length === 0) return '=""';
  const typed = `COUNTA(${inputs.join(',')})`;
  const counts: string[] = [`${typed}-COUNT(${inputs.join(',')})`];
  // Where the table counts the council's combined scores, they stand for blank points, and a members'
  // row that cannot be holds the unit.
  const council = table.pointsHeader !== undefined;
  const pointsOf = (leaf: Criterion): string | null => {
    const header = pointHeader(table, leaf.code);
    return header === leaf.code ? null : header;
  };
  counts.push(...inputs.map((run) => `COUNTIF(${run},"<0")`));
  // Points above the maximum: a run of capped columns against the maxima above it at once, or a column
  // against its maximum where the table has no maxima row; a measure has none.
  const capped = leaves.filter((leaf) => !isMeasured(leaf) && leaf.mayExceed !== true);
  const byCode = new Map(capped.map((leaf) => [leaf.code, leaf] as const));
  for (const [first, last] of headerRuns(
    table,
    capped.map((leaf) => leaf.code),
  )) {
    const from = byCode.get(first);
    const to = byCode.get(last);
    if (from === undefined || to === undefined) continue;
    const maxFrom = table.maxOf(from);
    const maxTo = table.maxOf(to);
    if (/\$/.test(maxFrom) && /\$/.test(maxTo)) {
      const maxima = first === last ? maxFrom : `${maxFrom}:${maxTo}`;
      counts.push(`SUMPRODUCT((${thisRowSpan(first, last)}>${maxima}+0.000000001)*1)`);
      continue;
    }
    const inRun = table.headers.slice(table.headers.indexOf(first), table.headers.indexOf(last) + 1);
    for (const code of inRun) {
      const leaf = byCode.get(code);
      if (leaf !== undefined) counts.push(`(SUM(${thisRow(code)})>${table.maxOf(leaf)}+0.000000001)`);
    }
  }
  // A criterion of no scoring table is shared by every table (a bonus for the flags, say).
  const blanksAndOthers = (own: string): string => {
    const mine = leaves.filter((leaf) => criterionTable(leaf) === own || criterionTable(leaf) === '');
    const standardLeaves = mine.filter((leaf) => leaf.kind === 'standard');
    const standard = runsOf(table, standardLeaves.filter((leaf) => pointsOf(leaf) === null).map(inputHeader));
    // A points column holds a number or "": the columns of a run less its numbers are its blanks.
    const unfilled = headerRuns(
      table,
      standardLeaves.flatMap((leaf) => pointsOf(leaf) ?? []),
    ).map(
      ([first, last]) =>
        `(${table.headers.indexOf(last) - table.headers.indexOf(first) + 1}-COUNT(${thisRowSpan(first, last)}))`,
    );
    const otherLeaves = leaves.filter((leaf) => !mine.includes(leaf));
    const others = runsOf(table, otherLeaves.filter((leaf) => pointsOf(leaf) === null).map(inputHeader));
    // Points counted under another table's criterion, typed or the council's (text is held already).
    const otherPoints = runsOf(
      table,
      otherLeaves.flatMap((leaf) => pointsOf(leaf) ?? []),
    );
    const terms = [
      ...standard.map((run) => `COUNTBLANK(${run})`),
      ...unfilled,
      ...(others.length === 0 ? [] : [`COUNTA(${others.join(',')})`]),
      ...(otherPoints.length === 0 ? [] : [`COUNT(${otherPoints.join(',')})`]),
    ];
    return terms.length === 0 ? '0' : terms.join('+');
  };
  if (scoringTables === null) counts.push(blanksAndOthers(''));
  else {
    let chain = blanksAndOthers('');
    for (const code of [...scoringTables.codes].reverse()) {
      chain = `IF(${scoringTables.unitTable}=${text(code)},${blanksAndOthers(code)},${chain})`;
    }
    counts.push(chain);
  }

  let status = '""';
  for (const rule of [...exclusions].reverse()) {
    const cell = ruleCell(table, rule.criterion);
    if (cell === null) continue;
    const meets = `AND(ISNUMBER(${cell}),${cell}${COMPARISON_OPERATORS[rule.comparison]}${numberLiteral(rule.value)})`;
    status = `IF(${meets},${text(`Không xét: ${rule.reason}`)},${status})`;
  }
  if (council) counts.push(councilHeldCount());
  const anything = council ? `${typed}+${councilScoredCount()}` : typed;
  return `=IF(${anything}=0,"",IF(${counts.join('+')}>0,${text(HELD_TEXT)},${status}))`;
}

/**
 * `Điểm xét hạng`: the total of a unit the ranking takes (nothing holds it, no rule leaves it out);
 * blank otherwise. The rank, tie and place formulas count on it.
 * @returns the formula
 * @example
 * rankedTotalFormula() // '=IF([@[Tình trạng]]="",[@[Tổng điểm]],"")'
 */
export function rankedTotalFormula(): string {
  return `=IF(${thisRow(SCORE_HEADERS.status)}="",${thisRow(SCORE_HEADERS.total)},"")`;
}

/** The header the ranking counts on. */
export const RANKED_TOTAL = SCORE_HELPER_HEADERS.rankedTotal;
