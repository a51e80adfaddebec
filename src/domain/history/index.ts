/**
 * The award history across years (Lịch sử khen thưởng): people matched across years, runs of
 * earlier titles checked and explained, and earlier years' workbooks merged into the history.
 */
export type { PastRunExplanation } from './explainPastRuns';
export { explainPastRuns } from './explainPastRuns';
export { flagsLastYear } from './flagsLastYear';
export type { HistoryIndex } from './historyIndex';
export { historyIndex } from './historyIndex';
export type { PastRun, PastRunResult } from './pastRun';
export { checkPastRun } from './pastRun';
export type { NameMatch } from './personMatch';
export { compareNames, nameComparer } from './personMatch';
export type { HistoryImport } from './importHistory';
export { entriesFromCampaign, importHistory } from './importHistory';
