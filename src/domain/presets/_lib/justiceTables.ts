/**
 * Scoring tables in the shape of the published ones (points are sample data):
 * - the Ministry of Justice's yearly table for a Sở Tư pháp, 200 points (QĐ 484/QĐ-BTP of 31/3/2023 and the
 *   2022 table seen through a province's self-scoring portal): part A "Thực hiện các nhiệm vụ trọng tâm"
 *   150 ⊃ group I ⊃ item 1 ⊃ 1.1 "Lập đề nghị xây dựng VBQPPL" 2 points by the share done (100% → 2;
 *   95–<100% → 1,75; 80–<95% → 1,5; 70–<80% → 1; 60–<70% → 0,5; below → 0), 1.2 "Thẩm định" 3 points on
 *   the same steps; "Báo cáo đúng thời hạn" by days late (on time 2; 1–2 days 1,5; 3–5 days 1; 6–10 days
 *   0,5; later 0); documents sent electronically (above 95% → 1,5; 75–95% → 1; 50–<75% → 0,5; below → 0);
 *   a bonus for a flag of a ministry or province (+10) or of the Government (+15) (a city's template),
 *   and a deduction stepped by the share of work left undone (QĐ 3962/QĐ-BTP of 26/9/2011: 1–10% → 10;
 *   11–20% → 20; past that the unit is not considered);
 * - the ranking of civil judgment enforcement offices (QĐ 1682/QĐ-BTP of 21/9/2015): 200 points with three
 *   statutory targets, each scored in proportion to the target met (CV 7727/BTP-TĐKT of 24/9/2012: done in
 *   part, the standard × % done).
 */
import type { Exclusion } from '../../model';
import { shareDoneTiers, type NodeSpec } from './scoringTree';

/** The 200-point table of a Sở Tư pháp, as a tree (its bonus and deductions: {@link BONUS_AND_DEDUCTIONS}). */
export const SO_TU_PHAP_200: readonly NodeSpec[] = [
  {
    code: 'A',
    text: 'Thực hiện các nhiệm vụ trọng tâm công tác tư pháp',
    max: 150,
    parts: [
      {
        code: 'I',
        text: 'Xây dựng, thẩm định, kiểm tra văn bản quy phạm pháp luật',
        max: 30,
        parts: [
          {
            code: '1',
            text: 'Xây dựng, thẩm định văn bản quy phạm pháp luật',
            max: 11,
            parts: [
              {
                code: '1.1',
                text: 'Lập đề nghị xây dựng văn bản quy phạm pháp luật (tỷ lệ hoàn thành)',
                max: 2,
                method: 'tiers',
                measureUnit: '%',
                tiers: shareDoneTiers([2, 1.75, 1.5, 1, 0.5, 0]),
              },
              {
                code: '1.2',
                text: 'Thực hiện thẩm định dự thảo văn bản quy phạm pháp luật (tỷ lệ đúng hạn)',
                max: 3,
                method: 'tiers',
                measureUnit: '%',
                tiers: shareDoneTiers([3, 2.75, 2.5, 2, 1.5, 0]),
              },
              {
                code: '1.3',
                text: 'Kiểm tra, rà soát văn bản (điểm chuẩn × tỷ lệ văn bản đã kiểm tra)',
                max: 6,
                method: 'proportional',
                measureUnit: '%',
              },
            ],
          },
          {
            code: '2',
            text: 'Theo dõi tình hình thi hành pháp luật',
            max: 19,
            parts: [
              { code: '2.1', text: 'Xây dựng, triển khai kế hoạch theo dõi thi hành pháp luật', max: 10 },
              { code: '2.2', text: 'Kiểm tra, báo cáo tình hình thi hành pháp luật', max: 9 },
            ],
          },
        ],
      },
      {
        code: 'II',
        text: 'Hành chính tư pháp, bổ trợ tư pháp',
        max: 40,
        parts: [
          { code: '3.1', text: 'Hộ tịch, quốc tịch, chứng thực, lý lịch tư pháp đúng hạn', max: 20 },
          { code: '3.2', text: 'Quản lý luật sư, công chứng, đấu giá, giám định', max: 20 },
        ],
      },
      {
        code: 'III',
        text: 'Phổ biến, giáo dục pháp luật; hòa giải ở cơ sở',
        max: 40,
        parts: [
          { code: '4.1', text: 'Phổ biến, giáo dục pháp luật theo kế hoạch', max: 20 },
          { code: '4.2', text: 'Hòa giải ở cơ sở; xây dựng cấp xã tiếp cận pháp luật', max: 20 },
        ],
      },
      {
        code: 'IV',
        text: 'Trợ giúp pháp lý',
        max: 40,
        parts: [
          {
            code: '5.1',
            text: 'Vụ việc trợ giúp pháp lý hoàn thành (điểm chuẩn × tỷ lệ so với chỉ tiêu)',
            max: 20,
            method: 'proportional',
            measureUnit: '%',
          },
          { code: '5.2', text: 'Chất lượng vụ việc, truyền thông về trợ giúp pháp lý', max: 20 },
        ],
      },
    ],
  },
  {
    code: 'B',
    text: 'Công tác chỉ đạo, điều hành và các nhiệm vụ khác',
    max: 50,
    parts: [
      {
        code: 'V',
        text: 'Thực hiện chế độ báo cáo',
        max: 20,
        parts: [
          {
            code: '6.1',
            text: 'Báo cáo đúng thời hạn (số ngày chậm)',
            max: 2,
            method: 'tiers',
            measureUnit: 'ngày chậm',
            tiers: [
              [0, 2, 'đúng hạn'],
              [1, 1.5, 'chậm 1–2 ngày'],
              [3, 1, 'chậm 3–5 ngày'],
              [6, 0.5, 'chậm 6–10 ngày'],
              [11, 0, 'chậm trên 10 ngày'],
            ],
          },
          { code: '6.2', text: 'Báo cáo đầy đủ nội dung, số liệu chính xác', max: 18 },
        ],
      },
      {
        code: 'VI',
        text: 'Ứng dụng công nghệ thông tin',
        max: 10,
        parts: [
          {
            code: '7.1',
            text: 'Tỷ lệ văn bản gửi, nhận dưới dạng điện tử',
            max: 1.5,
            method: 'tiers',
            measureUnit: '%',
            tiers: [
              [0, 0, 'dưới 50%'],
              [50, 0.5, 'từ 50% đến dưới 75%'],
              [75, 1, 'từ 75% đến 95%'],
              [95.01, 1.5, 'trên 95%'],
            ],
          },
          { code: '7.2', text: 'Dịch vụ công trực tuyến; cơ sở dữ liệu chuyên ngành', max: 8.5 },
        ],
      },
      {
        code: 'VII',
        text: 'Tổ chức cán bộ, thi đua khen thưởng',
        max: 20,
        parts: [
          { code: '8.1', text: 'Tổ chức bộ máy, đào tạo, bồi dưỡng công chức', max: 10 },
          { code: '8.2', text: 'Phát động, tổ chức phong trào thi đua', max: 10 },
        ],
      },
    ],
  },
];

