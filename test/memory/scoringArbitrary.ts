// Random campaigns for the scoring-rule properties: criteria trees three levels deep with typed, tiered
// and proportional criteria, capped and uncapped headings, a deduction scored by tiers, exclusions on the
// total and on a measure, bands with k-of-n targets, tolerances, alternatives and quotas, a flag that
// may require a band, one or two scoring tables; scores with blanks, negatives, points above their
// maximum and text typed into the workbook after set-up.
import fc from 'fast-check';
import type {
  AwardRules,
  Campaign,
  Criterion,
  Exclusion,
  RankBand,
  ScoreRow,
  ScoringMethod,
  Tier,
  TieBreak,
  Title,
} from '../../src/domain/model';

const TITLES: Title[] = [
  {
    code: 'CTD',
    name: 'Cờ thi đua của Bộ Tư pháp',
    subject: 'collective',
    kind: 'title',
    prerequisites: [],
    cap: null,
    counts: [],
  },
  {
    code: 'BK',
    name: 'Bằng khen của Bộ trưởng',
    subject: 'collective',
    kind: 'form',
    prerequisites: [],
    cap: null,
    counts: [],
  },
];

/** A node of a random criteria tree before codes are given. */
interface NodeShape {
  parts: NodeShape[];
  kind: Criterion['kind'];
  method: ScoringMethod;
  max: number;
  mayExceed: boolean;
  /** Steps of a tiered leaf: lower bounds and points (points as quarters of the maximum). */
  steps: { from: number; quarter: number }[];
}

const leafShape: fc.Arbitrary<NodeShape> = fc.record({
  parts: fc.constant<NodeShape[]>([]),
  kind: fc.constant<'standard'>('standard'),
  method: fc.oneof(
    { weight: 5, arbitrary: fc.constant<ScoringMethod>('typed') },
    { weight: 2, arbitrary: fc.constant<ScoringMethod>('tiers') },
    { weight: 1, arbitrary: fc.constant<ScoringMethod>('proportional') },
  ),
  max: fc.integer({ min: 1, max: 20 }),
  mayExceed: fc.boolean(),
  steps: fc.uniqueArray(
    fc.record({ from: fc.integer({ min: 0, max: 110 }), quarter: fc.integer({ min: 0, max: 4 }) }),
    {
      minLength: 1,
      maxLength: 5,
      selector: (s) => s.from,
    },
  ),
});

const nodeShape: fc.Arbitrary<NodeShape> = fc.letrec<{ node: NodeShape }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 3, arbitrary: leafShape },
    {
      weight: 2,
      arbitrary: fc.record({
        parts: fc.array(tie('node'), { minLength: 1, maxLength: 3 }),
        kind: fc.constant<'standard'>('standard'),
        method: fc.constant<ScoringMethod>('typed'),
        max: fc.integer({ min: 3, max: 40 }),
        mayExceed: fc.boolean(),
        steps: fc.constant<NodeShape['steps']>([]),
      }),
    },
  ),
})).node;

