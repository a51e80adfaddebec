/**
 * The use cases over one workbook, whatever holds it: what the task pane, the ribbon and the bench ask
 * of a workbook. Each action reads the workbook once and, where it writes, applies one plan, so an
 * action costs two round trips in Excel whatever the campaign's size.
 */
import type { Campaign, Issue } from '../domain/model';
import type { WorkbookHost } from '../layout/host';
import { readBook } from './book';
import { loadCampaign, setUpCampaign, type LoadResult, type SetUpResult } from './campaign';
import { checkAll, type CheckAllResult } from './check';
import { registrationCheck } from './registrations';
import { rankBook, scoreCheck, type CheckResult, type ScoreCheckResult } from './scores';
import { refreshSummary, type SummaryResult } from './summary';

/** The actions offered over one workbook. */
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

/**
 * The actions over a host.
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
  const ranked = async () => rankBook(readBook(await host.read()));
  return {
    setUp: (campaign) => setUpCampaign(host, campaign),
    loadCampaign: () => loadCampaign(host),
    checkRegistrations: async () => registrationCheck(await ranked()),
    checkScores: async () => scoreCheck(await ranked()),
    checkAll: async () => checkAll(readBook(await host.read())),
    refreshSummary: () => refreshSummary(host),
    async goTo(issue) {
      // An issue with a sheet but no cell is about a table that is missing: its sheet may be too.
      if (issue.sheet === undefined || issue.cell === undefined) return false;
      await host.goTo({ sheet: issue.sheet, cell: issue.cell });
      return true;
    },
  };
}
