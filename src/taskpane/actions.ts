/**
 * What the task pane asks of a workbook, whatever holds it. The pane gets a {@link WorkbookActions}
 * and never a host or `Excel.*`: each action reads the workbook once and, where it writes, applies
 * one plan, so an action costs two round trips in Excel whatever the campaign's size.
 */
import { TABLES } from '../domain/contract';
import type { Campaign, Issue } from '../domain/model';
import type { CampaignSummary, ClusterRanking } from '../domain/rank';
import { rankCampaign, summarise } from '../domain/rank';
import { locateIssues, readCampaign } from '../domain/read';
import type { RuleExplanation, RuleSet } from '../domain/rules';
import { explainRules, resolveRuleSet } from '../domain/rules';
import { validateCampaign, validateRegistrations, validateScores } from '../domain/validate';
import type { WorkbookData } from '../domain/workbook';
import { buildPlan } from '../layout/buildPlan';
import type { WorkbookHost } from '../layout/host';
import type { PlanReport, WorkbookPlan } from '../layout/plan';
import { unitOfIssue } from './_lib/issueUnit';
import type { ScoreGap, TieGroup } from './_lib/scoreInsights';
import { hasAnyScore, largestSelfReviewGaps, tiesNeedingVote } from './_lib/scoreInsights';

export type { ScoreGap, TieGroup } from './_lib/scoreInsights';

/** An issue located in the workbook (sheet and cell where known) and tied to the unit of its row. */
export interface CheckedIssue extends Issue {
  /** Unit code typed in the row the issue points at, or null for an issue of no unit. */
  unit: string | null;
}

/** How many errors and warnings a list holds. */
export interface IssueCounts {
  errors: number;
  warnings: number;
}

/** What setting up (or updating) the workbook did. */
export interface SetUpResult extends PlanReport {
  /**
   * False when the plan held an error (a renamed required column, a table over the officer's data):
   * nothing was written, and `issues` say what to fix.
   */
  applied: boolean;
  /** Features the host skipped (an older Excel), worded for the officer. */
  notes: string[];
  /** What the plan could not reconcile with the workbook (a renamed column, a table over user data). */
  issues: CheckedIssue[];
  counts: IssueCounts;
}

/** The campaign read back from the workbook. */
export interface LoadResult {
  /** Null when the workbook holds no readable campaign (not set up, a table missing). */
  campaign: Campaign | null;
  issues: CheckedIssue[];
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
}

/**
 * Both checks from one read of the workbook: what the "Kiểm tra" ribbon command shows. Each result is
 * the one {@link WorkbookActions.checkRegistrations} and {@link WorkbookActions.checkScores} would give
 * on the same workbook.
 */
export interface CheckAllResult {
  registrations: CheckResult;
  scores: ScoreCheckResult;
}

/** The result of refreshing the summary sheet. */
export interface SummaryResult extends LoadResult {
  /** What the summary holds, as the refreshed sheet shows it; null when nothing could be read. */
  summary: CampaignSummary | null;
  /** What the refresh added, kept and refreshed; null when it wrote nothing (see `issues`). */
  report: PlanReport | null;
  notes: string[];
  counts: IssueCounts;
}

/** The actions the task pane offers, over one workbook. */
export interface WorkbookActions {
  /** Sets the workbook up for `campaign`, or updates it: adds what is missing, keeps typed data. */
  setUp(campaign: Campaign): Promise<SetUpResult>;
  /** Reads the campaign the workbook holds. */
  loadCampaign(): Promise<LoadResult>;
  /** Checks the campaign's set-up and the registrations (with the evaluation check once units are proposed). */
  checkRegistrations(): Promise<CheckResult>;
  /** Checks the points and ranks every cluster. */
  checkScores(): Promise<ScoreCheckResult>;
  /**
   * Runs both checks on one read, so a caller that needs both (the ribbon command) pays one round
   * trip rather than two, and both results describe the same state of the workbook.
   */
  checkAll(): Promise<CheckAllResult>;
  /** Rewrites the plan from the campaign the workbook holds, so the summary lists new clusters and units. */
  refreshSummary(): Promise<SummaryResult>;
  /**
   * Selects the cell an issue points at.
   * @returns false when the issue has no cell in the workbook (nothing selected)
   */
  goTo(issue: Issue): Promise<boolean>;
}