/** Gives codes to a tree: roots A, B, C; parts A.1, A.1.2 …; each root its own group. */
function criteriaOf(roots: NodeShape[], tables: readonly string[]): { criteria: Criterion[]; tiers: Tier[] } {
  const criteria: Criterion[] = [];
  const tiers: Tier[] = [];
  const visit = (
    node: NodeShape,
    code: string,
    group: string,
    parent: string | null,
    depth: number,
    table: string | null,
  ) => {
    const leaf = node.parts.length === 0 || depth >= 3;
    const criterion: Criterion = { code, group, text: `Tiêu chí ${code}`, max: node.max, kind: node.kind };
    if (parent !== null) criterion.parent = parent;
    if (table !== null) criterion.table = table;
    if (node.mayExceed) criterion.mayExceed = true;
    if (leaf && node.method !== 'typed') {
      criterion.method = node.method;
      criterion.measureUnit = node.method === 'tiers' ? 'ngày' : '%';
    }
    criteria.push(criterion);
    if (leaf && node.method === 'tiers') {
      for (const step of node.steps) {
        tiers.push({
          criterion: code,
          from: step.from,
          points: (node.max * step.quarter) / 4,
          label: `từ ${step.from}`,
        });
      }
    }
    if (!leaf) node.parts.forEach((part, i) => visit(part, `${code}.${i + 1}`, group, code, depth + 1, null));
  };
  roots.forEach((root, i) => {
    const code = String.fromCharCode(65 + i);
    visit(root, code, code, null, 0, tables.length > 0 ? (tables[i % tables.length] ?? null) : null);
  });
  // A capped bonus heading over two flags (+10 ministry, +15 government) and a deduction scored by tiers.
  criteria.push(
    { code: 'T', group: 'T', text: 'Điểm thưởng', max: 10, kind: 'bonus' },
    {
      code: 'T.1',
      group: 'T',
      text: 'Cờ thi đua của Bộ',
      max: 10,
      kind: 'bonus',
      parent: 'T',
      mayExceed: true,
    },
    {
      code: 'T.2',
      group: 'T',
      text: 'Cờ thi đua của Chính phủ',
      max: 15,
      kind: 'bonus',
      parent: 'T',
      mayExceed: true,
    },
    {
      code: 'D',
      group: 'D',
      text: 'Việc tồn đọng',
      max: 20,
      kind: 'deduction',
      method: 'tiers',
      measureUnit: '%',
    },
  );
  tiers.push(
    { criterion: 'D', from: 0, points: 0, label: 'dưới 1%' },
    { criterion: 'D', from: 1, points: 10, label: '1–10%' },
    { criterion: 'D', from: 11, points: 20, label: '11–20%' },
  );
  return { criteria, tiers };
}

/** What is typed for one leaf of one unit. */
type Typed = { kind: 'blank' } | { kind: 'number'; value: number } | { kind: 'text' };

/** A number a unit may type for a leaf: points on quarters up to the maximum, or a measure. */
function numberArb(criterion: Criterion): fc.Arbitrary<number> {
  return (criterion.method ?? 'typed') !== 'typed'
    ? fc.integer({ min: 0, max: 120 })
    : fc.integer({ min: 0, max: criterion.max * 4 }).map((q) => q / 4);
}

/** A slip in one cell: left blank, negative, above the maximum, or text. */
function slipArb(criterion: Criterion): fc.Arbitrary<Typed> {
  return fc.constantFrom<Typed>(
    { kind: 'blank' },
    { kind: 'number', value: -1 },
    { kind: 'number', value: criterion.max + 1 },
    { kind: 'text' },
  );
}

/** The scoring table of a leaf: its top criterion's. */
function tableOfLeaf(criteria: readonly Criterion[], leaf: Criterion): string {
  const byCode = new Map(criteria.map((c) => [c.code, c]));
  let at: Criterion | undefined = leaf;
  while (at?.parent !== undefined) at = byCode.get(at.parent);
  return at?.table ?? '';
}

/** A random campaign with its text cells, to type into the workbook once it is set up. */
export interface ScoringCase {
  campaign: Campaign;
  /** Unit code and criterion code of each cell that gets text instead of a number. */
  texts: { unit: string; criterion: string }[];
}

function bandsArb(leaves: Criterion[]): fc.Arbitrary<{ bands: RankBand[]; flagBand: string | null }> {
  const targets = leaves.filter((c) => c.kind === 'standard');
  const row = (code: string, name: string, proposal: string): fc.Arbitrary<RankBand> =>
    fc
      .record({
        minScore: fc.integer({ min: 0, max: 80 }),
        gates: fc.subarray(targets, { minLength: 0, maxLength: Math.min(3, targets.length) }),
        mins: fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 3, maxLength: 3 }),
        need: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
        tolerance: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
        quota: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
      })
      .map(({ minScore, gates, mins, need, tolerance, quota }) => {
        const band: RankBand = {
          code,
          name,
          minScore,
          gates: gates.map((c, i) => ({
            criterion: c.code,
            min: (c.method ?? 'typed') === 'typed' ? Math.min(mins[i] ?? 0, c.max) : (mins[i] ?? 0) * 5,
          })),
          proposal,
        };
        if (need !== undefined) band.need = need;
        if (tolerance !== undefined) band.tolerance = tolerance;
        if (quota !== undefined) band.quota = quota;
        return band;
      });
  const code = (c: string, name: string, proposal: string) =>
    fc.array(row(c, name, proposal), { minLength: 1, maxLength: 2 });
  return fc
    .record({
      a: code('A', 'Hạng A', 'BK'),
      b: code('B', 'Hạng B', 'Giấy khen'),
      count: fc.integer({ min: 0, max: 2 }),
      flagBand: fc.option(fc.constant('A'), { nil: null }),
    })
    .map(({ a, b, count, flagBand }) => ({
      bands: [a, b].slice(0, count).flat(),
      flagBand: count > 0 ? flagBand : null,
    }));
}

