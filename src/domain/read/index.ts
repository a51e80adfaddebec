/**
 * Reading a workbook back into the campaign model: the cell readers, one reader per table, and
 * {@link readCampaign} over all of them. The text of rule columns is read by the cell codecs
 * (`domain/cellCodecs`).
 */
export type { CellAt, CellKind, CellOutput, CellRead } from './cells';
export {
  CELL_READERS,
  isBlankCell,
  readCell,
  readCode,
  readDate,
  readNumber,
  readPoints,
  readText,
  readWith,
} from './cells';
export { alignCodes } from './alignCodes';
export { locateIssues } from './locateIssues';
export { readBands } from './readBands';
export type { CampaignReading, ReadOptions } from './readCampaign';
export { readCampaign } from './readCampaign';
export type { CampaignFields } from './readCampaignFields';
export { readCampaignFields } from './readCampaignFields';
export { readClusters } from './readClusters';
export { readCriteria } from './readCriteria';
export { readPhases } from './readPhases';
export { readRegistrations } from './readRegistrations';
export type { ScoresTable } from './readScores';
export { readScores } from './readScores';
export type { SettingKey, SettingValues } from './readSettings';
export { fallbackSettings, readSettings } from './readSettings';
export { readExclusions } from './readExclusions';
export { readHistory } from './readHistory';
export { readScoringTables } from './readScoringTables';
export { readTieBreaks } from './readTieBreaks';
export { readTiers } from './readTiers';
export { readTitles } from './readTitles';
export { readUnits } from './readUnits';
export type { ColumnSpec, RowCells, TablePresence, TableRead, TableRow, TableSpec } from './tableRows';
export { findColumn, findTable, headerKey, readTableRows } from './tableRows';
export type { Reading } from './_lib/reading';
