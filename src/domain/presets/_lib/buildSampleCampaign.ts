import { DEFAULTS } from '../../rules/defaults';
import type {
  AwardRules,
  Campaign,
  Criterion,
  Exclusion,
  HistoryEntry,
  Registration,
  ScoringTable,
  Tier,
} from '../../model';
import { defaultAwardRules } from '../../rules/defaultAwardRules';
import { defaultSettings } from '../../rules/defaultSettings';
import { defaultTieBreaks } from '../../rules/defaultTieBreaks';
import type { RuleSet } from '../../rules/ruleSet';
import { ruleSetForYear } from '../../rules/ruleSetForYear';
import { TITLE_CODES, type TitleCode } from '../../rules/titleCodes';
import { titlesFor } from '../../rules/titlesFor';
import { seededRandom } from './prng';
import { sampleRegistrations, type RegistrationPlan } from './sampleRegistrations';
import { sampleScores, type ScorePlan } from './sampleScores';
import { sampleTreeScores, type TreeScorePlan } from './sampleTreeScores';
import { asUnits, sampleUnits, type UnitSpec } from './sampleUnits';

/** What a document tells about a campaign: everything but the catalogue, the people and the points. */
export type CampaignFacts = Pick<
  Campaign,
  | 'id'
  | 'name'
  | 'issuer'
  | 'planNumber'
  | 'issueDate'
  | 'year'
  | 'theme'
  | 'kind'
  | 'start'
  | 'end'
  | 'registrationDeadline'
  | 'phases'
  | 'scale'
  | 'clusters'
>;

/** The parts of a preset that are built, most of them sample data. */
export interface SampleParts {
  units: readonly UnitSpec[];
  criteria: Criterion[];
  registrations: Omit<RegistrationPlan, 'collective' | 'capPercent'>;
  scores?: ScorePlan;
  /** The campaign's own names of catalogue titles (whose flag, whose certificate). */
  titleNames?: Partial<Record<TitleCode, string>>;
  /** Award rules replacing the defaults (bands with gates). */
  awardRules?: (ruleSet: RuleSet) => AwardRules;
  /**
   * A table written as a tree (headings, tiered and proportional criteria): its steps, its scoring
   * tables when clusters are scored on different ones, the rules that leave a unit out, and what the
   * sample shows; its scores are drawn by `sampleTreeScores`.
   */
  tree?: {
    tiers: Tier[];
    scoringTables?: ScoringTable[];
    exclusions?: Exclusion[];
    plan?: TreeScorePlan;
  };
}

/**
 * Assembles a preset: the document's facts, the rule set in force in its year (named explicitly,
 * so the workbook shows which law applies), the catalogue and defaults derived from it, and sample
 * units, registrations and scores drawn from a generator seeded by the preset id, so every build is
 * identical. Every unit registers TTLĐXS and the flag, which the ranking may propose it for.
 *
 * @param facts - what the document gives
 * @param parts - units, criteria and how to draw the sample data
 * @returns the complete campaign, flagged as sample data
 * @example
 * buildSampleCampaign(facts, { units, criteria, registrations: { window, region: 'south' } }).sampleData // true
 */
export function buildSampleCampaign(facts: CampaignFacts, parts: SampleParts): Campaign {
  const random = seededRandom(facts.id);
  const ruleSet = ruleSetForYear(facts.year);
  const units = sampleUnits(random, parts.units);
  const registrations = sampleRegistrations(random, units, {
    ...parts.registrations,
    collective: [TITLE_CODES.TTLDXS, TITLE_CODES.CTD_BO],
    capPercent: ruleSet.rules.cstdcsCap.value?.percent ?? null,
  });
  const plainUnits = asUnits(units);
  const tree = parts.tree;
  const { scores, selfScores } =
    tree === undefined
      ? sampleScores(random, plainUnits, parts.criteria, parts.scores)
      : sampleTreeScores(
          random,
          plainUnits,
          { clusters: facts.clusters, criteria: parts.criteria },
          tree.plan,
        );
  return {
    ...facts,
    ruleSet: ruleSet.id,
    sampleData: true,
    units: plainUnits,
    titles: titlesFor(ruleSet, { names: parts.titleNames ?? {} }),
    criteria: parts.criteria,
    tiers: tree?.tiers ?? [],
    scoringTables: tree?.scoringTables ?? [],
    exclusions: tree?.exclusions ?? [],
    registrations,
    history: sampleHistory(facts.year, registrations),
    scores,
    selfScores,
    // No law sets a chain (the rule sets have none): the samples show one a council might choose.
    tieBreaks: defaultTieBreaks(parts.criteria, DEFAULTS.tieBreakChain),
    awardRules: parts.awardRules?.(ruleSet) ?? defaultAwardRules(ruleSet, facts.scale),
    settings: defaultSettings(ruleSet, facts.scale),
  };
}

/**
 * The award history the sample registrations need: each person registered for CSTĐ bộ was CSTĐCS in
 * the two years before (the third CSTĐCS is this year's, which CSTĐ bộ counts as), with sample
 * decision numbers, so a sample workbook passes its own check.
 */
function sampleHistory(year: number, registrations: readonly Registration[]): HistoryEntry[] {
  const people = registrations.filter((r) => r.title === TITLE_CODES.CSTD_BO);
  return people
    .flatMap((r) =>
      [year - 2, year - 1].map((y) => ({
        year: y,
        subject: 'individual' as const,
        unit: r.unit,
        person: r.person,
        birthDate: null,
        title: TITLE_CODES.CSTDCS,
        decision: `${r.row}/QĐ-TĐKT`,
        decisionDate: `${y}-12-20`,
      })),
    )
    .map((e, i) => ({ ...e, row: i + 1 }));
}
