/**
 * Stage 3, scores and ranking: the points checked, every cluster ranked as the scoring sheet ranks it,
 * the ties the council votes on and the largest gaps between self-scores and reviewed scores.
 */
import { TABLES } from '../domain/contract';
import type { Issue } from '../domain/model';
import {
  hasAnyScore,
  largestSelfReviewGaps,
  rankCampaign,
  tiesNeedingVote,
  type ClusterRanking,
  type RankedUnit,
  type ScoreGap,
  type TieGroup,
} from '../domain/rank';
import type { RuleExplanation, RuleSet } from '../domain/rules';
import { explainRules, resolveRuleSet } from '../domain/rules';
import type { ProposedAward } from '../domain/validate';
import { validateCouncil, validateScores } from '../domain/validate';
import type { Book } from './book';
import type { LockView } from './lock';
import type { LoadResult } from './campaign';
import { councilCheck, type CouncilCheck } from './council';
import { checkedIssues, countIssues, onePerCell, type IssueCounts } from './issues';

/** A book and the ranking of its clusters, computed once for every check that needs it. */
export interface RankedBook extends Book {
  /** Per cluster, as the scoring sheet ranks it; empty when no campaign could be read. */
  rankings: ClusterRanking[];
}

/** The result of a check: the issues found, and the rules they come from. */
export interface CheckResult extends LoadResult {
  counts: IssueCounts;
  /** The workbook holds nothing this check looks at yet (no registration, no points). */
  nothingToCheck: boolean;
  /** The rule set the campaign applies, or null when no campaign could be read. */
  ruleSet: RuleSet | null;
  rules: RuleExplanation[];
}

/** The result of the score check: the issues, and the ranking as the scoring sheet computes it. */
export interface ScoreCheckResult extends CheckResult {
  /** Per cluster, ranked units then unscored ones; the same ranks the sheet's formulas give. */
  rankings: ClusterRanking[];
  /** Ties the tie-break chain could not separate: the council votes. */
  ties: TieGroup[];
  /** The largest gaps between a unit's self-score and its reviewed score. */
  gaps: ScoreGap[];
  /** The gap above which the council needs a reason (`settings.selfReviewGap`), or null. */
  gapThreshold: number | null;
  /** The council's vote: attendance and each title's results (its issues are among `issues`). */
  council: CouncilCheck;
  /**
   * The results lock: who locked and when, every cell changed since; null until the lock is read (the
   * pane's check reads it, see `withLockIssues`).
   */
  lock: LockView | null;
}

/** How many of the largest self/reviewed gaps a score check lists. */
const GAPS_LISTED = 5;

/** Tables of the points: their reading issues belong to the score check, not the registration check. */
export const SCORE_TABLES: ReadonlySet<string> = new Set([TABLES.scores, TABLES.selfScores]);

/**
 * Ranks the book's clusters once, for every check that needs the ranking.
 * @param book - the book read
 * @returns the book with its rankings (none when no campaign could be read)
 * @example
 * rankBook(readBook(data)).rankings[0]?.units[0]?.rank // 1
 */
export function rankBook(book: Book): RankedBook {
  return { ...book, rankings: book.campaign === null ? [] : rankCampaign(book.campaign) };
}

/**
 * The units whose results are held by a score error (Chờ sửa lỗi): no rank, no proposal until fixed.
 * @param rankings - the rankings of the book
 * @returns the held units, cluster by cluster
 * @example
 * heldUnits(rankBook(book).rankings).map((u) => u.unit) // ['THADS-HG']
 */
export function heldUnits(rankings: readonly ClusterRanking[]): RankedUnit[] {
  return rankings.flatMap((ranking) => ranking.units.filter((unit) => unit.status === 'held'));
}

/**
 * The awards the ranking proposes. The one rule of when the year-end check of proposals against
 * registrations runs: as soon as the ranking proposes anything.
 * @param rankings - the rankings of the book
 * @returns each unit proposed, with the title's code
 * @example
 * yearEndProposals(rankBook(book).rankings) // [{ unit: 'VP', title: 'CTD_TP' }]
 */
export function yearEndProposals(rankings: readonly ClusterRanking[]): ProposedAward[] {
  return rankings.flatMap((ranking) =>
    ranking.units.flatMap((unit) =>
      unit.proposalCode === null ? [] : [{ unit: unit.unit, title: unit.proposalCode }],
    ),
  );
}

/**
 * The rule set a book's campaign applies and its rules in words.
 * @param book - the book read
 * @returns the rule set and its explanations, or none when no campaign could be read
 * @example
 * rulesOf(book).ruleSet?.id // 'vn-2013'
 */
export function rulesOf(book: Book): Pick<CheckResult, 'ruleSet' | 'rules'> {
  if (book.campaign === null) return { ruleSet: null, rules: [] };
  const ruleSet = resolveRuleSet(book.campaign);
  return { ruleSet, rules: explainRules(ruleSet) };
}

/**
 * The score check of a ranked book: the points, the ranking, the ties and the largest gaps.
 * @param book - the book and its rankings
 * @returns the check's result
 * @example
 * scoreCheck(rankBook(readBook(data))).ties.length // 0
 */
export function scoreCheck(book: RankedBook): ScoreCheckResult {
  const { data, campaign, rankings } = book;
  const found: Issue[] = book.readIssues.filter((issue) => issue.table !== TABLES.registrations);
  if (campaign !== null) found.push(...validateScores(campaign), ...validateCouncil(campaign));
  const issues = checkedIssues(onePerCell(found), data);
  return {
    campaign,
    issues,
    counts: countIssues(issues),
    nothingToCheck: campaign !== null && !hasAnyScore(campaign),
    ...rulesOf(book),
    rankings,
    ties: tiesNeedingVote(rankings),
    gaps: campaign === null ? [] : largestSelfReviewGaps(campaign, GAPS_LISTED),
    gapThreshold: campaign === null ? null : campaign.settings.selfReviewGap,
    council: councilCheck(book),
    lock: null,
  };
}
