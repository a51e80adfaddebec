import type { Campaign } from '../model';
import { clustersInOrder, unitsByCluster } from './_lib/catalogue';

/**
 * Registrations of one title (thống kê đăng ký danh hiệu): in one unit, or in a whole cluster when
 * `unit` is null. Counts are registration rows as typed, collective and individual alike.
 */
export interface TitleCount {
  title: string;
  /** Catalogue name of the title; the code itself for a title not in the catalogue. */
  titleName: string;
  cluster: string;
  clusterName: string;
  /** Unit code, or null on the cluster's total row for the title. */
  unit: string | null;
  /** Unit name, or the cluster name on a total row. */
  unitName: string;
  count: number;
}

/**
 * Counts registrations per title, per unit and per cluster.
 *
 * Rows come cluster by cluster (in the ranking's order), title by title (catalogue order, then codes
 * not in the catalogue as first met). For each title: one row per unit that registered it (catalogue
 * order), then the cluster's total row (`unit: null`). Every catalogue title gets a total row in every
 * cluster, 0 included, so the cluster × title grid is complete; unit rows with 0 are left out, since
 * at the Ministry's scale they would bury the rest. Registrations of a unit not in the catalogue, or
 * with a blank title, belong to no cluster and are not counted.
 *
 * @param campaign - the campaign: clusters, units, titles and registrations
 * @returns unit rows and cluster total rows, as described
 *
 * @example
 * ```ts
 * const registered: Campaign = {
 *   ...campaign,
 *   clusters: [{ code: 'C1', name: 'Cụm 1', head: null, deputy: null }],
 *   units: [{ code: 'U1', name: 'Văn phòng Sở', cluster: 'C1', headcount: 12 }],
 *   titles: [{ code: 'LĐTT', name: 'Lao động tiên tiến', subject: 'individual', kind: 'title', prerequisites: [], cap: null, counts: [] }],
 *   registrations: [
 *     { row: 1, unit: 'U1', subject: 'individual', person: 'Nguyễn Văn A', position: '', title: 'LĐTT', date: null, note: '' },
 *     { row: 2, unit: 'U1', subject: 'individual', person: 'Trần Thị B', position: '', title: 'LĐTT', date: null, note: '' },
 *   ],
 * };
 * countTitles(registered).map((r) => [r.unit, r.count]); //=> [['U1', 2], [null, 2]]
 * ```
 */
export function countTitles(campaign: Campaign): TitleCount[] {
  const titleNames = new Map<string, string>();
  for (const title of campaign.titles)
    if (!titleNames.has(title.code)) titleNames.set(title.code, title.name);
  const catalogueTitles = [...titleNames.keys()];

  const perUnit = new Map<string, Map<string, number>>();
  for (const registration of campaign.registrations) {
    const title = registration.title.trim();
    if (title === '') continue;
    if (!titleNames.has(title)) titleNames.set(title, title);
    const counts = perUnit.get(registration.unit) ?? new Map<string, number>();
    counts.set(title, (counts.get(title) ?? 0) + 1);
    perUnit.set(registration.unit, counts);
  }

  const catalogue = unitsByCluster(campaign);
  const rows: TitleCount[] = [];
  for (const { code: cluster, name: clusterName } of clustersInOrder(campaign)) {
    const members = catalogue.get(cluster) ?? [];
    const extraTitles = [...titleNames.keys()].filter(
      (title) => !catalogueTitles.includes(title) && members.some((u) => perUnit.get(u.code)?.has(title)),
    );
    for (const title of [...catalogueTitles, ...extraTitles]) {
      const titleName = titleNames.get(title) ?? title;
      let clusterCount = 0;
      for (const unit of members) {
        const count = perUnit.get(unit.code)?.get(title) ?? 0;
        if (count === 0) continue;
        clusterCount += count;
        rows.push({ title, titleName, cluster, clusterName, unit: unit.code, unitName: unit.name, count });
      }
      rows.push({
        title,
        titleName,
        cluster,
        clusterName,
        unit: null,
        unitName: clusterName,
        count: clusterCount,
      });
    }
  }
  return rows;
}
