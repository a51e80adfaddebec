// Random campaigns for the evaluation property tests: a few clusters of units, a criteria table with
// bonus and deduction rows, scores on quarter points with forced ties and unscored units, a random
// tie-break chain, flags per cluster and bands.
import fc from 'fast-check';
import type {
  AwardRules,
  Campaign,
  Criterion,
  Gate,
  RankBand,
  ScoreRow,
  TieBreak,
  Title,
} from '../../src/domain/model';

/** Header and key of the vote-share input column used by `input` tie-break links. */
export const VOTE_KEY = 'votes';
export const VOTE_HEADER = 'Tỷ lệ phiếu bầu (%)';

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

interface CriterionShape {
  kind: Criterion['kind'];
  max: number;
}

const criterionShape: fc.Arbitrary<CriterionShape> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({ kind: fc.constant<'standard'>('standard'), max: fc.integer({ min: 5, max: 30 }) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant<'bonus'>('bonus'), max: fc.integer({ min: 1, max: 5 }) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant<'deduction'>('deduction'),
      max: fc.integer({ min: 1, max: 10 }),
    }),
  },
);

/** Criteria I.1, I.2, II.1 …: the first is always standard, so every table has points to rank on. */
function criteriaFrom(shapes: CriterionShape[]): Criterion[] {
  const groups = ['I', 'II', 'III'];
  const perGroup = new Map<string, number>();
  return shapes.map((shape, index) => {
    const kind = index === 0 ? 'standard' : shape.kind;
    const group = kind === 'standard' ? (groups[index % groups.length] ?? 'I') : kind === 'bonus' ? 'T' : 'D';
    const n = (perGroup.get(group) ?? 0) + 1;
    perGroup.set(group, n);
    return { code: `${group}.${n}`, group, text: `Tiêu chí ${group}.${n}`, max: shape.max, kind };
  });
}

/** Points on a quarter-point grid (exact in binary, as tiered tables score), or a blank cell. */
function pointsArb(max: number): fc.Arbitrary<number | null> {
  return fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 0, max: max * 4 }).map((q) => q / 4) },
    { weight: 1, arbitrary: fc.constant(null) },
  );
}

interface UnitScoreChoice {
  /** 0: unscored (no row), 1: a row of blanks, 2: own points, 3: copy an earlier unit of the cluster. */
  mode: number;
  values: (number | null)[];
  vote: number | null;
  copyFrom: number;
}

function tieBreakChain(criteria: Criterion[]): fc.Arbitrary<TieBreak[]> {
  const first = criteria[0];
  const candidates: TieBreak[] = [
    { kind: 'group', group: 'I', direction: 'desc', label: 'Điểm nhóm I cao hơn' },
    { kind: 'deductions', direction: 'asc', label: 'Ít điểm trừ hơn' },
    { kind: 'bonus', direction: 'desc', label: 'Nhiều điểm thưởng hơn' },
    {
      kind: 'input',
      key: VOTE_KEY,
      header: VOTE_HEADER,
      direction: 'desc',
      label: 'Tỷ lệ phiếu bầu cao hơn',
    },
  ];
  if (first !== undefined) {
    candidates.push({
      kind: 'criterion',
      criterion: first.code,
      direction: 'asc',
      label: `Ít điểm ${first.code} hơn`,
    });
  }
  return fc.shuffledSubarray(candidates, { minLength: 0, maxLength: 3 });
}

function awardRules(criteria: Criterion[], scale: number): fc.Arbitrary<AwardRules> {
  const gateCriterion = criteria[0]?.code ?? 'I.1';
  const band = (code: string, name: string, proposal: string): fc.Arbitrary<RankBand> =>
    fc.record({
      code: fc.constant(code),
      name: fc.constant(name),
      minScore: fc.integer({ min: 0, max: scale }),
      gates: fc.oneof(
        fc.constant<Gate[]>([]),
        fc.integer({ min: 0, max: 10 }).map((min): Gate[] => [{ criterion: gateCriterion, min }]),
      ),
      proposal: fc.constant(proposal),
    });
  return fc.record({
    flagsPerCluster: fc.integer({ min: 1, max: 2 }),
    flagTitle: fc.constantFrom('CTD', 'Cờ thi đua của Thành phố'),
    flagMinScore: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: scale })),
    bands: fc
      .tuple(band('A', 'Hạng A', 'BK'), band('B', 'Hạng B', 'Giấy khen'), fc.integer({ min: 0, max: 2 }))
      .map(([a, b, count]) => [a, b].slice(0, count).sort((x, y) => y.minScore - x.minScore)),
  });
}

