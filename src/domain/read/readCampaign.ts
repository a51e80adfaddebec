import { TABLES } from '../contract';
import type { Campaign, Issue } from '../model';
import type { WorkbookData } from '../workbook';
import { alignCodes } from './alignCodes';
import { readBands } from './readBands';
import { readExclusions } from './readExclusions';
import { readHistory } from './readHistory';
import { readScoringTables } from './readScoringTables';
import { readTiers } from './readTiers';
import { readCampaignFields } from './readCampaignFields';
import { readClusters } from './readClusters';
import { readCriteria } from './readCriteria';
import { readPhases } from './readPhases';
import { readRegistrations } from './readRegistrations';
import { readScores } from './readScores';
import type { SettingValues } from './readSettings';
import { fallbackSettings, readSettings } from './readSettings';
import { readTieBreaks } from './readTieBreaks';
import { readTitles } from './readTitles';
import { readUnits } from './readUnits';

/** Options of {@link readCampaign}. */
export interface ReadOptions {
  /**
   * Defaults of the campaign's rule set for settings the Settings table does not give; what is not
   * given here falls back to {@link fallbackSettings}.
   */
  settingDefaults?: Partial<SettingValues>;
}

/** What reading a workbook gives: the campaign, or null when it cannot be built, and every issue met. */
export interface CampaignReading {
  campaign: Campaign | null;
  issues: Issue[];
}

/**
 * Reads a workbook back into the campaign model, table by table, collecting every issue on the way
 * so the officer sees them all at once. The campaign is null when it cannot be trusted: a table or a
 * required column is missing, or a cell of the campaign, its settings or its catalogues (the rules
 * ranking applies) cannot be read. A cell of the registrations or scores that cannot be read is
 * reported and left blank instead, so one slip does not stop the check of the rest.
 * @param data - what the host read back
 * @param options - the rule set's defaults for missing settings
 * @returns the campaign (or null) and the issues, in table order
 * @example
 * const { campaign, issues } = readCampaign(data);
 * campaign?.units.length // 12
 */
export function readCampaign(data: WorkbookData, options: ReadOptions = {}): CampaignReading {
  const fields = readCampaignFields(data);
  const phases = readPhases(data);
  const year = fields.value?.year ?? 0;
  const scale = fields.value?.scale ?? 100;
  const settings = readSettings(data, { ...fallbackSettings(year, scale), ...options.settingDefaults });
  const clusters = readClusters(data);
  const units = readUnits(data);
  const titles = readTitles(data);
  const criteria = readCriteria(data);
  const tiers = readTiers(data);
  const scoringTables = readScoringTables(data);
  const exclusions = readExclusions(data);
  const bands = readBands(data);
  const tieBreaks = readTieBreaks(data);
  const registrations = readRegistrations(data, titles.value);
  const history = readHistory(data, titles.value);
  const scores = readScores(data, TABLES.scores, criteria.value, tieBreaks.value);
  const selfScores = readScores(data, TABLES.selfScores, criteria.value, tieBreaks.value);

  const parts = [
    fields,
    phases,
    settings,
    clusters,
    units,
    titles,
    criteria,
    tiers,
    scoringTables,
    exclusions,
    bands,
    tieBreaks,
    registrations,
    history,
    scores,
    selfScores,
  ];
  const issues = parts.flatMap((p) => p.issues);
  if (fields.value === null || parts.some((p) => !p.usable)) return { campaign: null, issues };

  const { flagsPerCluster, flagTitle, flagMinScore, flagBand, ...rest } = settings.value;
  const campaign: Campaign = {
    ...fields.value,
    phases: phases.value,
    clusters: clusters.value,
    units: units.value,
    titles: titles.value,
    criteria: criteria.value,
    tiers: tiers.value,
    scoringTables: scoringTables.value,
    exclusions: exclusions.value,
    registrations: registrations.value,
    ...(history.value === null ? {} : { history: history.value }),
    scores: scores.value,
    selfScores: selfScores.value,
    tieBreaks: tieBreaks.value,
    awardRules: {
      flagsPerCluster,
      flagTitle,
      flagMinScore,
      ...(flagBand === undefined || flagBand === '' ? {} : { flagBand }),
      bands: bands.value,
    },
    settings: rest,
  };
  // Codes are matched as the sheet's formulas match them, so checks and summaries count as it does.
  const aligned = alignCodes(campaign);
  return { campaign: aligned.campaign, issues: [...issues, ...aligned.issues] };
}
