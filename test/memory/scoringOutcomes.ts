// What the scoring properties compare: the outcome of every unit and the points of every computed
// criterion, read from the evaluated Scores table and from the domain.
import { measureHeader, SCORE_HEADERS, TABLES } from '../../src/domain/contract';
import type { Campaign } from '../../src/domain/model';
import { rankCampaign } from '../../src/domain/rank';
import { criterionPoints, isMeasured, scoringContext } from '../../src/domain/scoring';
import { a1, type CellValue, type WorkbookData } from '../../src/domain/workbook';
import { FLAG_VOTE_TEXT, HELD_TEXT } from '../../src/layout/formulas';
import { councilPointsHeader } from '../../src/layout/headers';
import { createMemoryHost, type MemoryHost } from '../../src/memory/memoryHost';
import { setUpCampaign } from '../../src/workflow';
import { records } from './evaluationHelpers';
import type { ScoringCase } from './scoringArbitrary';

export interface Outcome {
  total: number | null;
  status: string;
  rank: number | null;
  tied: boolean;
  band: string | null;
  leading: boolean;
  vote: string | null;
  proposal: string;
}

/**
 * Sets the campaign up in a memory host and types the case's text cells into the Scores table; a clean
 * case must set up without an error.
 */
export async function workbookOf(
  { campaign, texts }: ScoringCase,
  clean = true,
): Promise<{ host: MemoryHost; data: WorkbookData }> {
  const host = createMemoryHost();
  const setUp = await setUpCampaign(host, campaign);
  // A case with rows meant to be wrong (a member's score above the maximum) is set up all the same.
  if (clean) expect(setUp.issues.filter((i) => i.severity === 'error')).toEqual([]);
  const scores = host.exportWorkbookData().tables[TABLES.scores];
  if (scores === undefined) throw new Error('no Scores table');
  const unitColumn = scores.headers.indexOf(SCORE_HEADERS.unit);
  const byCode = new Map(campaign.criteria.map((c) => [c.code, c]));
  // Text, a number with a decimal comma and a number with spaces: none is a number to the sheet's sums.
  const typedAsText = ['abc', '7,5', ' 3 '];
  for (const [i, { unit, criterion }] of texts.entries()) {
    const found = byCode.get(criterion);
    if (found === undefined) continue;
    const header = isMeasured(found) ? measureHeader(found.code, found.measureUnit) : found.code;
    const col = scores.headers.indexOf(header);
    const row = scores.rows.findIndex((r) => r[unitColumn] === unit);
    if (col < 0 || row < 0) continue;
    host.setCellValue(
      scores.sheet,
      a1({ row: scores.origin.row + 1 + row, col: scores.origin.col + col }),
      typedAsText[i % typedAsText.length] ?? 'abc',
    );
  }
  return { host, data: host.exportWorkbookData() };
}

const num = (v: CellValue | undefined): number | null => (typeof v === 'number' ? v : null);
const str = (v: CellValue | undefined): string => (v === null || v === undefined ? '' : String(v));

function statusKind(text: string, total: number | null): string {
  if (text === HELD_TEXT) return 'held';
  if (text.startsWith('Không xét')) return 'excluded';
  return total === null ? 'unscored' : 'ranked';
}

function voteKind(text: string): string | null {
  if (text === FLAG_VOTE_TEXT) return 'flag';
  return text === '' ? null : 'quota';
}

export function workbookOutcomes(data: WorkbookData): Map<string, Outcome> {
  const outcomes = new Map<string, Outcome>();
  for (const row of records(data, TABLES.scores)) {
    const total = num(row[SCORE_HEADERS.total]);
    outcomes.set(str(row[SCORE_HEADERS.unit]), {
      total,
      status: statusKind(str(row[SCORE_HEADERS.status]), total),
      rank: num(row[SCORE_HEADERS.rank]),
      tied: row[SCORE_HEADERS.tied] === 'x',
      band: str(row[SCORE_HEADERS.band]) || null,
      leading: row[SCORE_HEADERS.leading] === 'x',
      vote: voteKind(str(row[SCORE_HEADERS.vote])),
      proposal: str(row[SCORE_HEADERS.proposal]),
    });
  }
  return outcomes;
}

export function domainOutcomes(campaign: Campaign): Map<string, Outcome> {
  const outcomes = new Map<string, Outcome>();
  for (const cluster of rankCampaign(campaign)) {
    for (const u of cluster.units) {
      outcomes.set(u.unit, {
        total: u.total,
        // A scored unit the ranking leaves unranked for no reason of its own cannot happen; say it if it does.
        status: u.status,
        rank: u.rank,
        tied: u.tied,
        band: u.band,
        leading: u.leading,
        vote: u.vote,
        proposal: u.proposal,
      });
    }
  }
  return outcomes;
}

const shown = (x: number | null): number | null => (x === null ? null : Number(x.toPrecision(15)));

/**
 * Points of every criterion the sheet computes, as the sheet computes them and as the domain does: a
 * heading's sum, and each criterion without parts as it counts (`Điểm tính`: the council's combined score
 * where members scored the unit, else the typed or measured points).
 */
export function pointsBothWays(
  campaign: Campaign,
  data: WorkbookData,
): { sheet: unknown[]; domain: unknown[] } {
  const context = scoringContext(campaign);
  const rows = new Map(records(data, TABLES.scores).map((r) => [str(r[SCORE_HEADERS.unit]), r]));
  const sheet: unknown[] = [];
  const domain: unknown[] = [];
  for (const row of campaign.scores) {
    const cells = rows.get(row.unit);
    const points = criterionPoints(context, row);
    for (const c of context.tree.order) {
      const header = context.tree.parts.has(c.code) ? c.code : councilPointsHeader(c.code);
      // Engines differ in the last bit of a sum (0.42 + 0.25); the sheet shows 15 digits, as compared here.
      sheet.push([row.unit, c.code, shown(num(cells?.[header]))]);
      domain.push([row.unit, c.code, shown(points.get(c.code) ?? null)]);
    }
  }
  return { sheet, domain };
}
