// Small, explicit campaigns for the ranking tests: every field a test does not name gets a neutral default.
import type {
  AwardRules,
  Campaign,
  Cluster,
  Criterion,
  Registration,
  ScoreRow,
  TieBreak,
  Title,
  Unit,
} from '../../../src/domain/model';

/** A campaign with nothing in it but what a ranking test needs; override any field. */
export function campaignWith(overrides: Partial<Campaign> = {}): Campaign {
  const base: Campaign = {
    id: 'test',
    name: 'Phong trào thử',
    issuer: 'Sở Tư pháp',
    planNumber: '1/KH-STP',
    issueDate: null,
    year: 2018,
    theme: '',
    kind: 'regular',
    start: '2018-01-01',
    end: '2018-12-31',
    registrationDeadline: null,
    phases: [],
    scale: 100,
    ruleSet: null,
    sampleData: true,
    clusters: [],
    units: [],
    titles: [],
    criteria: [],
    tiers: [],
    scoringTables: [],
    exclusions: [],
    registrations: [],
    scores: [],
    selfScores: [],
    tieBreaks: [],
    awardRules: noAwards(),
    settings: { selfReviewGap: 5, precision: 2, registrationCheck: 'off' },
  };
  return { ...base, ...overrides };
}

/** Award rules that propose nothing: no flag, no band. */
export function noAwards(): AwardRules {
  return { flagsPerCluster: 0, flagTitle: '', flagMinScore: null, bands: [] };
}

export function cluster(code: string, name = `Cụm ${code}`): Cluster {
  return { code, name, head: null, deputy: null };
}

export function unit(code: string, clusterCode: string, name = `Đơn vị ${code}`): Unit {
  return { code, name, cluster: clusterCode, headcount: null };
}

export function criterion(
  code: string,
  group: string,
  kind: Criterion['kind'] = 'standard',
  max = 100,
): Criterion {
  return { code, group, text: `Tiêu chí ${code}`, max, kind };
}

let nextRow = 1;

/** A score row; `values` maps criterion codes to points (null for a blank cell). */
export function score(
  unitCode: string,
  values: Record<string, number | null>,
  inputs: Record<string, number | null> = {},
): ScoreRow {
  nextRow += 1;
  return { row: nextRow, unit: unitCode, values, inputs };
}

export function title(code: string, overrides: Partial<Title> = {}): Title {
  return {
    code,
    name: `Danh hiệu ${code}`,
    subject: 'individual',
    kind: 'title',
    prerequisites: [],
    cap: null,
    counts: [],
    ...overrides,
  };
}

export function registration(
  unitCode: string,
  titleCode: string,
  person: string,
  subject: Registration['subject'] = 'individual',
): Registration {
  nextRow += 1;
  return {
    row: nextRow,
    unit: unitCode,
    subject,
    person,
    position: '',
    title: titleCode,
    date: null,
    note: '',
  };
}

/** Tie-break links, "higher wins" unless `asc`. */
export const link = {
  group: (group: string, direction: 'asc' | 'desc' = 'desc'): TieBreak => ({
    kind: 'group',
    group,
    direction,
    label: `Nhóm ${group}`,
  }),
  criterion: (code: string, direction: 'asc' | 'desc' = 'desc'): TieBreak => ({
    kind: 'criterion',
    criterion: code,
    direction,
    label: `Tiêu chí ${code}`,
  }),
  bonus: (direction: 'asc' | 'desc' = 'desc'): TieBreak => ({
    kind: 'bonus',
    direction,
    label: 'Điểm thưởng',
  }),
  deductions: (direction: 'asc' | 'desc' = 'asc'): TieBreak => ({
    kind: 'deductions',
    direction,
    label: 'Điểm trừ',
  }),
  input: (key: string, direction: 'asc' | 'desc' = 'desc'): TieBreak => ({
    kind: 'input',
    key,
    header: key,
    direction,
    label: key,
  }),
};

/**
 * One cluster `C1` of units scored on a single criterion `P`: `totals` maps unit code to points,
 * null for a unit in the catalogue with no score row.
 */
export function oneCluster(
  totals: Record<string, number | null>,
  overrides: Partial<Campaign> = {},
): Campaign {
  const codes = Object.keys(totals);
  return campaignWith({
    clusters: [cluster('C1', 'Cụm 1')],
    units: codes.map((code) => unit(code, 'C1')),
    criteria: [criterion('P', 'I')],
    scores: codes.flatMap((code) => {
      const points = totals[code];
      return points === null || points === undefined ? [] : [score(code, { P: points })];
    }),
    ...overrides,
  });
}
