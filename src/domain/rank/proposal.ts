import type { Campaign, RankBand, ScoreRow } from '../model';
import { formatPoints } from './_lib/format';
import { bandCodes, bandReach } from './bands';

/** What a unit is proposed for, and why, in the council's words. */
export interface AwardProposal {
  /** Leads its cluster: proposed for the flag (Cờ thi đua). */
  leading: boolean;
  /** Title name when the proposal is a catalogue title, else the proposal text; empty for none. */
  proposal: string;
  /** Title code of the proposal when it is one of the catalogue, else null. */
  proposalCode: string | null;
  /** Code of the first band reached, whether or not the unit leads; null when none. */
  band: string | null;
  /** Vietnamese reason, e.g. "Dẫn đầu Cụm 1 với 95,5 điểm". */
  reason: string;
}

/** Where a unit stands: its total and rank (null when unscored) and the score row behind them. */
export interface ProposalInput {
  clusterName: string;
  total: number | null;
  rank: number | null;
  /** The unit's score row, read for band gates; null when it has none. */
  scoreRow: ScoreRow | null;
}

/** Reason given to a unit that has not been scored. */
export const REASON_UNSCORED = 'Chưa chấm điểm';
/** Reason given to a scored unit that reaches no band. */
export const REASON_NO_BAND = 'Chưa đạt hạng nào';

/**
 * Proposes an award for a unit (đề nghị khen thưởng), following `campaign.awardRules`.
 *
 * A leading unit (see {@link isLeading}) is proposed for `flagTitle`. Any other scored unit gets the
 * proposal of the first band it reaches (see {@link reachedBand}), or none. A proposal that is a title
 * code of the catalogue is shown by the title's name, so the council reads "Cờ thi đua…", not a code.
 *
 * @param campaign - the campaign: award rules, bands, titles
 * @param input - the unit's cluster name, total, rank and score row
 * @returns the proposal, its code, the band reached and the reason
 *
 * @example
 * ```ts
 * const rules: Campaign = {
 *   ...campaign,
 *   titles: [],
 *   awardRules: {
 *     flagsPerCluster: 1,
 *     flagTitle: 'Cờ thi đua của Thành phố',
 *     flagMinScore: 90,
 *     bands: [{ code: 'A', name: 'Hạng A', minScore: 80, gates: [], proposal: 'Bằng khen' }],
 *   },
 * };
 * const row: ScoreRow = { row: 1, unit: 'U1', values: {}, inputs: {} };
 * proposeAward(rules, { clusterName: 'Cụm 1', total: 95.5, rank: 1, scoreRow: row }).reason;
 * //=> 'Dẫn đầu Cụm 1 với 95,5 điểm'
 * proposeAward(rules, { clusterName: 'Cụm 1', total: 85, rank: 2, scoreRow: row });
 * //=> { leading: false, proposal: 'Bằng khen', proposalCode: null, band: 'A', reason: 'Đạt Hạng A với 85 điểm' }
 * ```
 */
export function proposeAward(campaign: Campaign, input: ProposalInput): AwardProposal {
  const { total, rank, scoreRow, clusterName } = input;
  if (total === null || rank === null) {
    return { leading: false, proposal: '', proposalCode: null, band: null, reason: REASON_UNSCORED };
  }
  const band = scoreRow === null ? null : reachedBand(campaign, total, scoreRow);
  const flag =
    isLeading(campaign, total, rank) && meetsFlagBand(campaign, band?.code ?? null) ? 'lead' : 'none';
  return awardFor(campaign, { clusterName, total, rank, band, flag, quotaVote: false, tiedWith: [] });
}

/** What the ranking decided for a unit, for the wording of its proposal. */
export interface AwardDecision {
  clusterName: string;
  total: number;
  /** The unit's rank in its cluster. */
  rank: number;
  /** The band the unit gets (after quotas), or null. */
  band: RankBand | null;
  /** Leads its cluster, is tied for the flag (the council votes), or neither. */
  flag: 'lead' | 'vote' | 'none';
  /** Tied on a band's quota: the council votes who keeps the band. */
  quotaVote: boolean;
  /** Names of the units tied with it, for the reason. */
  tiedWith: string[];
  /**
   * The council's vote that parted a tie for the flag, in words (`Hội đồng bỏ phiếu Cờ thi đua: Đạt, …`);
   * absent when no vote parted one.
   */
  flagVote?: string;
}

/**
 * The proposal of a unit as the ranking decided it: the flag title for a leading unit; else the proposal
 * of its band; each with its reason in words, the council's vote named where one is needed.
 * @param campaign - the campaign: its titles and award rules
 * @param decision - what the ranking decided
 * @returns the proposal
 * @example
 * ```ts
 * const withFlag = { ...campaign, awardRules: { ...campaign.awardRules, flagTitle: 'Cờ thi đua' } };
 * awardFor(withFlag, { clusterName: 'Cụm 1', total: 90, rank: 1, band: null, flag: 'vote', quotaVote: false, tiedWith: ['Thanh tra Sở'] }).reason;
 * //=> 'Đồng hạng nhất với Thanh tra Sở (90 điểm): Hội đồng bỏ phiếu chọn đơn vị đề nghị Cờ thi đua'
 * ```
 */
