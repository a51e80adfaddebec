/**
 * The campaigns the benchmark runs on, generated from a seeded generator so every run and every
 * machine measures the same data: a provincial Sở (4 clusters, 40 units, 500 registrations) and the
 * Ministry level of DESIGN.md's "Scale to design for" (40 clusters, 1,000 units, 30 criteria,
 * 20,000 registrations, every unit scored and self-scored).
 *
 * The data is meant to look like a real file, not to be clean: a few registrations in a thousand
 * carry the slips an officer makes (a title code that does not exist, a missing name, a date after
 * the deadline) and a few units have a criterion left blank, so validation builds messages as it
 * would on a real file.
 */
import type {
  Campaign,
  Criterion,
  HistoryEntry,
  Registration,
  ScoreRow,
  Tier,
  Unit,
} from '../src/domain/model';
import { vietnameseNames } from '../src/domain/presets/_lib/names';
import { seededRandom, type Random } from '../src/domain/presets/_lib/prng';
import {
  defaultAwardRules,
  defaultSettings,
  defaultTieBreaks,
  ruleSetForYear,
  TITLE_CODES,
  titlesFor,
  VOTES_INPUT,
} from '../src/domain/rules';

/** The size of a generated campaign. */
export interface WorkloadSize {
  /** Short id: `provincial`, `ministry`. */
  id: string;
  label: string;
  clusters: number;
  units: number;
  /** Registrations in all, two collective ones per unit and the rest individual. */
  registrations: number;
  /** Scored on a four-level tree of 60 criteria, 20 of them tiered, instead of the 30 flat ones. */
  tree?: boolean;
  /**
   * Years of award history (Lịch sử khen thưởng) before the campaign year: every person's and unit's
   * titles of each year, and one CSTĐ bộ registration per unit, whose three years of CSTĐCS the
   * validation then reads from the history.
   */
  historyYears?: number;
}

/** A Sở Tư pháp: 4 clusters, 40 units, 500 registrations. */
export const PROVINCIAL: WorkloadSize = {
  id: 'provincial',
  label: 'Sở (4 cụm, 40 đơn vị, 500 đăng ký)',
  clusters: 4,
  units: 40,
  registrations: 500,
};

/** The Ministry: 40 clusters, 1,000 units, 20,000 registrations. */
export const MINISTRY: WorkloadSize = {
  id: 'ministry',
  label: 'Bộ (40 cụm, 1.000 đơn vị, 20.000 đăng ký)',
  clusters: 40,
  units: 1000,
  registrations: 20_000,
};

const YEAR = 2024;
const DEADLINE = '2024-01-31';

/** The Ministry scored on a four-level criteria tree: 60 leaves, 20 tiered from a measure. */
export const MINISTRY_TREE: WorkloadSize = {
  id: 'ministry-tree',
  label: 'Bộ, bảng điểm 4 cấp (60 tiêu chí, 20 theo mức)',
  clusters: 40,
  units: 1000,
  registrations: 20_000,
  tree: true,
};

/** The Ministry with ten years of award history (about 190,000 rows) and a CSTĐ bộ per unit. */
export const MINISTRY_HISTORY: WorkloadSize = {
  ...MINISTRY,
  id: 'ministry-history',
  label: 'Bộ, với 10 năm lịch sử khen thưởng',
  historyYears: 10,
};

/** Every workload, by id. */
export const WORKLOADS: readonly WorkloadSize[] = [PROVINCIAL, MINISTRY, MINISTRY_TREE, MINISTRY_HISTORY];

/** Groups I–VII of four criteria each (28 standard criteria worth 100 points), then a bonus and a deduction: 30 in all. */
const STANDARD_GROUPS: readonly { group: string; text: string; maxima: readonly number[] }[] = [
  { group: 'I', text: 'Thực hiện nhiệm vụ chuyên môn trọng tâm', maxima: [8, 6, 6, 5] },
  { group: 'II', text: 'Chế độ thông tin, báo cáo', maxima: [5, 4, 3, 3] },
  { group: 'III', text: 'Cải cách hành chính, kỷ luật, kỷ cương', maxima: [4, 4, 3, 3] },
  { group: 'IV', text: 'Công tác thi đua, khen thưởng', maxima: [3, 3, 3, 3] },
  { group: 'V', text: 'Xây dựng đội ngũ, tổ chức Đảng, đoàn thể', maxima: [3, 3, 3, 3] },
  { group: 'VI', text: 'Quản lý tài chính, tài sản; thực hành tiết kiệm', maxima: [3, 3, 2, 3] },
  { group: 'VII', text: 'Ứng dụng công nghệ thông tin, chuyển đổi số', maxima: [3, 3, 3, 2] },
];