/**
 * Bonus and deduction rows shared by every table of a campaign: a flag of a ministry or province (+10) or of
 * the Government (+15), at most 15 in all; deductions stepped by the share of work left undone, and for
 * discipline.
 */
export const BONUS_AND_DEDUCTIONS: readonly NodeSpec[] = [
  {
    code: 'TH',
    text: 'Điểm thưởng (tối đa 15 điểm)',
    max: 15,
    kind: 'bonus',
    parts: [
      { code: 'TH.1', text: 'Được tặng Cờ thi đua của Bộ, ngành, tỉnh', max: 10, mayExceed: true },
      { code: 'TH.2', text: 'Được tặng Cờ thi đua của Chính phủ', max: 15, mayExceed: true },
    ],
  },
  {
    code: 'TR',
    text: 'Điểm trừ',
    max: 30,
    kind: 'deduction',
    parts: [
      {
        code: 'TR.1',
        text: 'Tỷ lệ việc tồn đọng, chậm giải quyết (từ 21% trở lên: không xét)',
        max: 20,
        method: 'tiers',
        measureUnit: '% tồn đọng',
        tiers: [
          [0, 0, 'dưới 1%'],
          [1, 10, 'từ 1% đến 10%'],
          [11, 20, 'từ 11% đến 20%'],
        ],
      },
      { code: 'TR.2', text: 'Tập thể, cá nhân bị kỷ luật; để xảy ra sai phạm phải khắc phục', max: 10 },
    ],
  },
];

/** Past 20% of work left undone the unit is not considered (QĐ 3962/QĐ-BTP: "21% trở lên"). */
export const UNDONE_LINE: Exclusion = {
  criterion: 'TR.1',
  comparison: '>=',
  value: 21,
  reason: 'Tỷ lệ việc tồn đọng từ 21% trở lên (QĐ 3962/QĐ-BTP)',
};

/** The three statutory targets of a civil judgment enforcement office, in percent of the target set. */
export const THADS_TARGETS = ['CT.1', 'CT.2', 'CT.3'] as const;

/** The 200-point table of a civil judgment enforcement office, with its three targets (bonus and deductions apart). */
export const THADS_200: readonly NodeSpec[] = [
  {
    code: 'CT',
    text: 'Chỉ tiêu được giao (điểm chuẩn × tỷ lệ đạt so với chỉ tiêu)',
    max: 100,
    parts: [
      {
        code: 'CT.1',
        text: 'Tỷ lệ thi hành xong về việc so với chỉ tiêu',
        max: 40,
        method: 'proportional',
        measureUnit: '% chỉ tiêu',
      },
      {
        code: 'CT.2',
        text: 'Tỷ lệ thi hành xong về tiền so với chỉ tiêu',
        max: 40,
        method: 'proportional',
        measureUnit: '% chỉ tiêu',
      },
      {
        code: 'CT.3',
        text: 'Giảm số việc chuyển kỳ sau so với chỉ tiêu',
        max: 20,
        method: 'proportional',
        measureUnit: '% chỉ tiêu',
      },
    ],
  },
  {
    code: 'QL',
    text: 'Quản lý, chỉ đạo, điều hành',
    max: 50,
    parts: [
      { code: 'QL.1', text: 'Xây dựng, thực hiện kế hoạch công tác', max: 25 },
      { code: 'QL.2', text: 'Kiểm tra, giải quyết khiếu nại, tố cáo đúng hạn', max: 25 },
    ],
  },
  {
    code: 'BC',
    text: 'Thống kê, báo cáo; ứng dụng công nghệ thông tin',
    max: 50,
    parts: [
      {
        code: 'BC.1',
        text: 'Báo cáo thống kê đúng thời hạn (số ngày chậm)',
        max: 10,
        method: 'tiers',
        measureUnit: 'ngày chậm',
        tiers: [
          [0, 10, 'đúng hạn'],
          [1, 7.5, 'chậm 1–2 ngày'],
          [3, 5, 'chậm 3–5 ngày'],
          [6, 2.5, 'chậm 6–10 ngày'],
          [11, 0, 'chậm trên 10 ngày'],
        ],
      },
      { code: 'BC.2', text: 'Ứng dụng công nghệ thông tin trong quản lý, điều hành', max: 40 },
    ],
  },
];
