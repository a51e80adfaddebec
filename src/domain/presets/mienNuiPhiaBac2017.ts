import type { AwardRules, Campaign } from '../model';
import type { RuleSet } from '../rules/ruleSet';
import { TITLE_CODES } from '../rules/titleCodes';
import { buildSampleCampaign } from './_lib/buildSampleCampaign';
import { criteriaTable } from './_lib/criteriaTable';
import { REPORT_TIERS } from './_lib/reportingTiers';
import type { UnitSpec } from './_lib/sampleUnits';

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

/** The three statutory targets: band A needs each met in full. */
const TARGETS = ['I.1', 'I.2', 'I.3'] as const;

/**
 * Bands in the manner of the THADS ranking of 2015: Hạng A from 180 of 200 points with all three
 * statutory targets met, Hạng B from 160. A unit above 180 that missed a target falls to B.
 */
function gatedAwardRules(ruleSet: RuleSet): AwardRules {
  return {
    flagsPerCluster: ruleSet.rules.flagsPerCluster.value,
    flagTitle: TITLE_CODES.CTD_BO,
    flagMinScore: 180,
    bands: [
      {
        code: 'A',
        name: 'Hạng A',
        minScore: 180,
        gates: TARGETS.map((criterion) => ({ criterion, min: 20 })),
        proposal: TITLE_CODES.BK_BO,
      },
      { code: 'B', name: 'Hạng B', minScore: 160, gates: [], proposal: TITLE_CODES.GK },
    ],
  };
}

/**
 * `mien-nui-phia-bac-2017`: the justice bodies of the 14 northern mountain provinces, which launched
 * their movement and signed the covenant on 03/3/2017 in Thái Nguyên (Deputy Minister Phan Chí Hiếu
 * attending; the draft plan presented by the Director of Sở Tư pháp Thái Nguyên), in two blocks:
 * Sở Tư pháp and civil judgment enforcement (THADS). A 200-point table with three statutory targets
 * gating band A. Criteria, headcounts, registrations and points are sample data.
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
        { code: CLUSTERS.soTuPhap, name: 'Khối Sở Tư pháp', head: 'STP-TN', deputy: null },
        { code: CLUSTERS.thads, name: 'Khối Thi hành án dân sự', head: null, deputy: null },
      ],
    },
    {
      units: UNITS,
      criteria: criteriaTable(
        [
          {
            group: 'I',
            name: 'Chỉ tiêu chuyên môn',
            items: [
              [
                'Chỉ tiêu 1 (THADS: tỷ lệ thi hành xong về việc; Sở Tư pháp: văn bản được thẩm định, kiểm tra đúng hạn) — đạt chỉ tiêu 20 điểm',
                20,
              ],
              [
                'Chỉ tiêu 2 (THADS: tỷ lệ thi hành xong về tiền; Sở Tư pháp: hồ sơ hành chính tư pháp giải quyết đúng hạn) — đạt chỉ tiêu 20 điểm',
                20,
              ],
              [
                'Chỉ tiêu 3 (THADS: giảm án tồn chuyển kỳ sau; Sở Tư pháp: vụ việc trợ giúp pháp lý hoàn thành) — đạt chỉ tiêu 20 điểm',
                20,
              ],
            ],
          },
          {
            group: 'II',
            name: 'Siết chặt kỷ luật, kỷ cương; cải cách hành chính',
            items: [
              ['Siết chặt kỷ luật, kỷ cương hành chính; không có công chức vi phạm', 10],
              ['Cải cách thủ tục hành chính; công khai, một cửa', 15],
            ],
          },
          {
            group: 'III',
            name: 'Ứng dụng công nghệ thông tin',
            items: [
              ['Ứng dụng công nghệ thông tin: quản lý văn bản, thư điện tử công vụ', 10],
              ['Cập nhật cơ sở dữ liệu chuyên ngành; dịch vụ công trực tuyến', 10],
            ],
          },
          {
            group: 'IV',
            name: 'Thực hiện chế độ báo cáo, thống kê',
            items: [
              [`Thực hiện chế độ báo cáo (${REPORT_TIERS})`, 12],
              ['Thống kê chuyên ngành đầy đủ, chính xác', 8],
            ],
          },
          {
            group: 'V',
            name: 'Xây dựng đội ngũ; thanh tra, kiểm tra',
            items: [
              ['Đào tạo, bồi dưỡng, đánh giá công chức', 10],
              ['Thanh tra, kiểm tra; giải quyết khiếu nại, tố cáo đúng hạn, đúng pháp luật', 15],
            ],
          },
          {
            group: 'VI',
            name: 'Giao ước thi đua của Khối',
            items: [
              ['Thực hiện giao ước thi đua của Khối ký ngày 03/3/2017', 10],
              ['Phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến', 10],
            ],
          },
          {
            group: 'VII',
            name: 'Quản lý tài chính, tài sản',
            items: [['Quản lý tài chính, tài sản; thực hành tiết kiệm, chống lãng phí', 15]],
          },
          {
            group: 'VIII',
            name: 'Xây dựng tổ chức Đảng, đoàn thể',
            items: [['Xây dựng tổ chức Đảng, đoàn thể vững mạnh', 15]],
          },
        ],
        [['Sáng kiến, mô hình mới được công nhận; được khen thưởng đột xuất', 10]],
        [['Tập thể, cá nhân bị kỷ luật; để xảy ra sai phạm phải khắc phục; báo cáo sai lệch số liệu', 10]],
      ),
      registrations: { window: { from: '2017-02-20', to: '2017-03-03' }, region: 'northernUplands' },
      scores: { targets: TARGETS },
      titleNames: {
        CTD_BO: 'Cờ thi đua của Bộ Tư pháp',
        BK_BO: 'Bằng khen của Bộ trưởng Bộ Tư pháp',
      },
      awardRules: gatedAwardRules,
    },
  );
}
