import type { Campaign } from '../model';
import { buildSampleCampaign } from './_lib/buildSampleCampaign';
import { BONUS_AND_DEDUCTIONS, SO_TU_PHAP_200, THADS_200, UNDONE_LINE } from './_lib/justiceTables';
import type { UnitSpec } from './_lib/sampleUnits';
import { scoringTree } from './_lib/scoringTree';

const CLUSTERS = { soTuPhap: 'STP', thads: 'THADS' } as const;

/** The 14 provinces of the zone, with the ASCII code their units are keyed by. */
const PROVINCES: readonly (readonly [code: string, name: string])[] = [
  ['HG', 'Hà Giang'],
  ['CB', 'Cao Bằng'],
  ['BK', 'Bắc Kạn'],
  ['TQ', 'Tuyên Quang'],
  ['LCA', 'Lào Cai'],
  ['YB', 'Yên Bái'],
  ['TN', 'Thái Nguyên'],
  ['LS', 'Lạng Sơn'],
  ['BG', 'Bắc Giang'],
  ['PT', 'Phú Thọ'],
  ['DB', 'Điện Biên'],
  ['LCH', 'Lai Châu'],
  ['SL', 'Sơn La'],
  ['HB', 'Hòa Bình'],
];

const UNITS: readonly UnitSpec[] = [
  ...PROVINCES.map(([code, name]): UnitSpec => ({
    code: `STP-${code}`,
    name: `Sở Tư pháp tỉnh ${name}`,
    cluster: CLUSTERS.soTuPhap,
    kind: 'soTuPhap',
  })),
  ...PROVINCES.map(([code, name]): UnitSpec => ({
    code: `THADS-${code}`,
    name: `Cục Thi hành án dân sự tỉnh ${name}`,
    cluster: CLUSTERS.thads,
    kind: 'thads',
  })),
];

/** The block of each kind of body is scored on its own table; bonus and deductions are shared. */
const TABLES = { soTuPhap: 'STP', thads: 'THA' } as const;

const SO_TU_PHAP = scoringTree(SO_TU_PHAP_200, TABLES.soTuPhap);
const THADS = scoringTree(THADS_200, TABLES.thads);
const SHARED = scoringTree(BONUS_AND_DEDUCTIONS);

/**
 * `mien-nui-phia-bac-2017`: the justice bodies of the 14 northern mountain provinces, which launched
 * their movement and signed the covenant on 03/3/2017 in Thái Nguyên (Deputy Minister Phan Chí Hiếu
 * attending; the draft plan presented by the Director of Sở Tư pháp Thái Nguyên), in two blocks:
 * Sở Tư pháp and civil judgment enforcement (THADS), each scored on its own 200-point table in the
 * shape of the published ones (see `_lib/justiceTables.ts`): the Sở Tư pháp's with parts, groups, items,
 * tiers by the share done and by days late, proportional points; the THADS offices' with three
 * statutory targets scored in proportion to the target met; shared bonus for flags and deductions
 * stepped by the share of work left undone, past which a unit is not considered. Ranks stay within each
 * block. Criteria points, headcounts, registrations and scores are sample data.
 *
 * @returns the campaign, built the same on every call
 * @example
 * buildMienNuiPhiaBac2017().units.length // 28
 */
export function buildMienNuiPhiaBac2017(): Campaign {
  return buildSampleCampaign(
    {
      id: 'mien-nui-phia-bac-2017',
      name: 'Phong trào thi đua Khối cơ quan tư pháp các tỉnh miền núi phía Bắc năm 2017',
      issuer: 'Khối thi đua các cơ quan tư pháp các tỉnh miền núi phía Bắc',
      planNumber: '',
      issueDate: '2017-03-03',
      year: 2017,
      theme:
        'Toàn ngành Tư pháp siết chặt kỷ luật, kỷ cương, tăng cường ứng dụng công nghệ thông tin, thi đua hoàn thành xuất sắc nhiệm vụ chính trị được giao năm 2017',
      kind: 'regular',
      start: '2017-01-01',
      end: '2017-12-31',
      registrationDeadline: null,
      phases: [],
      scale: 200,
      clusters: [
        // Thái Nguyên hosted the launch and drafted the plan, so its Sở is taken as the block's head.
        {
          code: CLUSTERS.soTuPhap,
          name: 'Khối Sở Tư pháp',
          head: 'STP-TN',
          deputy: null,
          scoringTable: TABLES.soTuPhap,
        },
        {
          code: CLUSTERS.thads,
          name: 'Khối Thi hành án dân sự',
          head: null,
          deputy: null,
          scoringTable: TABLES.thads,
        },
      ],
    },
    {
      units: UNITS,
      criteria: [...SO_TU_PHAP.criteria, ...THADS.criteria, ...SHARED.criteria],
      tree: {
        tiers: [...SO_TU_PHAP.tiers, ...THADS.tiers, ...SHARED.tiers],
        scoringTables: [
          { code: TABLES.soTuPhap, name: 'Bảng điểm Sở Tư pháp', scale: 200 },
          { code: TABLES.thads, name: 'Bảng điểm Cục Thi hành án dân sự', scale: 200 },
        ],
        exclusions: [UNDONE_LINE],
        // One office left more than a fifth of its work undone: it is not considered.
        plan: { pastTheLine: { criterion: UNDONE_LINE.criterion ?? '', unit: 'THADS-LCH', measure: 22 } },
      },
      registrations: { window: { from: '2017-02-20', to: '2017-03-03' }, region: 'northernUplands' },
      titleNames: {
        CTD_BO: 'Cờ thi đua của Bộ Tư pháp',
        BK_BO: 'Bằng khen của Bộ trưởng Bộ Tư pháp',
      },
    },
  );
}
