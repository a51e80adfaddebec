import { VOTE_RESULT_LABELS } from '../contract';
import { tallyVotes, type VoteResult } from '../council';
import type { Campaign } from '../model';
import { rankCampaign, roundLikeExcel } from '../rank';

/** What the award list says of a candidate the council has not voted on yet. */
export const NOT_VOTED = 'Chưa biểu quyết';
/** What it says while the candidate's vote rows give no result (no count, no rule, a count to fix). */
export const NO_VOTE_RESULT = 'Chưa có kết quả';

/** One row of the award list (danh sách đề nghị khen thưởng): a proposed unit and its vote. */
export interface AwardListRow {
  /** The award proposed, as the council reads it (the title's name). */
  award: string;
  /** The title code the council votes on: the flag title for a leading unit, else the band's proposal. */
  title: string;
  unit: string;
  name: string;
  total: number;
  rank: number;
  /** `Đạt`, `Không đạt`, `Không đủ túc số`, `Chưa biểu quyết` or `Chưa có kết quả`. */
  vote: string;
  /** The share of votes for, in percent (the mean over the candidate's vote rows that have one). */
  share: number | null;
}

/** Case-insensitive, as the workbook's COUNTIFS compares. */
const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The award as the council reads it: the catalogue title's name for a title code, else as typed. */
function awardName(campaign: Campaign, proposal: string): string {
  const title = campaign.titles.find((t) => same(t.code, proposal));
  return title?.name ?? proposal;
}

/** What the candidate's vote rows decide, in the order the sheet asks: any pass, any fail, any quorum. */
function voteOf(results: readonly VoteResult[]): { vote: string; share: number | null } {
  if (results.length === 0) return { vote: NOT_VOTED, share: null };
  const has = (outcome: VoteResult['outcome']): boolean => results.some((r) => r.outcome === outcome);
  const vote = has('pass')
    ? VOTE_RESULT_LABELS.pass
    : has('fail')
      ? VOTE_RESULT_LABELS.fail
      : has('noQuorum')
        ? VOTE_RESULT_LABELS.noQuorum
        : NO_VOTE_RESULT;
  const shares = results.flatMap((r) => (r.share === null ? [] : [r.share]));
  const share =
    shares.length === 0 ? null : roundLikeExcel(shares.reduce((a, b) => a + b, 0) / shares.length, 2);
  return { vote, share };
}

/**
 * The award list the council signs (danh sách đề nghị khen thưởng): every unit the ranking proposes for
 * an award, by award — the flag first, then the bands' proposals in the order of the Bands table, a
 * proposal the table does not name last — and within an award in catalogue order; beside each, the
 * council's vote on that unit and title where the Votes table has one.
 * @param campaign - the campaign, its ranking and its votes
 * @returns the rows in the order the sheet lists them
 * @example
 * awardList(campaign).map((r) => [r.award, r.unit, r.vote])
 * //=> [['Cờ thi đua', 'U1', 'Đạt'], ['Bằng khen', 'U3', 'Chưa biểu quyết']]
 */
export function awardList(campaign: Campaign): AwardListRow[] {
  const bands = campaign.awardRules.bands;
  const bandAwards = bands.map((band) => awardName(campaign, band.proposal.trim()));
  const catalogue = new Map<string, number>();
  campaign.units.forEach((u, i) => {
    const key = u.code.trim().toLowerCase();
    if (!catalogue.has(key)) catalogue.set(key, i + 1);
  });
  const votes = tallyVotes(campaign);
  const rows: (AwardListRow & { order: number })[] = [];
  for (const cluster of rankCampaign(campaign)) {
    for (const u of cluster.units) {
      const index = catalogue.get(u.unit.trim().toLowerCase());
      if (u.proposal === '' || u.rank === null || u.total === null || index === undefined) continue;
      const at = bandAwards.findIndex((award) => same(award, u.proposal));
      const group = u.leading ? 0 : at < 0 ? 9999 : at + 1;
      const band = bands.find((b) => b.code === u.band);
      const title = u.leading ? campaign.awardRules.flagTitle : (band?.proposal.trim() ?? '');
      const own = votes.filter((v) => same(v.candidate, u.unit) && same(v.title, title));
      rows.push({
        order: group * 100000 + index,
        award: u.proposal,
        title,
        unit: u.unit,
        name: u.name,
        total: u.total,
        rank: u.rank,
        ...voteOf(own),
      });
    }
  }
  return rows.sort((a, b) => a.order - b.order).map(({ order: _order, ...row }) => row);
}
