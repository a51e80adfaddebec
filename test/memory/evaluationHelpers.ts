// Reading the evaluated workbook back in the domain's terms, so the formulas can be checked against
// rankCampaign / summarise unit by unit.
import { SCORE_HEADERS } from '../../src/domain/contract';
import type { Campaign } from '../../src/domain/model';
import { rankCampaign, summarise } from '../../src/domain/rank';
import type { CellValue, RawTable, WorkbookData } from '../../src/domain/workbook';
import { buildPlan } from '../../src/layout/buildPlan';
import { createMemoryHost, type MemoryHost } from '../../src/memory/memoryHost';

/** What the Scores table and the domain both say of a unit. */
export interface Standing {
  total: number | null;
  rank: number | null;
  tied: boolean;
  leading: boolean;
  proposal: string;
}

/** A new memory host with the campaign's plan applied. */
export async function hostWith(campaign: Campaign): Promise<MemoryHost> {
  const host = createMemoryHost();
  await host.applyPlan((current) => buildPlan(campaign, current));
  return host;
}

/** The rows of a table as objects keyed by header. */
export function records(data: WorkbookData, name: string): Record<string, CellValue>[] {
  const table: RawTable | undefined = data.tables[name];
  if (table === undefined) throw new Error(`No table ${name} in the workbook`);
  return table.rows.map((row) =>
    Object.fromEntries(table.headers.map((header, i) => [header, row[i] ?? null])),
  );
}

/** A cell holding the `x` mark of a flag column. */
export function marked(value: CellValue): boolean {
  return value === 'x';
}

/** The standing of every unit as the workbook's Scores table computes it. */
export function workbookStandings(data: WorkbookData): Map<string, Standing> {
  const standings = new Map<string, Standing>();
  for (const row of records(data, 'Scores')) {
    const total = row[SCORE_HEADERS.total] ?? null;
    const rank = row[SCORE_HEADERS.rank] ?? null;
    const proposal = row[SCORE_HEADERS.proposal] ?? null;
    standings.set(String(row[SCORE_HEADERS.unit]), {
      total: typeof total === 'number' ? total : null,
      rank: typeof rank === 'number' ? rank : null,
      tied: marked(row[SCORE_HEADERS.tied] ?? null),
      leading: marked(row[SCORE_HEADERS.leading] ?? null),
      proposal: typeof proposal === 'string' ? proposal : '',
    });
  }
  return standings;
}

/** The standing of every unit as the domain computes it. */
export function domainStandings(campaign: Campaign): Map<string, Standing> {
  const standings = new Map<string, Standing>();
  for (const cluster of rankCampaign(campaign)) {
    for (const u of cluster.units) {
      standings.set(u.unit, {
        total: u.total,
        rank: u.rank,
        tied: u.tied,
        leading: u.leading,
        proposal: u.proposal,
      });
    }
  }
  return standings;
}

/** A cluster summary row, in the terms both sides share. */
export interface ClusterFigures {
  cluster: string;
  units: number;
  scored: number;
  mean: number | null;
  median: number | null;
  max: number | null;
  min: number | null;
  spread: number | null;
  /** The first leader's name, marked when the first place is shared. */
  leader: string | null;
  margin: number | null;
}

const num = (value: CellValue | undefined): number | null => (typeof value === 'number' ? value : null);
const str = (value: CellValue | undefined): string | null =>
  value === null || value === undefined || value === '' ? null : String(value);

/** The ClusterSummary table as the workbook computes it. */
export function workbookClusterFigures(data: WorkbookData): ClusterFigures[] {
  return records(data, 'ClusterSummary').map((row) => ({
    cluster: String(row['Mã cụm']),
    units: num(row['Số đơn vị']) ?? -1,
    scored: num(row['Đã chấm']) ?? -1,
    mean: num(row['Điểm TB']),
    median: num(row['Trung vị']),
    max: num(row['Cao nhất']),
    min: num(row['Thấp nhất']),
    spread: num(row['Chênh lệch']),
    leader: str(row['Dẫn đầu']),
    margin: num(row['Cách biệt']),
  }));
}

