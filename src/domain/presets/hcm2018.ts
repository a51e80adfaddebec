import type { Campaign } from '../model';
import { buildSampleCampaign } from './_lib/buildSampleCampaign';
import { criteriaTable } from './_lib/criteriaTable';
import { REPORT_TIERS } from './_lib/reportingTiers';
import type { UnitSpec } from './_lib/sampleUnits';

/** The two blocks named by the plan. */
const CLUSTERS = { departments: 'PCM', affiliates: 'DVTT' } as const;

// The plan names no units: the usual departments and affiliated units of a Sở Tư pháp, as sample data.
const UNITS: readonly UnitSpec[] = [
  { code: 'VP', name: 'Văn phòng Sở', cluster: CLUSTERS.departments, kind: 'office' },
  { code: 'TTRA', name: 'Thanh tra Sở', cluster: CLUSTERS.departments, kind: 'inspection' },
  {
    code: 'XDKTVB',
    name: 'Phòng Xây dựng và kiểm tra văn bản',
    cluster: CLUSTERS.departments,
    kind: 'department',
  },
  {
    code: 'PBGDPL',
    name: 'Phòng Phổ biến giáo dục pháp luật',
    cluster: CLUSTERS.departments,
    kind: 'department',
  },
  { code: 'HCTP', name: 'Phòng Hành chính tư pháp', cluster: CLUSTERS.departments, kind: 'department' },
  { code: 'BTTP', name: 'Phòng Bổ trợ tư pháp', cluster: CLUSTERS.departments, kind: 'department' },
  {
    code: 'QLXLVPHC',
    name: 'Phòng Quản lý xử lý vi phạm hành chính và theo dõi thi hành pháp luật',
    cluster: CLUSTERS.departments,
    kind: 'department',
  },
  {
    code: 'TTTGPL',
    name: 'Trung tâm Trợ giúp pháp lý nhà nước',
    cluster: CLUSTERS.affiliates,
    kind: 'legalAid',
  },
  ...[1, 2, 3, 4, 5, 6].map((n): UnitSpec => ({
    code: `PCC${n}`,
    name: `Phòng Công chứng số ${n}`,
    cluster: CLUSTERS.affiliates,
    kind: 'notary',
  })),
  { code: 'DGTS', name: 'Trung tâm Dịch vụ đấu giá tài sản', cluster: CLUSTERS.affiliates, kind: 'auction' },
];

/**
 * `hcm-2018`: Sở Tư pháp Thành phố Hồ Chí Minh, plan 25/KH-STP-VP of 02/01/2018 (signed by Huỳnh
 * Văn Hạnh), two blocks, registrations due at the Văn phòng Sở before 30/01/2018; the leading unit of
 * each block is proposed for the city's emulation flag. Units, criteria (built on the plan's content
 * items), registrations and points are sample data; two units of the first block tie on total and
 * are parted by group I.
 *
 * @returns the campaign, built the same on every call
 * @example
 * buildHcm2018().planNumber // '25/KH-STP-VP'
 */
export function buildHcm2018(): Campaign {
  return buildSampleCampaign(
    {
      id: 'hcm-2018',
      name: 'Kế hoạch tổ chức và phát động phong trào thi đua yêu nước năm 2018',
      issuer: 'Sở Tư pháp Thành phố Hồ Chí Minh',
      planNumber: '25/KH-STP-VP',
      issueDate: '2018-01-02',
      year: 2018,
      theme: '',
      kind: 'regular',
      start: '2018-01-01',
      end: '2018-12-31',
      registrationDeadline: '2018-01-30',
      phases: [],
      scale: 100,
      clusters: [
        { code: CLUSTERS.departments, name: 'Khối các Phòng Chuyên môn Sở', head: 'VP', deputy: 'TTRA' },
        { code: CLUSTERS.affiliates, name: 'Khối các Đơn vị trực thuộc', head: 'TTTGPL', deputy: 'PCC1' },
      ],
    },
    {
      units: UNITS,
      criteria: criteriaTable(
        [
          {
            group: 'I',
            name: 'Thực hiện nhiệm vụ chuyên môn',
            items: [
              ['Hoàn thành các chỉ tiêu, nhiệm vụ trọng tâm theo Kế hoạch công tác năm 2018 của Sở', 20],
              ['Chất lượng, tiến độ tham mưu và giải quyết công việc được giao', 10],
            ],
          },
          {
            group: 'II',
            name: 'Cải cách hành chính, kỷ luật, kỷ cương',
            items: [
              ['Cải cách thủ tục hành chính, thực hiện cơ chế một cửa, một cửa liên thông', 5],
              ['Chấp hành kỷ luật, kỷ cương hành chính, nội quy cơ quan', 5],
            ],
          },
          {
            group: 'III',
            name: 'Ứng dụng công nghệ thông tin',
            items: [
              ['Xử lý công việc trên hệ thống quản lý văn bản và thư điện tử công vụ', 5],
              ['Dịch vụ công trực tuyến; cập nhật cơ sở dữ liệu chuyên ngành', 5],
            ],
          },
          {
            group: 'IV',
            name: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
            items: [
              [
                'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh: kế hoạch và kết quả thực hiện',
                5,
              ],
              ['Gương điển hình, mô hình hay được biểu dương, nhân rộng', 5],
            ],
          },
          {
            group: 'V',
            name: 'Phong trào thi đua chuyên đề, theo đợt',
            items: [
              ['Đăng ký và thực hiện các phong trào thi đua chuyên đề, theo đợt của Sở và Thành phố', 10],
            ],
          },
          {
            group: 'VI',
            name: 'Công tác thi đua, khen thưởng; hoạt động của Khối',
            items: [
              ['Đăng ký thi đua đúng hạn; sơ kết, tổng kết, khen thưởng đúng quy định', 5],
              ['Tham gia hoạt động của Khối: ký giao ước, họp Khối, chấm điểm', 5],
            ],
          },
          {
            group: 'VII',
            name: 'Thực hiện chế độ báo cáo',
            items: [
              [`Báo cáo định kỳ tháng, quý, 6 tháng, năm (${REPORT_TIERS})`, 6],
              ['Báo cáo chuyên đề, đột xuất đúng hạn, đúng yêu cầu', 4],
            ],
          },
          {
            group: 'VIII',
            name: 'Xây dựng tổ chức Đảng, đoàn thể',
            items: [['Xây dựng tổ chức Đảng, đoàn thể vững mạnh', 5]],
          },
          {
            group: 'IX',
            name: 'Thực hành tiết kiệm, chống lãng phí; phòng, chống tham nhũng',
            items: [['Thực hành tiết kiệm, chống lãng phí; phòng, chống tham nhũng', 5]],
          },
        ],
        [['Sáng kiến, mô hình mới được công nhận; được khen thưởng đột xuất', 5]],
        [['Tập thể, cá nhân bị kỷ luật; báo cáo sai lệch số liệu; bị nhắc nhở bằng văn bản', 5]],
      ),
      registrations: { window: { from: '2018-01-08', to: '2018-01-29' }, region: 'south' },
      scores: { ties: [{ cluster: CLUSTERS.departments, partedBy: 'firstGroup' }] },
      titleNames: {
        CTD_BO: 'Cờ thi đua của Thành phố',
        BK_BO: 'Bằng khen của Chủ tịch Ủy ban nhân dân Thành phố',
        GK: 'Giấy khen của Giám đốc Sở Tư pháp',
      },
    },
  );
}
