import type { Campaign, CampaignKind, Cluster, CriterionKind, Title, Unit } from '../../domain/model';
import type { TitleCode } from '../../domain/rules';
import { resolveRuleSet, titlesFor, TITLE_NAMES } from '../../domain/rules';
import { displayToIso, isoToDisplay } from './dates';
import type { UnitLineError } from './unitList';
import { formatUnitList, parseUnitList, renameClusterInList } from './unitList';

/** A criterion as typed: its points stay text until the form is read. */
export interface CriterionDraft {
  group: string;
  /** Heading of the group; not edited by the form, kept as it came. */
  groupName?: string;
  code: string;
  text: string;
  max: string;
  kind: CriterionKind;
}

/**
 * The campaign form as typed. Dates and numbers stay text so a half-typed value is never lost;
 * what the form does not edit (titles, phases, registrations, scores, settings) rides along in `base`.
 */
export interface CampaignDraft {
  base: Campaign;
  name: string;
  issuer: string;
  planNumber: string;
  issueDate: string;
  year: string;
  kind: CampaignKind;
  start: string;
  end: string;
  registrationDeadline: string;
  scale: string;
  /** Rule set id, or '' for the one in force in the campaign's year. */
  ruleSet: string;
  clusters: Cluster[];
  /** The unit list as typed or pasted: one unit a line, tab-separated. */
  unitsText: string;
  criteria: CriterionDraft[];
}

/** Why a field of the form cannot be read. */
export type DraftProblem = 'required' | 'date' | 'year' | 'scale' | 'number' | 'units';

/** Problems by field: `name`, `start`, …, and `criteria.<index>.<field>` for a criterion. */
export type DraftProblems = Record<string, DraftProblem>;

/**
 * The form for a campaign.
 * @param campaign - a preset, a blank campaign or the campaign read from the workbook
 * @returns the draft, dates as dd/mm/yyyy
 * @example
 * draftFromCampaign(blankCampaign(2025)).start // '01/01/2025'
 */
export function draftFromCampaign(campaign: Campaign): CampaignDraft {
  return {
    base: campaign,
    name: campaign.name,
    issuer: campaign.issuer,
    planNumber: campaign.planNumber,
    issueDate: isoToDisplay(campaign.issueDate),
    year: String(campaign.year),
    kind: campaign.kind,
    start: isoToDisplay(campaign.start),
    end: isoToDisplay(campaign.end),
    registrationDeadline: isoToDisplay(campaign.registrationDeadline),
    scale: String(campaign.scale),
    ruleSet: campaign.ruleSet ?? '',
    clusters: campaign.clusters.map((c) => ({ ...c })),
    unitsText: formatUnitList(campaign.units),
    criteria: campaign.criteria.map((c) => ({ ...c, max: String(c.max) })),
  };
}

// Typed numbers accept a decimal comma, as Vietnamese documents write them.
function readNumber(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(trimmed)) return null;
  return Number(trimmed);
}

/**
 * Reads the form back into a campaign, or says which fields cannot be read.
 *
 * When the form switches the campaign to another rule set (by choosing one, or by changing the year
 * when the rule set follows the year), the rules that rule set decides follow it: the registration
 * check, and the title catalogue's prerequisites and caps (names the campaign gave its titles are kept).
 *
 * @param draft - the form
 * @returns the campaign and no problems, or null and the problems by field
 * @example
 * campaignFromDraft({ ...draftFromCampaign(campaign), start: '31/02/2018' }).problems // { start: 'date' }
 */
export function campaignFromDraft(draft: CampaignDraft): {
  campaign: Campaign | null;
  problems: DraftProblems;
  /** The units the list holds, or null when a line does not read. */
  units: Unit[] | null;
  unitErrors: UnitLineError[];
} {
  const problems: DraftProblems = {};
  const date = (field: string, text: string, required: boolean): string | null => {
    const iso = displayToIso(text);
    if (iso === undefined) problems[field] = 'date';
    else if (iso === null && required) problems[field] = 'required';
    return iso ?? null;
  };

  if (draft.name.trim() === '') problems.name = 'required';
  const issueDate = date('issueDate', draft.issueDate, false);
  const start = date('start', draft.start, true);
  const end = date('end', draft.end, true);
  const registrationDeadline = date('registrationDeadline', draft.registrationDeadline, false);
  const year = readNumber(draft.year);
  if (year === null || !Number.isInteger(year) || year < 2000 || year > 2100) problems.year = 'year';
  const scale = readNumber(draft.scale);
  if (scale === null || scale <= 0) problems.scale = 'scale';
  const criteria = draft.criteria.map((c, index) => {
    const max = readNumber(c.max);
    if (max === null || max < 0) problems[`criteria.${index}.max`] = 'number';
    if (c.code.trim() === '') problems[`criteria.${index}.code`] = 'required';
    const groupName = c.groupName?.trim() ?? '';
    return {
      code: c.code.trim(),
      group: c.group.trim(),
      ...(groupName === '' ? {} : { groupName }),
      text: c.text.trim(),
      max: max ?? 0,
      kind: c.kind,
    };
  });

  const clusters = draft.clusters.map((c) => ({ ...c, code: c.code.trim(), name: c.name.trim() }));
  const units = parseUnitList(
    draft.unitsText,
    clusters.map((c) => c.code),
  );
  if (!units.ok) problems.units = 'units';
  const unitErrors = units.ok ? [] : units.errors;
  const unitList = units.ok ? units.units : null;

  if (
    !units.ok ||
    Object.keys(problems).length > 0 ||
    start === null ||
    end === null ||
    year === null ||
    scale === null
  ) {
    return { campaign: null, problems, units: unitList, unitErrors };
  }
  const edited: Campaign = {
    ...draft.base,
    name: draft.name.trim(),
    issuer: draft.issuer.trim(),
    planNumber: draft.planNumber.trim(),
    issueDate,
    year,
    kind: draft.kind,
    start,
    end,
    registrationDeadline,
    scale,
    ruleSet: draft.ruleSet === '' ? null : draft.ruleSet,
    clusters,
    units: units.units,
    criteria,
  };
  return { campaign: followRuleSet(draft.base, edited), problems, units: unitList, unitErrors };
}

/**
 * Renames a cluster in the form and moves its units with it, so no unit is left in a cluster that is gone.
 * @param draft - the form
 * @param index - the cluster's position
 * @param code - the new code
 * @returns the changed form
 * @example
 * renameCluster(draft, 0, 'K1').unitsText // the units of C1 (cluster 0) now in K1
 */
export function renameCluster(draft: CampaignDraft, index: number, code: string): CampaignDraft {
  const old = draft.clusters[index];
  if (old === undefined) return draft;
  return {
    ...draft,
    clusters: draft.clusters.map((c, i) => (i === index ? { ...c, code } : c)),
    unitsText: renameClusterInList(draft.unitsText, old.code, code),
  };
}

function followRuleSet(base: Campaign, edited: Campaign): Campaign {
  const before = resolveRuleSet(base);
  const after = resolveRuleSet(edited);
  if (before.id === after.id) return edited;
  const names: Partial<Record<TitleCode, string>> = {};
  for (const title of base.titles) {
    if (title.code in TITLE_NAMES) names[title.code as TitleCode] = title.name;
  }
  const fresh = new Map<string, Title>(titlesFor(after, { names }).map((t) => [t.code, t]));
  const titles = base.titles.map((t) => fresh.get(t.code) ?? t);
  return {
    ...edited,
    titles,
    settings: { ...edited.settings, registrationCheck: after.rules.registration.value },
  };
}