export function awardFor(campaign: Campaign, decision: AwardDecision): AwardProposal {
  const { clusterName, total, rank, band, flag, quotaVote, tiedWith, flagVote } = decision;
  const points = formatPoints(total);
  const tied = `hạng ${rank === 1 ? 'nhất' : rank} với ${tiedWith.join(', ')} (${points} điểm)`;
  const tie = `Đồng ${tied}`;
  if (flag === 'lead') {
    return {
      leading: true,
      ...awardNamed(campaign, campaign.awardRules.flagTitle),
      band: band?.code ?? null,
      reason:
        flagVote === undefined
          ? `Dẫn đầu ${clusterName} với ${points} điểm`
          : `Dẫn đầu ${clusterName} với ${points} điểm; đồng ${tied}: ${flagVote}`,
    };
  }
  const vote =
    flag === 'vote'
      ? `${tie}: Hội đồng bỏ phiếu chọn đơn vị đề nghị ${awardNamed(campaign, campaign.awardRules.flagTitle).proposal}`
      : flagVote === undefined
        ? ''
        : `${tie}: ${flagVote}`;
  if (band === null) {
    return { leading: false, proposal: '', proposalCode: null, band: null, reason: vote || REASON_NO_BAND };
  }
  const name = band.name.trim() || band.code;
  const reached = `Đạt ${name} với ${points} điểm`;
  const quota = quotaVote
    ? `; đồng hạng ở chỗ cuối của ${name} (tối đa ${band.quota ?? 0} đơn vị): Hội đồng bỏ phiếu`
    : '';
  return {
    leading: false,
    ...awardNamed(campaign, band.proposal),
    band: band.code,
    reason: vote === '' ? reached + quota : `${vote}; ${reached}${quota}`,
  };
}

/**
 * Whether a band meets the flag's band condition: any band when the campaign names none; else the named
 * band or one tried before it (a better one).
 * @param campaign - the campaign: its award rules
 * @param band - the unit's band code, or null
 * @returns true when the band allows the flag
 * @example
 * ```ts
 * meetsFlagBand(campaign, null); //=> true
 * ```
 */
export function meetsFlagBand(campaign: Campaign, band: string | null): boolean {
  const required = campaign.awardRules.flagBand?.trim() ?? '';
  if (required === '') return true;
  if (band === null) return false;
  const codes = bandCodes(campaign);
  const at = codes.indexOf(band);
  const limit = codes.indexOf(required);
  return at >= 0 && limit >= 0 && at <= limit;
}

/**
 * Whether a scored unit leads its cluster: ranked within `flagsPerCluster` and, when the campaign
 * sets one, at or above `flagMinScore`. Units tied on the last flag's rank all lead; the council
 * parts them (they are reported `tied`).
 *
 * @param campaign - the campaign: its award rules
 * @param total - the unit's rounded total
 * @param rank - the unit's rank within its cluster
 * @returns true when the unit is proposed for the flag
 *
 * @example
 * ```ts
 * const oneFlag = { ...campaign, awardRules: { ...campaign.awardRules, flagsPerCluster: 1, flagMinScore: 90 } };
 * isLeading(oneFlag, 95, 1); //=> true
 * isLeading(oneFlag, 85, 1); //=> false
 * isLeading(oneFlag, 95, 2); //=> false
 * ```
 */
export function isLeading(campaign: Campaign, total: number, rank: number): boolean {
  const { flagsPerCluster, flagMinScore } = campaign.awardRules;
  return rank <= flagsPerCluster && (flagMinScore === null || total >= flagMinScore);
}

/**
 * The first band (in the order of `awardRules.bands`) whose minimum the total reaches and whose gates
 * pass (see {@link bandReach}; quotas are applied over a cluster by `assignBands`); a gate on a blank
 * cell reads it as 0.
 *
 * @param campaign - the campaign: its bands
 * @param total - the unit's rounded total
 * @param scoreRow - the unit's score row, for the gates
 * @returns the band reached, or null
 *
 * @example
 * ```ts
 * const banded: Campaign = {
 *   ...campaign,
 *   awardRules: {
 *     ...campaign.awardRules,
 *     bands: [
 *       { code: 'A', name: 'Hạng A', minScore: 180, gates: [{ criterion: 'II.1', min: 20 }], proposal: 'Bằng khen' },
 *       { code: 'B', name: 'Hạng B', minScore: 160, gates: [], proposal: 'Giấy khen' },
 *     ],
 *   },
 * };
 * reachedBand(banded, 185, { row: 1, unit: 'U1', values: { 'II.1': 15 }, inputs: {} })?.code; //=> 'B'
 * ```
 */
export function reachedBand(campaign: Campaign, total: number, scoreRow: ScoreRow): RankBand | null {
  for (const code of bandCodes(campaign)) {
    if (bandReach(campaign, code, total, scoreRow).reached) {
      return campaign.awardRules.bands.find((band) => band.code === code) ?? null;
    }
  }
  return null;
}

/** A proposal as the council reads it: a catalogue title by its name, anything else as typed. */
function awardNamed(campaign: Campaign, proposal: string): { proposal: string; proposalCode: string | null } {
  const code = proposal.trim();
  const title = campaign.titles.find((t) => t.code === code);
  if (title !== undefined) return { proposal: title.name, proposalCode: title.code };
  return { proposal: code, proposalCode: null };
}