/** How many of the largest self/reviewed gaps a score check lists. */
const GAPS_LISTED = 5;

/** Tables of the points: their reading issues belong to the score check, not the registration check. */
const SCORE_TABLES: ReadonlySet<string> = new Set([TABLES.scores, TABLES.selfScores]);

/**
 * Thrown inside a plan build to stop the host before it writes: the workbook holds no readable
 * campaign, or the plan holds an error (which means it must not be applied).
 */
class PlanRefused extends Error {
  constructor(
    readonly issues: Issue[],
    readonly data: WorkbookData,
    readonly campaign: Campaign | null,
  ) {
    super('The plan was refused before writing.');
    this.name = 'PlanRefused';
  }
}

/**
 * The refusal behind a host's rejection. Hosts may wrap what `build` threw (the Office.js host turns
 * it into an `ExcelHostError` whose `cause` is the original), so the causes are followed.
 */
function refusalIn(error: unknown, depth = 0): PlanRefused | null {
  if (error instanceof PlanRefused) return error;
  if (depth > 4 || typeof error !== 'object' || error === null) return null;
  if (Array.isArray(error)) {
    for (const item of error) {
      const found = refusalIn(item, depth + 1);
      if (found !== null) return found;
    }
    return null;
  }
  return 'cause' in error ? refusalIn(error.cause, depth + 1) : null;
}

/** Builds the plan, refusing it when it holds an error: nothing is better than a guess. */
function planOrRefuse(
  campaign: Campaign,
  data: WorkbookData,
  readIssues: readonly Issue[] = [],
): WorkbookPlan {
  const plan = buildPlan(campaign, data);
  if (plan.issues.some((issue) => issue.severity === 'error')) {
    throw new PlanRefused([...readIssues, ...plan.issues], data, campaign);
  }
  return plan;
}

/**
 * Counts errors and warnings.
 * @param issues - the issues
 * @returns the counts
 * @example
 * countIssues([{ ...issue, severity: 'error' }]) // { errors: 1, warnings: 0 }
 */
export function countIssues(issues: readonly Issue[]): IssueCounts {
  let errors = 0;
  for (const issue of issues) if (issue.severity === 'error') errors += 1;
  return { errors, warnings: issues.length - errors };
}

function checked(issues: readonly Issue[], data: WorkbookData): CheckedIssue[] {
  return locateIssues([...issues], data).map((issue) => ({ ...issue, unit: unitOfIssue(issue, data) }));
}

function rulesOf(campaign: Campaign | null): Pick<CheckResult, 'ruleSet' | 'rules'> {
  if (campaign === null) return { ruleSet: null, rules: [] };
  const ruleSet = resolveRuleSet(campaign);
  return { ruleSet, rules: explainRules(ruleSet) };
}

/** What both checks start from: one read of the workbook, the campaign in it, and its ranking. */
interface CheckInput {
  data: WorkbookData;
  campaign: Campaign | null;
  /** Issues of reading the campaign; each check keeps those of the tables it looks at. */
  readIssues: readonly Issue[];
  /** Per cluster, as the scoring sheet ranks it; empty when no campaign could be read. */
  rankings: ClusterRanking[];
}

/**
 * Reads the campaign from `data` and ranks it, once: both checks need the ranking (the registration
 * check for the proposals), so `checkAll` neither parses the tables nor ranks the clusters twice.
 */
function checkInput(data: WorkbookData): CheckInput {
  const { campaign, issues } = readCampaign(data);
  return { data, campaign, readIssues: issues, rankings: campaign === null ? [] : rankCampaign(campaign) };
}

/** The registration check of a read workbook: set-up, registrations, and proposals once ranked. */
function registrationCheck({ data, campaign, readIssues, rankings }: CheckInput): CheckResult {
  const found = readIssues.filter((issue) => !SCORE_TABLES.has(issue.table));
  if (campaign !== null) {
    const proposals = rankings.flatMap((ranking) =>
      ranking.units.flatMap((unit) =>
        unit.proposalCode === null ? [] : [{ unit: unit.unit, title: unit.proposalCode }],
      ),
    );
    found.push(
      ...validateCampaign(campaign),
      ...validateRegistrations(campaign, { evaluation: proposals.length > 0, proposals }),
    );
  }
  const issues = checked(found, data);
  return {
    campaign,
    issues,
    counts: countIssues(issues),
    nothingToCheck: campaign !== null && campaign.registrations.length === 0,
    ...rulesOf(campaign),
  };
}

