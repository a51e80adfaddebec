/**
 * The workflow layer: the use cases of the pipeline, one file per stage (book → campaign →
 * registrations → merge → scores → summary → council), the one place that combines the domain, the layout and a host.
 * The task pane, the ribbon, the command line and the bench all go through it.
 */
export { bookRefusal, readBook, readBookForSetUp, type Book, type BookRefusal } from './book';
export { loadCampaign, setUpCampaign, type LoadResult, type SetUpResult } from './campaign';
export { registrationCheck, type RegistrationCheckResult } from './registrations';
export {
  heldUnits,
  rankBook,
  rulesOf,
  scoreCheck,
  yearEndProposals,
  type CheckResult,
  type RankedBook,
  type ScoreCheckResult,
} from './scores';
export { explainResult, findUnits, unitAtCell, type ExplainOutcome } from './explain';
export {
  lockAndLayOut,
  lockResults,
  lockStatus,
  lockView,
  sha256Hex,
  todayIso,
  unlockAndLayOut,
  unlockResults,
  withLockIssues,
  type ChangedCell,
  type LockOutcome,
  type LockRefusal,
  type LockStatus,
  type LockView,
} from './lock';
export { proposedAwards, refreshSummary, summaryOf, type SummaryResult } from './summary';
export {
  candidateVotes,
  councilCheck,
  COUNCIL_TABLES,
  type CandidateVote,
  type CouncilCheck,
  type TitleVotes,
} from './council';
export { checkAll, wholeCheck, type CheckAllResult, type WholeCheck } from './check';
export {
  importEarlierYears,
  metPastRuns,
  type EarlierBook,
  type EarlierOutcome,
  type HistoryImportResult,
} from './history';
export { mergeUnitCopies, type CopyOutcome, type MergeResult, type UnitCopy } from './merge';
export { createWorkbookActions, type WorkbookActions } from './actions';
export {
  checkedIssues,
  countIssues,
  distinctIssues,
  hasError,
  onePerCell,
  unitOfIssue,
  type CheckedIssue,
  type IssueCounts,
} from './issues';
export { planOrRefusal } from './plan';
export { countsOf, type BookCounts, type OnProgress, type Progress, type ProgressStage } from './progress';
export type { ScoreGap, TieGroup } from '../domain/rank';
export type { UnitExplanation } from '../domain/explain';
export type { StopWatching, WorkbookChange, WorkbookHost } from '../layout/host';
