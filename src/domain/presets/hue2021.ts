import type { Campaign } from '../model';
import { buildSampleCampaign } from './_lib/buildSampleCampaign';
import { criteriaTable } from './_lib/criteriaTable';
import { withSampleCouncil } from './_lib/sampleCouncil';
import type { UnitSpec } from './_lib/sampleUnits';

const CLUSTER = 'STP';

// The document lists no units: sample departments and affiliated units of the Sở, in one block.
const UNITS: readonly UnitSpec[] = [
  { code: 'VP', name: 'Văn phòng Sở', cluster: CLUSTER, kind: 'office' },
  { code: 'TTRA', name: 'Thanh tra Sở', cluster: CLUSTER, kind: 'inspection' },
  {
    code: 'XDKTVB',
    name: 'Phòng Xây dựng và kiểm tra văn bản quy phạm pháp luật',
    cluster: CLUSTER,
    kind: 'department',
  },
  { code: 'PBGDPL', name: 'Phòng Phổ biến, giáo dục pháp luật', cluster: CLUSTER, kind: 'department' },
  { code: 'HCTP', name: 'Phòng Hành chính tư pháp', cluster: CLUSTER, kind: 'department' },
  { code: 'BTTP', name: 'Phòng Bổ trợ tư pháp', cluster: CLUSTER, kind: 'department' },
  { code: 'TTTGPL', name: 'Trung tâm Trợ giúp pháp lý nhà nước', cluster: CLUSTER, kind: 'legalAid' },
  { code: 'PCC1', name: 'Phòng Công chứng số 1', cluster: CLUSTER, kind: 'notary' },
  { code: 'DGTS', name: 'Trung tâm Dịch vụ đấu giá tài sản', cluster: CLUSTER, kind: 'auction' },
];

/**
 * `hue-2021`: Sở Tư pháp Thừa Thiên Huế, "Nội dung phát động phong trào thi đua ngành Tư pháp năm
 * 2021" of 25/12/2020, with its theme and its five contents (Một là … Năm là), which become the five
 * criteria groups. Units, registrations, points and the council (members, votes, members' scores) are
 * sample data.
 *
 * @returns the campaign, built the same on every call
 * @example
 * buildHue2021().criteria.filter((c) => c.kind === 'standard').map((c) => c.group) // I … V
 */
export function buildHue2021(): Campaign {
  const campaign = buildSampleCampaign(
    {
      id: 'hue-2021',
      name: 'Nội dung phát động phong trào thi đua ngành Tư pháp năm 2021',
      issuer: 'Sở Tư pháp tỉnh Thừa Thiên Huế',
      planNumber: '',
      issueDate: '2020-12-25',
      year: 2021,
      theme:
        'Ngành Tư pháp đoàn kết, hành động, sáng tạo, thi đua thực hiện thắng lợi nhiệm vụ chính trị được giao',
      kind: 'regular',
      start: '2021-01-01',
      end: '2021-12-31',
      registrationDeadline: null,
      phases: [],
      scale: 100,
      clusters: [{ code: CLUSTER, name: 'Khối các phòng, đơn vị thuộc Sở', head: 'VP', deputy: 'TTTGPL' }],
    },
    {
      units: UNITS,
      criteria: criteriaTable(
        [
          {
            group: 'I',
            name: 'Thực hiện Chỉ thị số 34-CT/TW của Bộ Chính trị',
            items: [
              [
                'Quán triệt, thực hiện Chỉ thị số 34-CT/TW của Bộ Chính trị về tiếp tục đổi mới công tác thi đua, khen thưởng',
                10,
              ],
              ['Đổi mới nội dung, hình thức tổ chức phong trào thi đua, tránh hình thức', 5],
            ],
          },
          {
            group: 'II',
            name: 'Phong trào thi đua giai đoạn 2021–2025',
            items: [
              ['Hoàn thành các chỉ tiêu, nhiệm vụ chuyên môn được giao năm 2021', 25],
              ['Hưởng ứng phong trào thi đua giai đoạn 2021–2025 và các đợt thi đua chuyên đề', 10],
              ['Thực hiện chế độ báo cáo đúng hạn, đầy đủ (mỗi báo cáo trễ hạn trừ 0,5 điểm)', 5],
            ],
          },
          {
            group: 'III',
            name: 'Tuyên truyền tư tưởng thi đua ái quốc của Chủ tịch Hồ Chí Minh',
            items: [
              ['Tuyên truyền tư tưởng thi đua ái quốc của Chủ tịch Hồ Chí Minh', 10],
              ['Phát hiện, bồi dưỡng, nhân rộng gương điển hình tiên tiến', 5],
            ],
          },
          {
            group: 'IV',
            name: 'Chất lượng công tác khen thưởng',
            items: [
              ['Khen thưởng "đúng đối tượng, đúng tiêu chuẩn, đúng thành tích"', 10],
              ['Bình xét công khai, minh bạch; hồ sơ khen thưởng đúng thời hạn', 5],
            ],
          },
          {
            group: 'V',
            name: 'Kiểm tra, giám sát phong trào thi đua, công tác khen thưởng',
            items: [
              ['Tự kiểm tra, giám sát việc thực hiện phong trào thi đua, công tác khen thưởng', 10],
              ['Khắc phục kiến nghị sau kiểm tra, giám sát', 5],
            ],
          },
        ],
        [['Sáng kiến, mô hình mới được công nhận; được khen thưởng đột xuất', 5]],
        [['Tập thể, cá nhân bị kỷ luật; hồ sơ khen thưởng bị trả lại do sai sót', 5]],
      ),
      registrations: { window: { from: '2021-01-11', to: '2021-01-29' }, region: 'central' },
      titleNames: {
        CTD_BO: 'Cờ thi đua của Ủy ban nhân dân tỉnh Thừa Thiên Huế',
        BK_BO: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
        GK: 'Giấy khen của Giám đốc Sở Tư pháp',
      },
    },
  );
  // The contents ask for commendation "đúng đối tượng, đúng tiêu chuẩn, đúng thành tích", public and
  // transparent: the sample shows the council's sheet at work.
  return withSampleCouncil(campaign);
}