const POSITIONS = [
  'Phó Trưởng phòng',
  'Chuyên viên',
  'Chuyên viên chính',
  'Thanh tra viên',
  'Chấp hành viên',
  'Kế toán',
  'Văn thư',
];

const UNIT_NAMES = [
  'Sở Tư pháp',
  'Cục Thi hành án dân sự',
  'Phòng Tư pháp',
  'Trung tâm Trợ giúp pháp lý nhà nước',
  'Phòng Công chứng',
  'Trung tâm Dịch vụ đấu giá tài sản',
];

/**
 * The 30 criteria of the generated campaigns.
 * @returns 28 standard criteria adding to 100 points, one bonus, one deduction
 * @example
 * benchCriteria().length // 30
 */
export function benchCriteria(): Criterion[] {
  const standard = STANDARD_GROUPS.flatMap(({ group, text, maxima }) =>
    maxima.map((max, i): Criterion => ({
      code: `${group}.${i + 1}`,
      group,
      text: `${text} — nội dung ${i + 1}`,
      max,
      kind: 'standard',
    })),
  );
  return [
    ...standard,
    { code: 'TH.1', group: 'TH', text: 'Sáng kiến, mô hình mới được công nhận', max: 5, kind: 'bonus' },
    {
      code: 'TR.1',
      group: 'TR',
      text: 'Vi phạm kỷ luật, báo cáo sai lệch số liệu',
      max: 5,
      kind: 'deduction',
    },
  ];
}

/** Steps by the share done, as the Ministry's table scores its items: 100% the full points, less below. */
function shareSteps(code: string, max: number): Tier[] {
  return [
    [0, 0, 'dưới 60%'],
    [60, 0.25, 'từ 60% đến dưới 80%'],
    [80, 0.75, 'từ 80% đến dưới 100%'],
    [100, 1, '100%'],
  ].map(([from, share, label]) => ({
    criterion: code,
    from: from as number,
    points: max * (share as number),
    label: label as string,
  }));
}

/**
 * A four-level tree of 100 points: parts A and B ⊃ five groups each ⊃ two items ⊃ three sub-items,
 * 60 leaves, the first sub-item of every item scored by tiers from a share done (20 tiered); a
 * capped bonus heading and a deduction on top.
 * @returns the criteria and the steps of the tiered ones
 * @example
 * benchTree().criteria.filter((c) => c.method === 'tiers').length // 20
 */
export function benchTree(): { criteria: Criterion[]; tiers: Tier[] } {
  const criteria: Criterion[] = [];
  const tiers: Tier[] = [];
  const leafMax = [2, 1.5, 1.5];
  for (const part of ['A', 'B']) {
    criteria.push({ code: part, group: part, text: `Phần ${part}`, max: 50, kind: 'standard' });
    for (let g = 1; g <= 5; g += 1) {
      const group = `${part}.${g}`;
      criteria.push({
        code: group,
        group: part,
        text: `Nhóm ${group}`,
        max: 10,
        kind: 'standard',
        parent: part,
      });
      for (let i = 1; i <= 2; i += 1) {
        const item = `${group}.${i}`;
        criteria.push({
          code: item,
          group: part,
          text: `Mục ${item}`,
          max: 5,
          kind: 'standard',
          parent: group,
        });
        leafMax.forEach((max, k) => {
          const code = `${item}.${k + 1}`;
          const tiered = k === 0;
          criteria.push({
            code,
            group: part,
            text: `Ý ${code}`,
            max,
            kind: 'standard',
            parent: item,
            ...(tiered ? { method: 'tiers' as const, measureUnit: '%' } : {}),
          });
          if (tiered) tiers.push(...shareSteps(code, max));
        });
      }
    }
  }
  criteria.push(
    { code: 'TH', group: 'TH', text: 'Điểm thưởng', max: 10, kind: 'bonus' },
    { code: 'TH.1', group: 'TH', text: 'Cờ thi đua', max: 10, kind: 'bonus', parent: 'TH', mayExceed: true },
    { code: 'TR.1', group: 'TR', text: 'Vi phạm kỷ luật', max: 5, kind: 'deduction' },
  );
  return { criteria, tiers };
}

