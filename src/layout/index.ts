/**
 * The layout layer: the workbook as data. `buildPlan` turns a campaign (and what an existing workbook
 * holds) into the plan every host applies; the formula builders, headers and names it uses are exported
 * for hosts, readers and tests.
 */
export { buildPlan } from './buildPlan';
export { SCHEMA_VERSION } from './sheets/metaSheet';
export { SETTING_LABELS } from './sheets/campaignSheet';
export { CLUSTER_CHART } from './sheets/summarySheet';
export { NAMES, workbookNames, type WorkbookName } from './names';
export * from './headers';
export * from './formulas';
export type * from './plan';
export { cellLocked } from './plan';
export * from './host';
