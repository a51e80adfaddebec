import { CLUSTER_HEADERS, TABLES, TITLE_HEADERS, UNIT_HEADERS } from '../../contract';
import type { Campaign, Issue } from '../../model';
import { makeIssue } from '../../issues';

// COUNTIFS reads * ? ~ as wildcards anywhere and < > = as an operator at the start of a criterion.
const UNSAFE_CODE = /[*?~]|^[<>=]/u;

/**
 * Codes the workbook formulas count by (cluster, unit and title codes) must not be read as COUNTIFS
 * patterns or comparisons, or a rank or a summary would silently count the wrong rows.
 * @param campaign - the campaign
 * @returns one issue per unsafe code, Clusters, then Units, then Titles, in row order
 * @example
 * codeIssues({ ...campaign, clusters: [{ code: 'C*', name: 'Cụm', head: null, deputy: null }] })
 *   .map((i) => i.code) //=> ['CODE_UNSAFE']
 */
export function codeIssues(campaign: Campaign): Issue[] {
  const lists = [
    {
      table: TABLES.clusters,
      column: CLUSTER_HEADERS.code,
      what: 'mã cụm',
      whatEn: 'cluster code',
      codes: campaign.clusters.map((c) => c.code),
    },
    {
      table: TABLES.units,
      column: UNIT_HEADERS.code,
      what: 'mã đơn vị',
      whatEn: 'unit code',
      codes: campaign.units.map((u) => u.code),
    },
    {
      table: TABLES.titles,
      column: TITLE_HEADERS.code,
      what: 'mã danh hiệu',
      whatEn: 'title code',
      codes: campaign.titles.map((t) => t.code),
    },
  ];
  return lists.flatMap((list) =>
    list.codes.flatMap((code, index) =>
      UNSAFE_CODE.test(code)
        ? [
            makeIssue(
              'CODE_UNSAFE',
              { code, what: list.what, whatEn: list.whatEn },
              { table: list.table, row: index + 1, column: list.column },
            ),
          ]
        : [],
    ),
  );
}
