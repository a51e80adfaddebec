/**
 * Why a unit stands where it does, in the council's words and with its numbers: its points by group of
 * the criteria tree, its self-score beside the reviewed one, the units just above and below and what
 * parted them, each band and flag condition passed or failed, and why it gets its proposal or none.
 * Everything is read from the ranking (`rankCampaign`) and the scoring, never computed a second way.
 */
import { REVIEW_METHOD_LABELS } from '../contract';
import { combineReviews } from '../council/combineReviews';
import type { Campaign, Criterion, ScoreRow, TieBreak } from '../model';
import {
  bandCodes,
  bandReach,
  rankCampaign,
  roundLikeExcel,
  unitTotal,
  type ClusterRanking,
  type RankedUnit,
} from '../rank';
import { formatPoints } from '../rank/_lib/format';
import { criterionPoints, scoringContext } from '../scoring';
import { registrationContext } from '../validate/registrations/context';
import { clusterLeaders, leaderShare, leadership, leads } from '../validate/registrations/leadership';

/** The points of one group of the criteria tree. */
export interface GroupPoints {
  /** Group code (`I`, `II`). */
  group: string;
  /** The group's heading where the catalogue gives one, else its code. */
  name: string;
  /** Standard and bonus points minus deductions; null when nothing of the group was typed. */
  points: number | null;
  /** The most the group's standard criteria give. */
  max: number;
}

/** The unit's self-score (Tự chấm) beside its reviewed score. */
export interface SelfScoreGap {
  selfTotal: number;
  reviewedTotal: number;
  /** Self minus reviewed, rounded to the campaign's precision: positive when the unit scored itself higher. */
  gap: number;
  /** The gap above which the council needs the reason for the change (`settings.selfReviewGap`). */
  threshold: number;
  overThreshold: boolean;
}

/** What parted a unit from a neighbour of equal total: the first tie-break link whose values differ. */
export interface DecidingLink {
  /** Position of the link in the chain, 1-based. */
  position: number;
  link: TieBreak;
  /** The unit's value of the link, as the sheet shows it (not negated for a "lower wins" link). */
  own: number | null;
  /** The neighbour's value of the link. */
  other: number | null;
}

/** A unit just above or just below in the cluster's ranking. */
export interface Neighbour {
  unit: string;
  name: string;
  rank: number;
  total: number;
  /** |own total − neighbour's total|, rounded to the campaign's precision. */
  gap: number;
  /** The tie-break link that parted the two when their totals are equal; null when the totals differ. */
  decidedBy: DecidingLink | null;
  /** Same total and same keys: only the council's vote parts them. */
  tied: boolean;
}

/** One condition of a band or of the flag, passed or failed, with its numbers. */
export interface ExplainedCondition {
  /** What the condition belongs to: a band's name, or the flag title. */
  subject: string;
  passed: boolean;
  /** The condition in words with its numbers, e.g. `Tổng điểm 85 ≥ 80`. */
  text: string;
}

/** Where council members scored the unit: which criteria count their combined score, and from whom. */
export interface CouncilScoring {
  /** Criteria whose points are the council's combined score, in catalogue order. */
  criteria: string[];
  /** Members whose scores count for the unit, in the order of the Reviews table. */
  members: string[];
  /** Members who declared a conflict of interest for the unit: their scores never count. */
  recused: string[];
  /** How the scores were combined (Trung bình, Trung vị, …). */
  method: string;
}

/** Why a unit stands where it does. */
export interface UnitExplanation {
  unit: string;
  name: string;
  cluster: string;
  clusterName: string;
  status: RankedUnit['status'];
  total: number | null;
  rank: number | null;
  tied: boolean;
  /** Names of the units with the same total and keys: the council's vote parts them. */
  tiedWith: string[];
  groups: GroupPoints[];
  /** The council's part in the unit's points; null where no member's combined score counts. */
  council: CouncilScoring | null;
  self: SelfScoreGap | null;
  above: Neighbour | null;
  below: Neighbour | null;
  conditions: ExplainedCondition[];
  proposal: string;
  /** Why the proposal, or none; for a held or excluded unit, why it has no rank. */
  reason: string;
  /** The whole explanation as sentences, in reading order. */
  sentences: string[];
}

/**
 * Explains one unit's result.
 * @param campaign - the campaign
 * @param unit - the unit's code
 * @param rankings - the campaign's rankings when the caller has them (they are computed otherwise)
 * @returns the explanation, or null when the unit is not in the catalogue
 * @example
 * ```ts
 * explainUnit(campaign, 'U1')?.above?.name; //=> 'Đơn vị U2'
 * explainUnit(campaign, 'U1')?.above?.gap; //=> 10
 * explainUnit(campaign, 'U1')?.sentences[0]; //=> 'Đơn vị U1: 80 điểm, hạng 2 trong Cụm 1.'
 * explainUnit(campaign, 'X'); //=> null
 * ```
 */
