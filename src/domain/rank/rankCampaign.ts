import { tallyVotes, type VoteResult } from '../council/tallyVotes';
import type { Campaign, ScoreRow, Unit } from '../model';
import {
  ruleValue,
  scoreUnit,
  scoringContext,
  type ScoreProblem,
  type ScoreStatus,
  type UnitScore,
} from '../scoring';
import { clustersInOrder, unitsByCluster } from './_lib/catalogue';
import { compareCodes } from './_lib/compareCodes';
import { assignBands, type BandCandidate } from './bands';
import { awardFor, isLeading, meetsFlagBand, REASON_UNSCORED, type AwardProposal } from './proposal';
import { rankWithinCluster, type ClusterStanding } from './rankWithinCluster';
import { statusReason } from './statusReason';
import { tieBreakKeys } from './tieBreaks';

/** A unit as the ranking shows it: score, rank, flag and proposal. */
export interface RankedUnit {
  unit: string;
  name: string;
  cluster: string;
  /** Rounded total, or null when unscored. Shown for a held or excluded unit too, which gets no rank. */
  total: number | null;
  /** Ranked; or unscored, held by a score error (Chờ sửa lỗi), left out by a rule (Không xét). */
  status: ScoreStatus;
  /** Why a held or excluded unit has no rank, in words with its numbers; empty otherwise. */
  statusReason: string;
  /** The score errors that hold the unit. */
  problems: ScoreProblem[];
  /** Tie-break keys in chain order, "higher wins" (see `tieBreakKeys`); null when unscored. */
  keys: (number | null)[];
  /** Rank within the cluster (1, 2, 2, 4), or null when not ranked. */
  rank: number | null;
  /** Same total and keys as another unit of the cluster: the council must vote. */
  tied: boolean;
  /** Same total as another unit of the cluster: the tie-break chain was used. */
  tiedOnTotal: boolean;
  leading: boolean;
  /**
   * The council must vote: `flag` when units are tied for the flag (none is proposed for it until the
   * vote), `quota` when units are tied on a band's last place; null otherwise.
   */
  vote: 'flag' | 'quota' | null;
  /** Proposed award, by title name where it is a catalogue title; empty for none. */
  proposal: string;
  proposalCode: string | null;
  /** Code of the band the unit gets (after quotas), or null. */
  band: string | null;
  /** Vietnamese reason for the proposal. */
  reason: string;
}

/** The ranking of one cluster. */
export interface ClusterRanking {
  cluster: string;
  name: string;
  /** Ranked units by rank then code, unscored units last (by code). */
  units: RankedUnit[];
}

/**
 * Ranks every unit of the campaign within its cluster and proposes its award.
 *
 * The unit catalogue decides who takes part and in which cluster: a score row for a unit not in the
 * catalogue is ignored, a unit with no score row is listed unscored, and a unit's cluster is never
 * taken from its score row. When a unit has several score rows, the first one counts (validation
 * reports the duplicate). Clusters follow `campaign.clusters`; a cluster named by units but missing
 * from that list follows, under its code, so no unit drops out of the ranking.
 *
 * @param campaign - the whole campaign
 * @returns one ranking per cluster, in the order of `campaign.clusters`
 *
 * @example
 * ```ts
 * const small: Campaign = {
 *   ...campaign,
 *   clusters: [{ code: 'C1', name: 'Cụm 1', head: null, deputy: null }],
 *   units: [
 *     { code: 'U1', name: 'Văn phòng Sở', cluster: 'C1', headcount: 12 },
 *     { code: 'U2', name: 'Thanh tra Sở', cluster: 'C1', headcount: 8 },
 *     { code: 'U3', name: 'Phòng Bổ trợ tư pháp', cluster: 'C1', headcount: 6 },
 *   ],
 *   criteria: [{ code: 'I.1', group: 'I', text: 'Báo cáo', max: 100, kind: 'standard' }],
 *   scores: [
 *     { row: 1, unit: 'U1', values: { 'I.1': 88 }, inputs: {} },
 *     { row: 2, unit: 'U2', values: { 'I.1': 92.5 }, inputs: {} },
 *   ],
 *   tieBreaks: [],
 * };
 * rankCampaign(small)[0]?.units.map((u) => [u.unit, u.total, u.rank]);
 * //=> [['U2', 92.5, 1], ['U1', 88, 2], ['U3', null, null]]
 * ```
 */