/** A random campaign, scored, ready for `buildPlan`. */
export const campaignArb: fc.Arbitrary<Campaign> = fc
  .record({
    clusterSizes: fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 2, maxLength: 4 }),
    shapes: fc.array(criterionShape, { minLength: 3, maxLength: 8 }),
  })
  .chain(({ clusterSizes, shapes }) => {
    const criteria = criteriaFrom(shapes);
    const unitCount = clusterSizes.reduce((a, b) => a + b, 0);
    const choice: fc.Arbitrary<UnitScoreChoice> = fc.record({
      mode: fc.oneof(
        { weight: 1, arbitrary: fc.constant(0) },
        { weight: 1, arbitrary: fc.constant(1) },
        { weight: 5, arbitrary: fc.constant(2) },
        { weight: 3, arbitrary: fc.constant(3) },
      ),
      values: fc.tuple(...criteria.map((c) => pointsArb(c.max))),
      // A narrow range of votes makes ties on the vote link likely too.
      vote: fc.oneof(fc.constant(null), fc.integer({ min: 60, max: 63 })),
      copyFrom: fc.nat(),
    });
    return fc.record({
      clusterSizes: fc.constant(clusterSizes),
      criteria: fc.constant(criteria),
      choices: fc.array(choice, { minLength: unitCount, maxLength: unitCount }),
      tieBreaks: tieBreakChain(criteria),
      awardRules: awardRules(criteria, 100),
    });
  })
  .map(({ clusterSizes, criteria, choices, tieBreaks, awardRules: rules }) => {
    const clusters = clusterSizes.map((_, i) => ({
      code: `C${i + 1}`,
      name: `Cụm thi đua số ${i + 1}`,
      head: null,
      deputy: null,
    }));
    const units: Campaign['units'] = [];
    const scores: ScoreRow[] = [];
    let n = 0;
    clusterSizes.forEach((size, c) => {
      const members: ScoreRow[] = [];
      for (let i = 0; i < size; i += 1) {
        n += 1;
        const code = `U${n}`;
        units.push({ code, name: `Đơn vị số ${n}`, cluster: `C${c + 1}`, headcount: 5 + n });
        const pick = choices[n - 1];
        if (pick === undefined || pick.mode === 0) continue;
        const source =
          pick.mode === 3 && members.length > 0 ? members[pick.copyFrom % members.length] : undefined;
        const values: Record<string, number | null> = {};
        criteria.forEach((criterion, k) => {
          values[criterion.code] =
            pick.mode === 1
              ? null
              : source !== undefined
                ? (source.values[criterion.code] ?? null)
                : (pick.values[k] ?? null);
        });
        const vote = source !== undefined ? (source.inputs[VOTE_KEY] ?? null) : pick.vote;
        const row: ScoreRow = { row: scores.length + 1, unit: code, values, inputs: { [VOTE_KEY]: vote } };
        members.push(row);
        scores.push(row);
      }
    });
    const campaign: Campaign = {
      id: 'property',
      name: 'Phong trào thi đua (kiểm thử)',
      issuer: 'Sở Tư pháp',
      planNumber: '1/KH-STP',
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
      criteria,
      tiers: [],
      scoringTables: [],
      exclusions: [],
      registrations: [],
      scores,
      selfScores: [],
      tieBreaks,
      awardRules: rules,
      settings: { selfReviewGap: 5, precision: 2, registrationCheck: 'off' },
    };
    return campaign;
  });