export function explainUnit(
  campaign: Campaign,
  unit: string,
  rankings: readonly ClusterRanking[] = rankCampaign(campaign),
): UnitExplanation | null {
  const ranking = rankings.find((r) => r.units.some((u) => u.unit === unit));
  const ranked = ranking?.units.find((u) => u.unit === unit);
  if (ranking === undefined || ranked === undefined) return null;
  const row = firstRow(campaign.scores, unit);
  const groups = row === null ? [] : groupPoints(campaign, row);
  const self = selfGap(campaign, unit, row);
  const { above, below } = neighbours(campaign, ranking, ranked);
  const conditions =
    row === null || ranked.rank === null || ranked.total === null
      ? []
      : [
          ...bandConditions(campaign, ranked.total, row),
          ...flagConditions(campaign, ranked),
          ...leaderConditions(campaign, rankings, ranked),
        ];
  const reason = ranked.statusReason || ranked.reason;
  const explanation: Omit<UnitExplanation, 'sentences'> = {
    unit: ranked.unit,
    name: ranked.name,
    cluster: ranking.cluster,
    clusterName: ranking.name,
    status: ranked.status,
    total: ranked.total,
    rank: ranked.rank,
    tied: ranked.tied,
    tiedWith: ranking.units
      .filter((u) => u.tied && u.unit !== ranked.unit && ranked.tied && u.rank === ranked.rank)
      .map((u) => u.name),
    groups,
    council: row === null ? null : councilScoring(campaign, row),
    self,
    above,
    below,
    conditions,
    proposal: ranked.proposal,
    reason,
  };
  return { ...explanation, sentences: sentencesOf(campaign, explanation) };
}

function firstRow(rows: readonly ScoreRow[], unit: string): ScoreRow | null {
  return rows.find((row) => row.unit === unit) ?? null;
}

/** The points of each group, summed over the top of the tree as the total sums them. */
function groupPoints(campaign: Campaign, row: ScoreRow): GroupPoints[] {
  const context = scoringContext(campaign);
  const points = criterionPoints(context, row);
  const groups = new Map<string, GroupPoints>();
  for (const root of context.tree.roots) {
    const group = groups.get(root.group) ?? {
      group: root.group,
      name: root.groupName?.trim() || root.group,
      points: null,
      max: 0,
    };
    const value = points.get(root.code) ?? null;
    if (root.kind === 'standard') group.max += root.max;
    if (value !== null) group.points = (group.points ?? 0) + signed(root, value);
    groups.set(root.group, group);
  }
  return [...groups.values()].map((g) => ({
    ...g,
    points: g.points === null ? null : roundLikeExcel(g.points, campaign.settings.precision),
    max: roundLikeExcel(g.max, campaign.settings.precision),
  }));
}

const fold = (text: string): string => text.trim().toLowerCase();

/** The criteria the council's combined score stands for, the members counted and those recused. */
function councilScoring(campaign: Campaign, row: ScoreRow): CouncilScoring | null {
  const context = scoringContext(campaign);
  const points = context.council.get(row)?.points;
  if (points === undefined || points.size === 0) return null;
  const unit = fold(row.unit);
  const reviews = campaign.reviews ?? [];
  const members: string[] = [];
  const seen = new Set<string>();
  combineReviews(campaign).rows.forEach((judged, i) => {
    const review = reviews[i];
    if (review === undefined || judged.status !== 'counted' || fold(review.unit) !== unit) return;
    if (seen.has(fold(review.member))) return;
    seen.add(fold(review.member));
    members.push(review.member.trim());
  });
  const recused = [
    ...new Set((campaign.recusals ?? []).filter((r) => fold(r.unit) === unit).map((r) => r.member.trim())),
  ];
  return {
    criteria: context.tree.leaves.filter((leaf) => points.has(leaf.code)).map((leaf) => leaf.code),
    members,
    recused,
    method: REVIEW_METHOD_LABELS[campaign.settings.reviewMethod ?? 'mean'],
  };
}

function signed(criterion: Criterion, value: number): number {
  return criterion.kind === 'deduction' ? 0 - value : value;
}