export function rankCampaign(campaign: Campaign): ClusterRanking[] {
  const rowOf = firstScoreRows(campaign.scores);
  const catalogue = unitsByCluster(campaign);
  const context = scoringContext(campaign);
  const flags = campaign.awardRules.flagsPerCluster;
  const flagVotes = flagVotesByUnit(campaign);

  return clustersInOrder(campaign).map(({ code: cluster, name }) => {
    const members = (catalogue.get(cluster) ?? []).map((unit) => {
      const row = rowOf.get(unit.code) ?? null;
      const score = scoreUnit(context, row, cluster);
      const ranked = score.status === 'ranked';
      const compared =
        row === null || score.exclusion === null
          ? null
          : ruleValue(context, score.exclusion.criterion, row, score.points, score.total);
      return {
        unit,
        row,
        score,
        keys: row === null || !ranked ? campaign.tieBreaks.map(() => null) : tieBreakKeys(campaign, row),
        reason: statusReason(score, compared),
      };
    });
    const standings = rankWithinCluster(
      members.map((m) => ({
        unit: m.unit.code,
        total: m.score.status === 'ranked' ? m.score.total : null,
        keys: m.keys,
      })),
    );
    const standingOf = (code: string) =>
      standings.get(code) ?? { rank: null, tied: false, tiedOnTotal: false };
    const candidates = members.flatMap((m): BandCandidate[] => {
      const { rank } = standingOf(m.unit.code);
      return rank === null || m.row === null || m.score.total === null
        ? []
        : [{ unit: m.unit.code, rank, total: m.score.total, row: m.row }];
    });
    const bands = assignBands(campaign, candidates);
    // Flag candidates: within the flags by rank, at the flag's minimum score, in the flag's band.
    const flagRank = new Map<string, number>();
    for (const c of candidates) {
      const band = bands.get(c.unit)?.band ?? null;
      if (isLeading(campaign, c.total, c.rank) && meetsFlagBand(campaign, band?.code ?? null))
        flagRank.set(c.unit, c.rank);
    }

    const units = members.map(({ unit, score, keys, reason }): RankedUnit => {
      const standing = standingOf(unit.code);
      const entry = { unit, cluster, score, reason, keys, standing };
      if (standing.rank === null || score.total === null) {
        return rankedUnit(entry, unscored(reason), null);
      }
      const assigned = bands.get(unit.code) ?? { band: null, quotaLost: [], quotaVote: false };
      const myFlagRank = flagRank.get(unit.code);
      // More flag candidates at or above this rank than flags: a tie for the flag, which the council parts.
      const rivals = [...flagRank].filter(([, rank]) => myFlagRank !== undefined && rank <= myFlagRank);
      const tied = rivals.filter(([, rank]) => rank === myFlagRank).map(([code]) => code);
      const parted = rivals.length > flags ? partedByVote(tied, rivals.length - tied.length) : null;
      const flag =
        myFlagRank === undefined
          ? 'none'
          : rivals.length <= flags
            ? 'lead'
            : parted === null
              ? 'vote'
              : parted.has(unit.code)
                ? 'lead'
                : 'none';
      const myVote = parted === null ? undefined : flagVotes.get(unit.code);
      const tiedWith = tied
        .filter((code) => code !== unit.code)
        .map((code) => members.find((m) => m.unit.code === code)?.unit.name ?? code);
      const award = awardFor(campaign, {
        clusterName: name,
        total: score.total,
        rank: standing.rank,
        band: assigned.band,
        flag,
        quotaVote: assigned.quotaVote,
        tiedWith,
        ...(myVote === undefined
          ? {}
          : { flagVote: `Hội đồng bỏ phiếu: ${myVote.reason.replace(/\.$/, '')}` }),
      });
      const vote = flag === 'vote' ? 'flag' : assigned.quotaVote ? 'quota' : null;
      return rankedUnit(entry, award, vote);
    });
    return { cluster, name, units: units.sort(byRankThenCode) };
  });

  /**
   * The units of a tie for the flag the council's vote parts: every tied unit voted on (Đạt or Không
   * đạt), and no more of them passed than the flags left after the units ranked above them; null while
   * the vote has not parted the tie.
   */
  function partedByVote(tied: readonly string[], above: number): Set<string> | null {
    const outcomes = tied.map((code) => flagVotes.get(code)?.outcome);
    if (outcomes.some((o) => o !== 'pass' && o !== 'fail')) return null;
    const passed = tied.filter((code) => flagVotes.get(code)?.outcome === 'pass');
    return passed.length <= flags - above ? new Set(passed) : null;
  }
}