/** The same figures from the domain's `summarise`. */
export function domainClusterFigures(campaign: Campaign): ClusterFigures[] {
  const names = new Map(campaign.units.map((u) => [u.code, u.name]));
  return summarise(campaign).clusters.map((c) => {
    const first = c.leaders[0];
    const leader =
      first === undefined
        ? null
        : `${names.get(first) ?? first}${c.leaders.length > 1 ? ' (đồng hạng)' : ''}`;
    return {
      cluster: c.cluster,
      units: c.units,
      scored: c.scored,
      mean: c.mean,
      median: c.median,
      max: c.max,
      min: c.min,
      spread: c.spread,
      leader,
      margin: c.margin,
    };
  });
}

/** A listed unit (Ranking or Proposals), in the terms both sides share. */
export interface ListedUnit {
  cluster: string;
  unit: string;
  total: number | null;
  rank: number | null;
  tied: boolean;
  leading: boolean;
  proposal: string;
}

function listed(data: WorkbookData, table: string): ListedUnit[] {
  return records(data, table)
    .filter((row) => str(row['Mã đơn vị']) !== null)
    .map((row) => ({
      cluster: String(row['Mã cụm']),
      unit: String(row['Mã đơn vị']),
      total: num(row['Tổng điểm']),
      rank: num(row['Xếp hạng']),
      tied: marked(row['Đồng hạng'] ?? null),
      leading: marked(row['Dẫn đầu'] ?? null),
      proposal: str(row['Đề nghị']) ?? '',
    }));
}

const byClusterRankUnit = (a: ListedUnit, b: ListedUnit): number =>
  a.cluster.localeCompare(b.cluster) || (a.rank ?? 0) - (b.rank ?? 0) || a.unit.localeCompare(b.unit);

/** Ranking rows holding a unit, sorted by cluster, rank, unit. */
export function workbookRanking(data: WorkbookData): ListedUnit[] {
  return listed(data, 'Ranking').sort(byClusterRankUnit);
}

/** Ranked units of the domain, sorted like {@link workbookRanking}. */
export function domainRanking(campaign: Campaign): ListedUnit[] {
  return rankCampaign(campaign)
    .flatMap((c) => c.units.filter((u) => u.rank !== null))
    .map((u) => ({
      cluster: u.cluster,
      unit: u.unit,
      total: u.total,
      rank: u.rank,
      tied: u.tied,
      leading: u.leading,
      proposal: u.proposal,
    }))
    .sort(byClusterRankUnit);
}

/** Proposals rows holding a unit, sorted by cluster, rank, unit. */
export function workbookProposals(data: WorkbookData): ListedUnit[] {
  return listed(data, 'Proposals').sort(byClusterRankUnit);
}

/** The domain's proposal rows with a proposal, sorted like {@link workbookProposals}. */
export function domainProposals(campaign: Campaign): ListedUnit[] {
  return summarise(campaign)
    .proposals.filter((p) => p.proposal !== '')
    .map((p) => ({
      cluster: p.cluster,
      unit: p.unit,
      total: p.total,
      rank: p.rank,
      tied: p.tied,
      leading: p.leading,
      proposal: p.proposal,
    }))
    .sort(byClusterRankUnit);
}

/** Registrations per cluster and catalogue title, as `cluster|title → count`. */
export function workbookTitleCounts(data: WorkbookData): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const row of records(data, 'TitleSummary')) {
    counts[`${String(row['Mã cụm'])}|${String(row['Mã danh hiệu'])}`] = num(row['Số đăng ký']) ?? -1;
  }
  return counts;
}

/** The domain's cluster totals per catalogue title, keyed like {@link workbookTitleCounts}. */
export function domainTitleCounts(campaign: Campaign): Record<string, number> {
  const catalogue = new Set(campaign.titles.map((t) => t.code));
  const counts: Record<string, number> = {};
  for (const row of summarise(campaign).titles) {
    if (row.unit === null && catalogue.has(row.title)) counts[`${row.cluster}|${row.title}`] = row.count;
  }
  return counts;
}
