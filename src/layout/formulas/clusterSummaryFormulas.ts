/**
 * The cluster comparison of the summary (`ClusterSummary`), live over the Scores table. Figures come
 * from the place of each unit in its cluster (`Thứ tự`: 1 is the best), so the highest, the lowest, the
 * runner-up and the median are plain SUMIFS lookups: no MAXIFS (a `_xlfn.` function in files), no
 * MEDIAN over an array (not evaluated alike by every engine). Same figures as the domain's
 * `compareClusters`, rounded to the campaign's precision.
 */
import { SCORE_HEADERS, TABLES, UNIT_HEADERS } from '../../domain/contract';
import { CLUSTER_SUMMARY_HEADERS as H, SCORE_HELPER_HEADERS } from '../headers';
import { clusterNameFormula } from './listFormulas';
import { KEY_SEPARATOR } from './rankFormulas';
import { tableColumn, text, thisRow } from './refs';

const cluster = thisRow(H.cluster);
const scored = thisRow(H.scored);
const scores = (header: string): string => tableColumn(TABLES.scores, header);

/** The total of the unit at `place` (an expression) in this row's cluster. */
function totalAt(place: string): string {
  return `SUMIFS(${scores(SCORE_HEADERS.total)},${scores(SCORE_HEADERS.cluster)},${cluster},${scores(SCORE_HELPER_HEADERS.ordinal)},${place})`;
}

/**
 * The row formulas of the ClusterSummary table, by header (`Mã cụm` holds the cluster codes the plan
 * writes).
 * @param precision - decimals kept
 * @returns header → formula for every computed column
 * @example
 * clusterSummaryFormulas(2)['Đã chấm'] // '=COUNTIFS(Scores[Mã cụm],[@[Mã cụm]],Scores[Xếp hạng],">=1")'
 */
export function clusterSummaryFormulas(
  precision: number,
): Record<Exclude<(typeof H)[keyof typeof H], 'Mã cụm'>, string> {
  const round = (x: string): string => `ROUND(${x},${precision})`;
  const ifScored = (x: string): string => `=IF(${scored}=0,"",${x})`;
  const leaderKey = `${cluster}&${text(`${KEY_SEPARATOR}1`)}`;
  return {
    [H.name]: clusterNameFormula(H.cluster),
    [H.units]: `=COUNTIFS(${tableColumn(TABLES.units, UNIT_HEADERS.cluster)},${cluster})`,
    // Only a scored unit of a known cluster has a rank.
    [H.scored]: `=COUNTIFS(${scores(SCORE_HEADERS.cluster)},${cluster},${scores(SCORE_HEADERS.rank)},">=1")`,
    [H.mean]: ifScored(
      round(
        `SUMIFS(${scores(SCORE_HELPER_HEADERS.rankedTotal)},${scores(SCORE_HEADERS.cluster)},${cluster})/${scored}`,
      ),
    ),
    // The middle place, or the two middle places: INT((n+1)/2) and INT(n/2)+1 are equal when n is odd.
    [H.median]: ifScored(round(`(${totalAt(`INT((${scored}+1)/2)`)}+${totalAt(`INT(${scored}/2)+1`)})/2`)),
    [H.max]: ifScored(totalAt('1')),
    [H.min]: ifScored(totalAt(scored)),
    [H.spread]: ifScored(round(`${thisRow(H.max)}-${thisRow(H.min)}`)),
    [H.leader]: ifScored(
      `IFERROR(INDEX(${scores(SCORE_HEADERS.name)},MATCH(${leaderKey},${scores(SCORE_HELPER_HEADERS.key)},0)),"")` +
        `&IF(COUNTIFS(${scores(SCORE_HEADERS.cluster)},${cluster},${scores(SCORE_HEADERS.rank)},1)>1," (đồng hạng)","")`,
    ),
    [H.margin]: `=IF(${scored}<2,"",${round(`${thisRow(H.max)}-${totalAt('2')}`)})`,
  };
}