/** What the ranking knows of a unit before its proposal. */
interface RankedEntry {
  unit: Unit;
  cluster: string;
  score: UnitScore;
  reason: string;
  keys: (number | null)[];
  standing: ClusterStanding;
}

/** The proposal of a unit the ranking could not place: none, with why. */
function unscored(reason: string): AwardProposal {
  return { leading: false, proposal: '', proposalCode: null, band: null, reason: reason || REASON_UNSCORED };
}

/**
 * A ranked unit, built field by field: a thousand units built by spreading objects cost the ranking
 * a copy of each object's fields one by one, and objects of one shape keep the later steps fast.
 */
function rankedUnit(
  { unit, cluster, score, reason, keys, standing }: RankedEntry,
  award: AwardProposal,
  vote: RankedUnit['vote'],
): RankedUnit {
  return {
    unit: unit.code,
    name: unit.name,
    cluster,
    total: score.total,
    status: score.status,
    statusReason: reason,
    problems: score.problems,
    keys,
    rank: standing.rank,
    tied: standing.tied,
    tiedOnTotal: standing.tiedOnTotal,
    leading: award.leading,
    vote,
    proposal: award.proposal,
    proposalCode: award.proposalCode,
    band: award.band,
    reason: award.reason,
  };
}

/**
 * Each unit's vote for the flag title, as the sheet's `Bỏ phiếu Cờ` reads it: a row that passed if any,
 * else one that failed; other outcomes (no quorum, held, pending) decide nothing. Codes and titles
 * compare without case, as COUNTIFS does.
 */
function flagVotesByUnit(campaign: Campaign): Map<string, VoteResult> {
  const title = campaign.awardRules.flagTitle.trim().toLowerCase();
  const units = new Map(campaign.units.map((u) => [u.code.trim().toLowerCase(), u.code]));
  const byUnit = new Map<string, VoteResult>();
  for (const result of tallyVotes(campaign)) {
    if (result.title.trim().toLowerCase() !== title) continue;
    if (result.outcome !== 'pass' && result.outcome !== 'fail') continue;
    const unit = units.get(result.candidate.trim().toLowerCase());
    if (unit === undefined) continue;
    const known = byUnit.get(unit);
    if (known === undefined || (known.outcome === 'fail' && result.outcome === 'pass'))
      byUnit.set(unit, result);
  }
  return byUnit;
}

function firstScoreRows(rows: readonly ScoreRow[]): Map<string, ScoreRow> {
  const first = new Map<string, ScoreRow>();
  for (const row of rows) if (!first.has(row.unit)) first.set(row.unit, row);
  return first;
}

function byRankThenCode(a: RankedUnit, b: RankedUnit): number {
  if (a.rank !== b.rank) {
    if (a.rank === null) return 1;
    if (b.rank === null) return -1;
    return a.rank - b.rank;
  }
  return compareCodes(a.unit, b.unit);
}