function selfGap(campaign: Campaign, unit: string, row: ScoreRow | null): SelfScoreGap | null {
  const selfRow = firstRow(campaign.selfScores, unit);
  if (row === null || selfRow === null) return null;
  const reviewedTotal = unitTotal(campaign, row);
  const selfTotal = unitTotal(campaign, selfRow);
  if (reviewedTotal === null || selfTotal === null) return null;
  const gap = roundLikeExcel(selfTotal - reviewedTotal, campaign.settings.precision);
  const threshold = campaign.settings.selfReviewGap;
  return { selfTotal, reviewedTotal, gap, threshold, overThreshold: Math.abs(gap) > threshold };
}

/**
 * The ranked units just above and below: the nearest better rank and the nearest worse one. Units tied
 * with it (same rank) are its neighbours on both sides only through `tied`; the council parts them.
 */
function neighbours(
  campaign: Campaign,
  ranking: ClusterRanking,
  unit: RankedUnit,
): { above: Neighbour | null; below: Neighbour | null } {
  if (unit.rank === null || unit.total === null) return { above: null, below: null };
  const rank = unit.rank;
  const ranked = ranking.units.filter((u) => u.rank !== null && u.total !== null && u.unit !== unit.unit);
  const betterRanks = ranked.filter((u) => (u.rank ?? 0) < rank);
  const worseRanks = ranked.filter((u) => (u.rank ?? 0) > rank);
  const nearestAbove = betterRanks.at(-1) ?? null;
  const nearestBelow = worseRanks[0] ?? null;
  return {
    above:
      nearestAbove === null ? tiedNeighbour(campaign, ranked, unit) : neighbour(campaign, unit, nearestAbove),
    below: nearestBelow === null ? null : neighbour(campaign, unit, nearestBelow),
  };
}

/** A unit at the top shares it with the units tied with it: the nearest of those is "above" for the vote. */
function tiedNeighbour(
  campaign: Campaign,
  others: readonly RankedUnit[],
  unit: RankedUnit,
): Neighbour | null {
  const tiedWith = others.find((u) => u.rank === unit.rank);
  return tiedWith === undefined ? null : neighbour(campaign, unit, tiedWith);
}

function neighbour(campaign: Campaign, unit: RankedUnit, other: RankedUnit): Neighbour {
  const own = unit.total ?? 0;
  const theirs = other.total ?? 0;
  const tied = other.rank === unit.rank;
  return {
    unit: other.unit,
    name: other.name,
    rank: other.rank ?? 0,
    total: theirs,
    gap: roundLikeExcel(Math.abs(own - theirs), campaign.settings.precision),
    decidedBy: own === theirs && !tied ? decidingLink(campaign, unit.keys, other.keys) : null,
    tied,
  };
}

/** The first link whose keys differ; keys read "higher wins", so a "lower wins" link is negated back. */
function decidingLink(
  campaign: Campaign,
  own: readonly (number | null)[],
  other: readonly (number | null)[],
): DecidingLink | null {
  for (const [index, link] of campaign.tieBreaks.entries()) {
    const a = own[index] ?? null;
    const b = other[index] ?? null;
    if (a === b) continue;
    const shown = (key: number | null) => (key === null || link.direction === 'desc' ? key : 0 - key);
    return { position: index + 1, link, own: shown(a), other: shown(b) };
  }
  return null;
}

/**
 * The conditions of a title the unit registered for that asks for a cluster's leader (Cờ thi đua của
 * Chính phủ): whether this ranking makes it its cluster's leader, and the share of all the leaders
 * registering it where the title sets one. A met condition is said with the numbers that meet it.
 */
