import type { AwardRules, Campaign } from '../model';
import type { RuleSet } from '../rules/ruleSet';
import { TITLE_CODES } from '../rules/titleCodes';
import { buildSampleCampaign } from './_lib/buildSampleCampaign';
import { BONUS_AND_DEDUCTIONS, THADS_200, THADS_TARGETS, UNDONE_LINE } from './_lib/justiceTables';
import type { UnitSpec } from './_lib/sampleUnits';
import { scoringTree } from './_lib/scoringTree';

const ZONES = { north: 'MNPB', delta: 'DBSH' } as const;

const OFFICES: readonly (readonly [zone: string, code: string, province: string])[] = [
  [ZONES.north, 'HG', 'Hà Giang'],
  [ZONES.north, 'CB', 'Cao Bằng'],
  [ZONES.north, 'LCA', 'Lào Cai'],
  [ZONES.north, 'YB', 'Yên Bái'],
  [ZONES.north, 'TN', 'Thái Nguyên'],
  [ZONES.north, 'LS', 'Lạng Sơn'],
  [ZONES.north, 'SL', 'Sơn La'],
  [ZONES.delta, 'HNA', 'Hà Nam'],
  [ZONES.delta, 'ND', 'Nam Định'],
  [ZONES.delta, 'NB', 'Ninh Bình'],
  [ZONES.delta, 'TB', 'Thái Bình'],
  [ZONES.delta, 'HY', 'Hưng Yên'],
  [ZONES.delta, 'HD', 'Hải Dương'],
  [ZONES.delta, 'VP', 'Vĩnh Phúc'],
];

const UNITS: readonly UnitSpec[] = OFFICES.map(([cluster, code, province]) => ({
  code: `CTHADS-${code}`,
  name: `Cục Thi hành án dân sự tỉnh ${province}`,
  cluster,
  kind: 'thads',
}));

const TABLE = scoringTree(THADS_200);
const SHARED = scoringTree(BONUS_AND_DEDUCTIONS);

/** Each target met in full: at least 100% of what was set. */
const TARGETS_MET = THADS_TARGETS.map((criterion) => ({ criterion, min: 100 }));

/**
 * The bands of QĐ 1682/QĐ-BTP (21/9/2015): Hạng A from 180 of 200 points with all three targets met; Hạng B
 * from 160 with two targets met and the third not more than 15% short, or one met and the others not more
 * than 5% short (two rows of the band, either enough). The Ministry's leadership directs how many units a
 * band may hold: here at most two per zone in Hạng A (sample figure). Only a unit in Hạng A may lead.
 */
function thadsAwardRules(ruleSet: RuleSet): AwardRules {
  return {
    flagsPerCluster: ruleSet.rules.flagsPerCluster.value,
    flagTitle: TITLE_CODES.CTD_BO,
    flagMinScore: 180,
    flagBand: 'A',
    bands: [
      { code: 'A', name: 'Hạng A', minScore: 180, gates: TARGETS_MET, proposal: TITLE_CODES.BK_BO, quota: 2 },
      {
        code: 'B',
        name: 'Hạng B',
        minScore: 160,
        gates: TARGETS_MET,
        need: 2,
        tolerance: 15,
        proposal: TITLE_CODES.GK,
      },
      {
        code: 'B',
        name: 'Hạng B',
        minScore: 160,
        gates: TARGETS_MET,
        need: 1,
        tolerance: 5,
        proposal: TITLE_CODES.GK,
      },
    ],
  };
}

/**
 * `thads-2015`: the ranking of provincial civil judgment enforcement offices (Cục Thi hành án dân sự) in the
 * manner of QĐ 1682/QĐ-BTP of 21/9/2015: the self-score, the managing body's review and four bands, of which
 * this preset uses A and B with their target conditions, a quota on Hạng A and the flag only for Hạng A;
 * a floor score under which an office is not ranked (CV 1943/TCTHADS-VP names a floor; its figure here is
 * sample data) and the line past which work left undone leaves it out. Offices, zones and points are
 * sample data.
 *
 * @returns the campaign, built the same on every call
 * @example
 * buildThads2015().awardRules.bands.map((b) => b.code) // ['A', 'B', 'B']
 */
export function buildThads2015(): Campaign {
  return buildSampleCampaign(
    {
      id: 'thads-2015',
      name: 'Xếp hạng các Cục Thi hành án dân sự năm 2015',
      issuer: 'Tổng cục Thi hành án dân sự',
      planNumber: '',
      issueDate: '2015-09-21',
      year: 2015,
      theme: 'Xếp hạng theo Quyết định số 1682/QĐ-BTP ngày 21/9/2015 của Bộ trưởng Bộ Tư pháp',
      kind: 'regular',
      start: '2015-01-01',
      end: '2015-12-31',
      registrationDeadline: null,
      phases: [],
      scale: 200,
      clusters: [
        { code: ZONES.north, name: 'Cụm các Cục THADS miền núi phía Bắc', head: null, deputy: null },
        { code: ZONES.delta, name: 'Cụm các Cục THADS đồng bằng sông Hồng', head: null, deputy: null },
      ],
    },
    {
      units: UNITS,
      criteria: [...TABLE.criteria, ...SHARED.criteria],
      tree: {
        tiers: [...TABLE.tiers, ...SHARED.tiers],
        exclusions: [
          {
            criterion: null,
            comparison: '<',
            value: 100,
            reason: 'Dưới điểm sàn (CV 1943/TCTHADS-VP; mức mẫu)',
          },
          UNDONE_LINE,
        ],
      },
      registrations: { window: { from: '2015-01-10', to: '2015-02-15' }, region: 'north' },
      titleNames: {
        CTD_BO: 'Cờ thi đua của Bộ Tư pháp',
        BK_BO: 'Bằng khen của Bộ trưởng Bộ Tư pháp',
      },
      awardRules: thadsAwardRules,
    },
  );
}
