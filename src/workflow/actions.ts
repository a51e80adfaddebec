/**
 * The use cases over one workbook, whatever holds it: what the task pane, the ribbon and the bench ask
 * of a workbook. Each action reads the workbook once and, where it writes, applies one plan, so an
 * action costs two round trips in Excel whatever the campaign's size.
 */
import type { Campaign, Issue } from '../domain/model';
import type { StopWatching, WorkbookChange, WorkbookHost } from '../layout/host';
import type { WorkbookData } from '../domain/workbook';
import { readBook, type Book } from './book';
import { unitAtCell } from './explain';
import { loadCampaign, setUpCampaign, type LoadResult, type SetUpResult } from './campaign';
import { checkAll, type CheckAllResult } from './check';
import { registrationCheck, type RegistrationCheckResult } from './registrations';
import { rankBook, scoreCheck, type ScoreCheckResult } from './scores';
import { lockAndLayOut, todayIso, unlockAndLayOut, withLockIssues, type LockOutcome } from './lock';
import { countsOf, report, type OnProgress } from './progress';
import { refreshSummary, type SummaryResult } from './summary';
import { importEarlierYears, type EarlierBook, type HistoryImportResult } from './history';

/** The actions offered over one workbook. Each may be told `onProgress` to hear of its steps. */
export interface WorkbookActions {
  /** Sets the workbook up for `campaign`, or updates it: adds what is missing, keeps typed data. */
  setUp(campaign: Campaign, onProgress?: OnProgress): Promise<SetUpResult>;
  /** Reads the campaign the workbook holds. */
  loadCampaign(onProgress?: OnProgress): Promise<LoadResult>;
  /** Checks the campaign's set-up and the registrations (with the evaluation check once units are proposed). */
  checkRegistrations(onProgress?: OnProgress): Promise<RegistrationCheckResult>;
  /**
   * Checks the points and ranks every cluster; once the results are locked, names every cell changed
   * since, and says who locked them and when.
   */
  checkScores(onProgress?: OnProgress): Promise<ScoreCheckResult>;
  /** Locks the results ("Chốt kết quả") in the name of `by`, today; protection follows the lock. */
  lockResults(by: string, onProgress?: OnProgress): Promise<LockOutcome>;
  /** Unlocks the results ("Mở khoá") in the name of `by`, today, with the council's reason recorded. */
  unlockResults(by: string, reason: string, onProgress?: OnProgress): Promise<LockOutcome>;
  /**
   * Runs both checks on one read, so a caller that needs both (the ribbon command) pays one round
   * trip rather than two, and both results describe the same state of the workbook.
   */
  checkAll(onProgress?: OnProgress): Promise<CheckAllResult>;
  /**
   * Adds the awards of earlier years' workbooks to this year's History table ("Lịch sử khen thưởng"):
   * only rows the history does not hold yet, so the same workbook imported twice adds nothing.
   */
  importHistory(earlier: readonly EarlierBook[], onProgress?: OnProgress): Promise<HistoryImportResult>;
  /** Rewrites the plan from the campaign the workbook holds, so the summary lists new clusters and units. */
  refreshSummary(onProgress?: OnProgress): Promise<SummaryResult>;
  /**
   * Selects the cell an issue points at.
   * @returns false when the issue has no cell in the workbook (nothing selected)
   */
  goTo(issue: Issue): Promise<boolean>;
  /** Shows a sheet, its first cell selected (the summary, once it is up to date). */
  showSheet(sheet: string): Promise<void>;
  /**
   * Calls `onChange` after each change to the workbook (an officer typing, a paste, a write of the
   * pane's), so a caller can check again and keep its results true to the sheet.
   * @returns how to stop, or null when the workbook's host cannot hear of changes: what a caller shows
   *   may then be out of date without its knowing
   */
  watchChanges(onChange: (change: WorkbookChange) => void): Promise<StopWatching | null>;
  /**
   * Calls `onUnit` with the unit of the Scores row a person selects (on the table as the last score check
   * read it), so the pane opens that unit's explanation.
   * @returns how to stop, or null when the workbook's host cannot hear of selections
   */
  watchSelectedUnit(onUnit: (unit: string) => void): Promise<StopWatching | null>;
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
  // One read per action, whatever it checks; the counts are told once the workbook is read.
  const read = async (onProgress: OnProgress | undefined): Promise<Book> => {
    await report(onProgress, { stage: 'read', counts: null });
    const book = readBook(await host.read());
    await report(onProgress, { stage: 'check', counts: countsOf(book.campaign) });
    return book;
  };
  // The Scores table as the last score check read it: where a selected row's unit is looked up.
  let scoresRead: WorkbookData | null = null;
  return {
    setUp: (campaign, onProgress) => setUpCampaign(host, campaign, onProgress),
    loadCampaign: (onProgress) => loadCampaign(host, onProgress),
    checkRegistrations: async (onProgress) => registrationCheck(rankBook(await read(onProgress))),
    checkScores: async (onProgress) => {
      const book = await read(onProgress);
      scoresRead = book.data;
      return withLockIssues(scoreCheck(rankBook(book)), book.data);
    },
    lockResults: async (by, onProgress) => {
      await report(onProgress, { stage: 'write', counts: null });
      return lockAndLayOut(host, { at: todayIso(), by: by.trim() });
    },
    unlockResults: async (by, reason, onProgress) => {
      await report(onProgress, { stage: 'write', counts: null });
      return unlockAndLayOut(host, { at: todayIso(), by: by.trim() }, reason);
    },
    checkAll: async (onProgress) => {
      const book = await read(onProgress);
      const both = checkAll(book);
      return { ...both, scores: await withLockIssues(both.scores, book.data) };
    },
    importHistory: async (earlier, onProgress) => {
      await report(onProgress, { stage: 'write', counts: null });
      return importEarlierYears(host, earlier);
    },
    refreshSummary: (onProgress) => refreshSummary(host, onProgress),
    async goTo(issue) {
      // An issue with a sheet but no cell is about a table that is missing: its sheet may be too.
      if (issue.sheet === undefined || issue.cell === undefined) return false;
      await host.goTo({ sheet: issue.sheet, cell: issue.cell });
      return true;
    },
    showSheet: (sheet) => host.goTo({ sheet, cell: 'A1' }),
    watchChanges: (onChange) =>
      host.watchChanges === undefined ? Promise.resolve(null) : host.watchChanges(onChange),
    watchSelectedUnit: (onUnit) =>
      host.watchSelection === undefined
        ? Promise.resolve(null)
        : host.watchSelection((target) => {
            const unit = scoresRead === null ? null : unitAtCell(scoresRead, target);
            if (unit !== null) onUnit(unit);
          }),
  };
}