function exclusionsArb(leaves: Criterion[]): fc.Arbitrary<Exclusion[]> {
  const measured = leaves.filter((c) => (c.method ?? 'typed') !== 'typed');
  const floor = fc
    .integer({ min: 0, max: 60 })
    .map((value): Exclusion => ({ criterion: null, comparison: '<', value, reason: 'Dưới điểm sàn' }));
  const line = fc
    .record({ on: fc.constantFrom(...measured.map((c) => c.code)), value: fc.integer({ min: 10, max: 100 }) })
    .map(({ on, value }): Exclusion => ({
      criterion: on,
      comparison: '>=',
      value,
      reason: `Tồn đọng từ ${value}% trở lên`,
    }));
  return fc.array(measured.length > 0 ? fc.oneof(floor, line) : floor, { minLength: 0, maxLength: 2 });
}

function tieBreakArb(criteria: Criterion[]): fc.Arbitrary<TieBreak[]> {
  const first = criteria[0];
  const candidates: TieBreak[] = [
    { kind: 'group', group: 'A', direction: 'desc', label: 'Điểm phần A cao hơn' },
    { kind: 'deductions', direction: 'asc', label: 'Ít điểm trừ hơn' },
    { kind: 'bonus', direction: 'desc', label: 'Nhiều điểm thưởng hơn' },
  ];
  if (first !== undefined)
    candidates.push({
      kind: 'criterion',
      criterion: first.code,
      direction: 'desc',
      label: `Điểm ${first.code} cao hơn`,
    });
  return fc.shuffledSubarray(candidates, { minLength: 0, maxLength: 2 });
}