function leaderConditions(
  campaign: Campaign,
  rankings: readonly ClusterRanking[],
  unit: RankedUnit,
): ExplainedCondition[] {
  // The registration context reads every registration: built only for a unit that registered a title
  // asking for a cluster's leader, as the pane explains a unit each time one is selected.
  const leaderTitles = new Set(
    campaign.titles.filter((t) => t.prerequisites.some((p) => p.kind === 'clusterLeader')).map((t) => t.code),
  );
  if (!campaign.registrations.some((r) => r.unit === unit.unit && leaderTitles.has(r.title))) return [];
  const context = registrationContext(campaign);
  const asked = campaign.registrations.flatMap((registration) => {
    if (registration.unit !== unit.unit || registration.subject !== 'collective') return [];
    if (!context.counts(registration)) return [];
    const title = context.titles.get(registration.title);
    return (title?.prerequisites ?? []).flatMap((p) =>
      p.kind === 'clusterLeader' && context.titles.has(p.title) ? [{ title: registration.title, p }] : [],
    );
  });
  if (asked.length === 0) return [];
  const leading = leadership(context, rankings);
  const clusterName = leading.clusters.get(unit.cluster) ?? unit.cluster;
  const name = (code: string) => context.titles.get(code)?.name.trim() || code;
  return asked.flatMap(({ title, p }): ExplainedCondition[] => {
    const subject = name(title);
    if (unit.vote === 'flag') {
      return [
        {
          subject,
          passed: false,
          text: `Đồng hạng dẫn đầu ${clusterName}: chờ Hội đồng bỏ phiếu ${name(p.title)}`,
        },
      ];
    }
    if (!leads(unit, p.title, context)) {
      const leaders = clusterLeaders(leading, unit.cluster, p.title, context);
      const who =
        leaders.length === 0
          ? 'chưa có đơn vị nào được đề nghị'
          : leaders.map((u) => `${u.name} (${formatPoints(u.total ?? 0)} điểm)`).join(', ');
      return [
        {
          subject,
          passed: false,
          text: `Không dẫn đầu ${clusterName} (hạng ${unit.rank ?? ''}); được đề nghị ${name(p.title)}: ${who}`,
        },
      ];
    }
    const conditions: ExplainedCondition[] = [
      {
        subject,
        passed: true,
        text: `Dẫn đầu ${clusterName}: hạng ${unit.rank ?? ''}, ${formatPoints(unit.total ?? 0)} điểm, được đề nghị ${unit.proposal}`,
      },
    ];
    const share = leaderShare(leading, title, p, context);
    if (share !== null) {
      const passed = share.count <= share.allowed;
      conditions.push({
        subject,
        passed,
        text: `${share.count}/${share.leaders} đơn vị dẫn đầu các cụm đăng ký, ${passed ? 'không quá' : 'vượt'} ${formatPoints(share.percent)}% (tối đa ${share.allowed} đơn vị)`,
      });
    }
    return conditions;
  });
}

/** Every band's conditions for the unit, row by row of each band, with the numbers compared. */
function bandConditions(campaign: Campaign, total: number, row: ScoreRow): ExplainedCondition[] {
  const conditions: ExplainedCondition[] = [];
  for (const code of bandCodes(campaign)) {
    const reach = bandReach(campaign, code, total, row);
    for (const [index, result] of reach.rows.entries()) {
      const name = result.band.name.trim() || result.band.code;
      // Rows sharing a code are alternatives: the council reads which set of conditions each line is.
      const subject = reach.rows.length > 1 ? `${name} (cách ${index + 1})` : name;
      const minScore = reach.rows[0]?.band.minScore ?? result.band.minScore;
      conditions.push({
        subject,
        passed: result.scoreReached,
        text: `Tổng điểm ${formatPoints(total)} ${result.scoreReached ? '≥' : '<'} ${formatPoints(minScore)}`,
      });
      for (const gate of result.gates) {
        const tolerance = result.band.tolerance ?? 0;
        const passed = gate.met || (tolerance > 0 && gate.withinTolerance);
        const within = !gate.met && gate.withinTolerance && tolerance > 0;
        conditions.push({
          subject,
          passed,
          text:
            `${gate.gate.criterion} = ${formatPoints(gate.value)} ${gate.met ? '≥' : '<'} ${formatPoints(gate.gate.min)}` +
            (within ? ` (trong mức thiếu ${formatPoints(tolerance)}%: ≥ ${formatPoints(gate.floor)})` : ''),
        });
      }
      if (result.gates.length > 0 && result.need < result.gates.length) {
        conditions.push({
          subject,
          passed: result.met >= result.need,
          text: `Đạt đủ ${result.met}/${result.gates.length} chỉ tiêu, cần ${result.need}`,
        });
      }
    }
  }
  return conditions;
}

/** The flag's conditions: the rank within the flags per cluster, the minimum score, the band required. */
function flagConditions(campaign: Campaign, unit: RankedUnit): ExplainedCondition[] {
  const { flagsPerCluster, flagMinScore, flagTitle, flagBand } = campaign.awardRules;
  const subject = campaign.titles.find((t) => t.code === flagTitle.trim())?.name ?? flagTitle.trim();
  if (subject === '' || unit.rank === null || unit.total === null) return [];
  const conditions: ExplainedCondition[] = [
    {
      subject,
      passed: unit.rank <= flagsPerCluster,
      text: `Hạng ${unit.rank} ${unit.rank <= flagsPerCluster ? '≤' : '>'} ${flagsPerCluster} cờ mỗi cụm`,
    },
  ];
  if (flagMinScore !== null) {
    const passed = unit.total >= flagMinScore;
    conditions.push({
      subject,
      passed,
      text: `Tổng điểm ${formatPoints(unit.total)} ${passed ? '≥' : '<'} ${formatPoints(flagMinScore)}`,
    });
  }
  const required = flagBand?.trim() ?? '';
  if (required !== '') {
    const codes = bandCodes(campaign);
    const at = unit.band === null ? -1 : codes.indexOf(unit.band);
    const passed = at >= 0 && at <= codes.indexOf(required);
    const bandName = (code: string) =>
      campaign.awardRules.bands.find((b) => b.code === code)?.name.trim() || code;
    conditions.push({
      subject,
      passed,
      text: `Cần ${bandName(required)} trở lên; đơn vị ${unit.band === null ? 'chưa đạt hạng nào' : `đạt ${bandName(unit.band)}`}`,
    });
  }
  return conditions;
}

