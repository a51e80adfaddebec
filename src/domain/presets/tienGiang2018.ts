import type { Campaign } from '../model';
import { buildSampleCampaign } from './_lib/buildSampleCampaign';
import { criteriaTable } from './_lib/criteriaTable';
import { REPORT_TIERS } from './_lib/reportingTiers';
import type { UnitSpec } from './_lib/sampleUnits';

const CLUSTERS = { departments: 'PCM', affiliates: 'DVSN' } as const;

// The plan names no units or blocks: sample departments and affiliated units, in two sample blocks.
const UNITS: readonly UnitSpec[] = [
  { code: 'VP', name: 'Văn phòng Sở', cluster: CLUSTERS.departments, kind: 'office' },
  { code: 'TTRA', name: 'Thanh tra Sở', cluster: CLUSTERS.departments, kind: 'inspection' },
  {
    code: 'XDKTVB',
    name: 'Phòng Xây dựng và kiểm tra văn bản quy phạm pháp luật',
    cluster: CLUSTERS.departments,
    kind: 'department',
  },
  {
    code: 'PBGDPL',
    name: 'Phòng Phổ biến, giáo dục pháp luật',
    cluster: CLUSTERS.departments,
    kind: 'department',
  },
  { code: 'HCTP', name: 'Phòng Hành chính tư pháp', cluster: CLUSTERS.departments, kind: 'department' },
  { code: 'BTTP', name: 'Phòng Bổ trợ tư pháp', cluster: CLUSTERS.departments, kind: 'department' },
  {
    code: 'TTTGPL',
    name: 'Trung tâm Trợ giúp pháp lý nhà nước',
    cluster: CLUSTERS.affiliates,
    kind: 'legalAid',
  },
  { code: 'PCC1', name: 'Phòng Công chứng số 1', cluster: CLUSTERS.affiliates, kind: 'notary' },
  { code: 'PCC2', name: 'Phòng Công chứng số 2', cluster: CLUSTERS.affiliates, kind: 'notary' },
  { code: 'DGTS', name: 'Trung tâm Dịch vụ đấu giá tài sản', cluster: CLUSTERS.affiliates, kind: 'auction' },
];

/**
 * `tien-giang-2018`: Sở Tư pháp Tiền Giang, plan 06/KH-STP of 10/01/2018, with its regular movements
 * (the Ministry's 2018 movement and its 8 key tasks, "chung sức góp phần xây dựng nông thôn mới",
 * following Ho Chi Minh's example), its thematic ones (administrative reform, IT, the 70th anniversary
 * of the Call for Patriotic Emulation) and two phases with their milestones. The criteria groups
 * follow those movements; units, blocks, registrations and points are sample data.
 *
 * @returns the campaign, built the same on every call
 * @example
 * buildTienGiang2018().phases.map((p) => p.end) // ['2018-06-30', '2018-12-31']
 */