/** A random scored campaign of the scoring rules, and the text cells to type after set-up. */
export const scoringCaseArb: fc.Arbitrary<ScoringCase> = fc
  .record({
    roots: fc.array(nodeShape, { minLength: 1, maxLength: 3 }),
    twoTables: fc.boolean(),
    clusterSizes: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 3 }),
    tierOrder: fc.boolean(),
  })
  .chain(({ roots, twoTables, clusterSizes, tierOrder }) => {
    const tables = twoTables ? ['SO', 'THA'] : [];
    const built = criteriaOf(roots, tables);
    // The Tiers table in another order than the catalogue: a step's place comes from its bound.
    const tiers = tierOrder ? [...built.tiers].reverse() : built.tiers;
    const isHeading = new Set(built.criteria.flatMap((c) => (c.parent === undefined ? [] : [c.parent])));
    const leaves = built.criteria.filter((c) => !isHeading.has(c.code));
    const unitCount = clusterSizes.reduce((a, b) => a + b, 0);
    const unit = fc.record({
      scored: fc.oneof(
        { weight: 1, arbitrary: fc.constant(false) },
        { weight: 6, arbitrary: fc.constant(true) },
      ),
      copy: fc.oneof({ weight: 3, arbitrary: fc.constant(-1) }, { weight: 2, arbitrary: fc.nat() }),
      numbers: fc.tuple(...leaves.map(numberArb)),
      // Most units are scored cleanly; some carry a slip, or points under another scoring table.
      slip: fc.oneof(
        { weight: 6, arbitrary: fc.constant(null) },
        { weight: 2, arbitrary: fc.record({ at: fc.nat(), typed: fc.oneof(...leaves.map(slipArb)) }) },
        { weight: 1, arbitrary: fc.constant('otherTable' as const) },
      ),
    });
    return fc.record({
      criteria: fc.constant(built.criteria),
      tiers: fc.constant(tiers),
      tables: fc.constant(tables),
      leaves: fc.constant(leaves),
      clusterSizes: fc.constant(clusterSizes),
      units: fc.array(unit, { minLength: unitCount, maxLength: unitCount }),
      bands: bandsArb(leaves),
      exclusions: exclusionsArb(leaves),
      tieBreaks: tieBreakArb(built.criteria),
      flags: fc.integer({ min: 1, max: 2 }),
      flagMinScore: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
    });
  })
  .map((c): ScoringCase => {
    const clusters = c.clusterSizes.map((_, i) => ({
      code: `C${i + 1}`,
      name: `Cụm thi đua số ${i + 1}`,
      head: null,
      deputy: null,
      ...(c.tables.length > 0 ? { scoringTable: c.tables[i % c.tables.length] ?? '' } : {}),
    }));
    const units: Campaign['units'] = [];
    const scores: ScoreRow[] = [];
    const texts: ScoringCase['texts'] = [];
    let n = 0;
    c.clusterSizes.forEach((size, k) => {
      const members: typeof c.units = [];
      for (let i = 0; i < size; i += 1) {
        n += 1;
        const code = `U${n}`;
        units.push({ code, name: `Đơn vị số ${n}`, cluster: `C${k + 1}`, headcount: 10 });
        const own = c.units[n - 1];
        if (own === undefined || !own.scored) continue;
        // Copying an earlier unit of the cluster makes ties on the total likely.
        const pick = own.copy >= 0 && members.length > 0 ? (members[own.copy % members.length] ?? own) : own;
        members.push(pick);
        const values: Record<string, number | null> = {};
        const measures: Record<string, number | null> = {};
        const table = clusters[k]?.scoringTable ?? '';
        const slipAt = pick.slip !== null && pick.slip !== 'otherTable' ? pick.slip.at % c.leaves.length : -1;
        c.leaves.forEach((leaf, j) => {
          const leafTable = tableOfLeaf(c.criteria, leaf);
          const own = c.tables.length === 0 || leafTable === '' || leafTable === table;
          const typed: Typed =
            j === slipAt && pick.slip !== null && pick.slip !== 'otherTable'
              ? pick.slip.typed
              : own || pick.slip === 'otherTable'
                ? { kind: 'number', value: pick.numbers[j] ?? 0 }
                : { kind: 'blank' };
          const value = typed.kind === 'number' ? typed.value : null;
          if ((leaf.method ?? 'typed') === 'typed') values[leaf.code] = value;
          else measures[leaf.code] = value;
          if (typed.kind === 'text') texts.push({ unit: code, criterion: leaf.code });
        });
        scores.push({ row: scores.length + 1, unit: code, values, inputs: {}, measures });
      }
    });
    const rules: AwardRules = {
      flagsPerCluster: c.flags,
      flagTitle: 'CTD',
      flagMinScore: c.flagMinScore,
      bands: c.bands.bands,
      ...(c.bands.flagBand === null ? {} : { flagBand: c.bands.flagBand }),
    };
    const campaign: Campaign = {
      id: 'scoring-property',
      name: 'Phong trào thi đua (kiểm thử quy tắc chấm điểm)',
      issuer: 'Cục Thi hành án dân sự',
      planNumber: '1/KH',
      issueDate: '2024-01-05',
      year: 2024,
      theme: '',
      kind: 'regular',
      start: '2024-01-01',
      end: '2024-12-31',
      registrationDeadline: null,
      phases: [],
      scale: 100,
      ruleSet: null,
      sampleData: true,
      clusters,
      units,
      titles: TITLES,
      criteria: c.criteria,
      tiers: c.tiers,
      scoringTables: c.tables.map((code) => ({ code, name: `Bảng ${code}`, scale: 100 })),
      exclusions: c.exclusions,
      registrations: [],
      scores,
      selfScores: [],
      tieBreaks: c.tieBreaks,
      awardRules: rules,
      settings: { selfReviewGap: 5, precision: 2, registrationCheck: 'off' },
    };
    return { campaign, texts };
  });