/** The score check of a read workbook: the points, the ranking, the ties and the largest gaps. */
function scoreCheck({ data, campaign, readIssues, rankings }: CheckInput): ScoreCheckResult {
  const found = readIssues.filter((issue) => issue.table !== TABLES.registrations);
  if (campaign !== null) found.push(...validateScores(campaign));
  const issues = checked(found, data);
  return {
    campaign,
    issues,
    counts: countIssues(issues),
    nothingToCheck: campaign !== null && !hasAnyScore(campaign),
    ...rulesOf(campaign),
    rankings,
    ties: tiesNeedingVote(rankings),
    gaps: campaign === null ? [] : largestSelfReviewGaps(campaign, GAPS_LISTED),
    gapThreshold: campaign === null ? null : campaign.settings.selfReviewGap,
  };
}

/**
 * The pane's actions over a host.
 *
 * @param host - the workbook host (Excel, in-memory, file)
 * @returns the actions
 * @example
 * ```ts
 * const actions = createWorkbookActions(createMemoryHost());
 * const campaign = presetById('hcm-2018');
 * if (campaign !== undefined) await actions.setUp(campaign);
 * const { counts } = await actions.checkRegistrations();
 * ```
 */
export function createWorkbookActions(host: WorkbookHost): WorkbookActions {
  return {
    async setUp(campaign) {
      let current: WorkbookData | null = null;
      try {
        const { plan, notes } = await host.applyPlan((data) => {
          current = data;
          return planOrRefuse(campaign, data);
        });
        // The plan's issues point at tables as they were before the write.
        const issues = current === null ? [] : checked(plan.issues, current);
        return { ...plan.report, applied: true, notes, issues, counts: countIssues(issues) };
      } catch (error) {
        const refused = refusalIn(error);
        if (refused === null) throw error;
        const issues = checked(refused.issues, refused.data);
        return {
          added: [],
          kept: [],
          refreshed: [],
          applied: false,
          notes: [],
          issues,
          counts: countIssues(issues),
        };
      }
    },

    async loadCampaign() {
      const data = await host.read();
      const { campaign, issues } = readCampaign(data);
      return { campaign, issues: checked(issues, data) };
    },

    async checkRegistrations() {
      return registrationCheck(checkInput(await host.read()));
    },

    async checkScores() {
      return scoreCheck(checkInput(await host.read()));
    },

    async checkAll() {
      const input = checkInput(await host.read());
      return { registrations: registrationCheck(input), scores: scoreCheck(input) };
    },

    async refreshSummary() {
      let read: { campaign: Campaign; issues: Issue[]; data: WorkbookData } | null = null;
      try {
        // The campaign is read from the data the host reads for the plan: one read, one write.
        const { plan, notes } = await host.applyPlan((data): WorkbookPlan => {
          const { campaign, issues } = readCampaign(data);
          if (campaign === null) throw new PlanRefused(issues, data, null);
          read = { campaign, issues, data };
          return planOrRefuse(campaign, data, issues);
        });
        const done = read as { campaign: Campaign; issues: Issue[]; data: WorkbookData } | null;
        if (done === null) throw new Error('The host applied a plan without building it.');
        const issues = checked([...done.issues, ...plan.issues], done.data);
        return {
          campaign: done.campaign,
          issues,
          counts: countIssues(issues),
          summary: summarise(done.campaign),
          report: plan.report,
          notes,
        };
      } catch (error) {
        const refused = refusalIn(error);
        if (refused === null) throw error;
        const issues = checked(refused.issues, refused.data);
        const summary = refused.campaign === null ? null : summarise(refused.campaign);
        return {
          campaign: refused.campaign,
          issues,
          counts: countIssues(issues),
          summary,
          report: null,
          notes: [],
        };
      }
    },

    async goTo(issue) {
      // An issue with a sheet but no cell is about a table that is missing: its sheet may be too.
      if (issue.sheet === undefined || issue.cell === undefined) return false;
      await host.goTo({ sheet: issue.sheet, cell: issue.cell });
      return true;
    },
  };
}