function snap(value: number, step: number): number {
  return Math.round(value / step) * step;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

function isoDay(dayOfJanuary: number): string {
  return `${YEAR}-01-${String(dayOfJanuary).padStart(2, '0')}`;
}

/** Units spread evenly over the clusters, each with a headcount that its registrations fit under the caps. */
function generateUnits(random: Random, size: WorkloadSize, individuals: readonly number[]): Unit[] {
  return individuals.map((people, i) => {
    const cluster = i % size.clusters;
    // LĐTT alone stays at least 70% of the headcount, so TTLĐXS's member share holds.
    const ldtt = people - cstdcsCount(people);
    const headcount = random.int(people + 1, Math.max(people + 1, Math.floor(ldtt / 0.7)));
    return {
      code: `DV${String(i + 1).padStart(4, '0')}`,
      name: `${UNIT_NAMES[i % UNIT_NAMES.length] ?? 'Đơn vị'} số ${i + 1}`,
      cluster: `CUM${String(cluster + 1).padStart(2, '0')}`,
      headcount,
    };
  });
}

/** CSTĐCS of a unit with `people` individual registrations: as many as 15% of its LĐTT allows, at least one. */
function cstdcsCount(people: number): number {
  return Math.max(1, Math.floor(0.15 * (people - 1)));
}

/** How many individual registrations each unit sends, adding up to the workload's total. */
function individualsPerUnit(size: WorkloadSize): number[] {
  const individual = size.registrations - 2 * size.units;
  const base = Math.floor(individual / size.units);
  const extra = individual - base * size.units;
  return Array.from({ length: size.units }, (_, i) => base + (i < extra ? 1 : 0));
}

function generateRegistrations(
  random: Random,
  units: readonly Unit[],
  individuals: readonly number[],
  cstdBo: boolean,
): Registration[] {
  const rows: Omit<Registration, 'row'>[] = [];
  units.forEach((unit, u) => {
    // Names are unique within a unit, as a unit's list knows its people; across 1,000 units they repeat.
    const nextName = vietnameseNames(random, 'north');
    const date = isoDay(random.int(5, 29));
    for (const title of [TITLE_CODES.TTLDXS, TITLE_CODES.CTD_BO]) {
      rows.push({ unit: unit.code, subject: 'collective', person: '', position: '', title, date, note: '' });
    }
    const people = individuals[u] ?? 0;
    const cstdcs = cstdcsCount(people);
    for (let p = 0; p < people; p++) {
      rows.push({
        unit: unit.code,
        subject: 'individual',
        person: nextName(),
        position: random.pick(POSITIONS),
        // CSTĐ bộ counts as a CSTĐCS: the unit's counts and caps stay as they were.
        title: cstdBo && p === 0 ? TITLE_CODES.CSTD_BO : p < cstdcs ? TITLE_CODES.CSTDCS : TITLE_CODES.LDTT,
        date,
        note: '',
      });
    }
  });
  // The slips of a real file, about 3 in a thousand rows, always on individual rows.
  rows.forEach((row, i) => {
    if (row.subject !== 'individual' || i % 331 !== 7) return;
    const slip = Math.floor(i / 331) % 3;
    if (slip === 0) row.title = 'CSTD';
    else if (slip === 1) row.person = '';
    else row.date = '2024-02-15';
  });
  return rows.map((row, i) => ({ row: i + 1, ...row }));
}

function generateScores(
  random: Random,
  units: readonly Unit[],
  criteria: readonly Criterion[],
): { scores: ScoreRow[]; selfScores: ScoreRow[] } {
  const usedVotes = new Map<string, Set<number>>();
  const headings = new Set(criteria.flatMap((c) => (c.parent === undefined ? [] : [c.parent])));
  const scores: ScoreRow[] = [];
  const selfScores: ScoreRow[] = [];
  units.forEach((unit, i) => {
    const quality = 0.72 + 0.24 * random.next();
    const values: Record<string, number | null> = {};
    const self: Record<string, number | null> = {};
    const measures: Record<string, number | null> = {};
    for (const c of criteria) {
      if (headings.has(c.code)) continue;
      if (c.method === 'tiers') {
        measures[c.code] = clamp(Math.round(100 * (quality + (random.next() - 0.5) * 0.2)), 40, 100);
        continue;
      }
      const step = c.max >= 4 ? 0.5 : 0.25;
      let value: number;
      if (c.kind === 'standard')
        value = clamp(snap(c.max * (quality + (random.next() - 0.5) * 0.1), step), 0, c.max);
      else if (c.kind === 'bonus') value = random.chance(0.3) ? snap(c.max * random.next(), 0.25) : 0;
      else value = random.chance(0.25) ? snap(c.max * random.next() * 0.5, 0.25) : 0;
      values[c.code] = value;
      // Units grade themselves a little higher than the review does.
      self[c.code] = c.kind === 'standard' ? Math.min(c.max, value + (random.chance(0.2) ? step : 0)) : value;
    }
    // A criterion left blank on about 1% of units: validation reports it, the unit is held.
    const blank = criteria.find(
      (c) => c.kind === 'standard' && !headings.has(c.code) && c.method === undefined,
    );
    if (i % 97 === 13 && blank !== undefined) values[blank.code] = null;
    const taken = usedVotes.get(unit.cluster) ?? new Set<number>();
    usedVotes.set(unit.cluster, taken);
    let votes = snap(60 + 39 * quality + random.next() * 1.5, 0.5);
    while (taken.has(votes)) votes -= 0.5;
    taken.add(votes);
    const measured = Object.keys(measures).length > 0 ? { measures } : {};
    scores.push({ row: i + 1, unit: unit.code, values, inputs: { [VOTES_INPUT.key]: votes }, ...measured });
    selfScores.push({ row: i + 1, unit: unit.code, values: self, inputs: {}, ...measured });
  });
  return { scores, selfScores };
}

/**
 * A complete campaign of the given size, the same on every call.
 * @param size - clusters, units and registrations
 * @returns the campaign, flagged as sample data
 * @example
 * generateCampaign(MINISTRY).registrations.length // 20000
 */
export function generateCampaign(size: WorkloadSize): Campaign {
  const random = seededRandom(`thidua-bench-${size.id}`);
  const ruleSet = ruleSetForYear(YEAR);
  const tree = size.tree === true ? benchTree() : { criteria: benchCriteria(), tiers: [] };
  const criteria = tree.criteria;
  const individuals = individualsPerUnit(size);
  const units = generateUnits(random, size, individuals);
  const registrations = generateRegistrations(random, units, individuals, (size.historyYears ?? 0) > 0);
  const { scores, selfScores } = generateScores(random, units, criteria);
  const clusters = Array.from({ length: size.clusters }, (_, c) => {
    const code = `CUM${String(c + 1).padStart(2, '0')}`;
    const members = units.filter((unit) => unit.cluster === code);
    return {
      code,
      name: `Cụm thi đua số ${c + 1}`,
      head: members[0]?.code ?? null,
      deputy: members[1]?.code ?? null,
    };
  });
  return {
    id: `bench-${size.id}`,
    name: `Phong trào thi đua năm ${YEAR} — ${size.label}`,
    issuer: 'Bộ Tư pháp',
    planNumber: '01/KH-BTP',
    issueDate: `${YEAR}-01-02`,
    year: YEAR,
    theme: '',
    kind: 'regular',
    start: `${YEAR}-01-01`,
    end: `${YEAR}-12-31`,
    registrationDeadline: DEADLINE,
    phases: [],
    scale: 100,
    ruleSet: ruleSet.id,
    sampleData: true,
    clusters,
    units,
    titles: titlesFor(ruleSet),
    criteria,
    tiers: tree.tiers,
    scoringTables: [],
    exclusions: [],
    registrations,
    ...(size.historyYears === undefined
      ? {}
      : { history: generateHistory(registrations, size.historyYears) }),
    scores,
    selfScores,
    tieBreaks: defaultTieBreaks(criteria, ruleSet.rules.tieBreakChain.value),
    awardRules: defaultAwardRules(ruleSet, 100),
    settings: defaultSettings(ruleSet, 100),
  };
}

/**
 * Each of `years` earlier years as its decisions would list it: every unit TTLĐXS, every person of
 * this year's registrations LĐTT, or CSTĐCS for those registered for CSTĐCS or CSTĐ bộ now. One CSTĐ bộ
 * in ten lacks its CSTĐCS of two years before, as a real file lacks a decision, so validation also
 * words the error.
 */
function generateHistory(registrations: readonly Registration[], years: number): HistoryEntry[] {
  const rows: Omit<HistoryEntry, 'row'>[] = [];
  let cstdBo = 0;
  for (const r of registrations) {
    const bo = r.title === TITLE_CODES.CSTD_BO;
    if (bo) cstdBo += 1;
    if (r.subject === 'individual' && r.person === '') continue;
    if (r.subject === 'collective' && r.title !== TITLE_CODES.TTLDXS) continue;
    const outstanding = bo || r.title === TITLE_CODES.CSTDCS;
    for (let k = 1; k <= years; k++) {
      if (bo && k === 2 && cstdBo % 10 === 0) continue;
      const year = YEAR - k;
      rows.push({
        year,
        subject: r.subject,
        unit: r.unit,
        person: r.person,
        birthDate: null,
        title:
          r.subject === 'collective'
            ? TITLE_CODES.TTLDXS
            : outstanding
              ? TITLE_CODES.CSTDCS
              : TITLE_CODES.LDTT,
        decision: `${(k * 37) % 500}/QĐ-BTP`,
        decisionDate: `${year}-12-20`,
      });
    }
  }
  return rows.map((row, i) => ({ row: i + 1, ...row }));
}