export function buildTienGiang2018(): Campaign {
  return buildSampleCampaign(
    {
      id: 'tien-giang-2018',
      name: 'Phong trào thi đua năm 2018 của Sở Tư pháp tỉnh Tiền Giang',
      issuer: 'Sở Tư pháp tỉnh Tiền Giang',
      planNumber: '06/KH-STP',
      issueDate: '2018-01-10',
      year: 2018,
      // The plan's own wording, shortened where the source quotes it shortened.
      theme:
        'Toàn ngành Tư pháp đổi mới lề lối làm việc, siết chặt kỷ luật, kỷ cương, … thi đua hoàn thành xuất sắc nhiệm vụ chính trị được giao năm 2018',
      kind: 'regular',
      start: '2018-01-01',
      end: '2018-12-31',
      registrationDeadline: null,
      phases: [
        {
          name: 'Đợt 1',
          start: '2018-01-01',
          end: '2018-06-30',
          milestones: [
            {
              date: '2018-02-03',
              label: 'Kỷ niệm 88 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930)',
            },
            {
              date: '2018-04-30',
              label: 'Kỷ niệm 43 năm Ngày giải phóng miền Nam, thống nhất đất nước (30/4/1975)',
            },
            { date: '2018-05-19', label: 'Kỷ niệm 128 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890)' },
            {
              date: '2018-06-11',
              label: 'Kỷ niệm 70 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc (11/6/1948)',
            },
          ],
        },
        {
          name: 'Đợt 2',
          start: '2018-07-01',
          end: '2018-12-31',
          milestones: [
            { date: '2018-08-28', label: 'Kỷ niệm 73 năm Ngày truyền thống ngành Tư pháp (28/8/1945)' },
            {
              date: '2018-09-02',
              label: 'Kỷ niệm 73 năm Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam (02/9/1945)',
            },
          ],
        },
      ],
      scale: 100,
      clusters: [
        { code: CLUSTERS.departments, name: 'Khối các phòng chuyên môn', head: 'VP', deputy: 'HCTP' },
        { code: CLUSTERS.affiliates, name: 'Khối các đơn vị sự nghiệp', head: 'TTTGPL', deputy: 'PCC1' },
      ],
    },
    {
      units: UNITS,
      criteria: criteriaTable(
        [
          {
            group: 'I',
            name: 'Thi đua hoàn thành xuất sắc nhiệm vụ chính trị được giao năm 2018',
            items: [
              [
                'Hoàn thành các nhiệm vụ trọng tâm năm 2018 theo 8 nhóm nhiệm vụ trọng tâm của ngành Tư pháp',
                20,
              ],
              ['Đổi mới lề lối làm việc, siết chặt kỷ luật, kỷ cương', 10],
            ],
          },
          {
            group: 'II',
            name: 'Ngành Tư pháp chung sức góp phần xây dựng nông thôn mới',
            items: [
              [
                'Phong trào "Ngành Tư pháp chung sức góp phần xây dựng nông thôn mới" (Kế hoạch 53/KH-STP ngày 30/11/2016)',
                10,
              ],
            ],
          },
          {
            group: 'III',
            name: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
            items: [['Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh', 10]],
          },
          {
            group: 'IV',
            name: 'Đẩy mạnh cải cách hành chính',
            items: [
              ['Đẩy mạnh cải cách hành chính: giải quyết thủ tục hành chính đúng hạn', 10],
              ['Công khai thủ tục hành chính; tiếp nhận, xử lý phản ánh, kiến nghị', 5],
            ],
          },
          {
            group: 'V',
            name: 'Ứng dụng công nghệ thông tin',
            items: [
              ['Ứng dụng công nghệ thông tin trong quản lý, xử lý văn bản', 5],
              ['Dịch vụ công trực tuyến, cơ sở dữ liệu chuyên ngành', 5],
            ],
          },
          {
            group: 'VI',
            name: 'Thi đua kỷ niệm 70 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc',
            items: [
              [
                'Phong trào thi đua đặc biệt kỷ niệm 70 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc',
                10,
              ],
            ],
          },
          {
            group: 'VII',
            name: 'Thực hiện chế độ báo cáo',
            items: [[`Thực hiện chế độ báo cáo (${REPORT_TIERS})`, 10]],
          },
          {
            group: 'VIII',
            name: 'Sơ kết, tổng kết phong trào thi đua',
            items: [['Sơ kết Đợt 1, tổng kết năm; đăng ký và báo cáo thành tích đúng hạn', 5]],
          },
        ],
        [['Sáng kiến, công trình, phần việc chào mừng các ngày kỷ niệm được công nhận', 5]],
        [['Tập thể, cá nhân bị kỷ luật; trễ hạn giải quyết hồ sơ; báo cáo sai lệch số liệu', 5]],
      ),
      registrations: { window: { from: '2018-01-15', to: '2018-02-02' }, region: 'south' },
      titleNames: {
        CTD_BO: 'Cờ thi đua của Ủy ban nhân dân tỉnh Tiền Giang',
        BK_BO: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
        GK: 'Giấy khen của Giám đốc Sở Tư pháp',
      },
    },
  );
}