/** The explanation as the council reads it, one sentence per fact. */
function sentencesOf(campaign: Campaign, e: Omit<UnitExplanation, 'sentences'>): string[] {
  const sentences: string[] = [];
  if (e.total === null) {
    sentences.push(`${e.name} chưa được chấm điểm.`);
    return sentences;
  }
  const place =
    e.rank === null ? 'chưa có hạng' : `hạng ${e.rank}${e.tied ? ' (đồng hạng)' : ''} trong ${e.clusterName}`;
  sentences.push(`${e.name}: ${formatPoints(e.total)} điểm, ${place}.`);
  if (e.groups.length > 0) {
    const parts = e.groups.map(
      (g) =>
        `${g.name} ${g.points === null ? 'trống' : formatPoints(g.points)}${g.max > 0 ? `/${formatPoints(g.max)}` : ''}`,
    );
    sentences.push(`Điểm theo nhóm: ${parts.join('; ')}.`);
  }
  if (e.council !== null) {
    const { criteria, members, recused, method } = e.council;
    sentences.push(
      `Điểm ${criteria.join(', ')} là điểm kết hợp của Hội đồng (${method.toLowerCase()}) từ ${members.length} thành viên: ${members.join(', ')}` +
        (recused.length === 0 ? '.' : `; không tính ${recused.join(', ')} (xung đột lợi ích).`),
    );
  }
  if (e.self !== null) {
    const { selfTotal, reviewedTotal, gap, threshold, overThreshold } = e.self;
    const direction =
      gap === 0
        ? 'bằng'
        : gap > 0
          ? `cao hơn ${formatPoints(gap)} điểm so với`
          : `thấp hơn ${formatPoints(0 - gap)} điểm so với`;
    sentences.push(
      `Tự chấm ${formatPoints(selfTotal)}, ${direction} điểm thẩm định ${formatPoints(reviewedTotal)}` +
        (overThreshold ? ` (quá mức chênh lệch ${formatPoints(threshold)} điểm: cần nêu lý do).` : '.'),
    );
  }
  if (e.tiedWith.length > 0) {
    sentences.push(`Bằng điểm và bằng mọi tiêu chí phụ với ${e.tiedWith.join(', ')}: Hội đồng bỏ phiếu.`);
  }
  if (e.above !== null) sentences.push(neighbourSentence(e.above, 'trên'));
  if (e.below !== null) sentences.push(neighbourSentence(e.below, 'dưới'));
  for (const condition of e.conditions) {
    sentences.push(`${condition.subject}: ${condition.passed ? 'đạt' : 'không đạt'} — ${condition.text}.`);
  }
  if (e.reason !== '')
    sentences.push(e.proposal === '' ? `Không đề nghị: ${e.reason}.` : `Đề nghị ${e.proposal}: ${e.reason}.`);
  if (campaign.tieBreaks.length === 0 && (e.above?.tied === true || e.below?.tied === true)) {
    sentences.push('Phong trào không đặt tiêu chí phụ: đơn vị bằng điểm được xếp đồng hạng.');
  }
  return sentences;
}

function neighbourSentence(n: Neighbour, side: 'trên' | 'dưới'): string {
  const who = `${side === 'trên' ? 'Đơn vị liền trên' : 'Đơn vị liền dưới'}: ${n.name} (hạng ${n.rank}, ${formatPoints(n.total)} điểm)`;
  if (n.tied) return `${who}, bằng điểm và bằng mọi tiêu chí phụ: Hội đồng bỏ phiếu.`;
  if (n.decidedBy !== null) {
    const { position, link, own, other } = n.decidedBy;
    const value = (v: number | null) => (v === null ? 'trống' : formatPoints(v));
    return `${who}, bằng điểm; tách nhau ở tiêu chí phụ thứ ${position} "${link.label}": ${value(own)} so với ${value(other)}.`;
  }
  return `${who}, ${side === 'trên' ? 'hơn' : 'kém'} ${formatPoints(n.gap)} điểm.`;
}
