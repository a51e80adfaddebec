import type { Campaign } from '../model';
import { buildSampleCampaign } from './_lib/buildSampleCampaign';
import { criteriaTable } from './_lib/criteriaTable';
import { REPORT_TIERS } from './_lib/reportingTiers';
import type { UnitSpec } from './_lib/sampleUnits';

const CLUSTER = 'CUM2';

/** The ten units of Cụm thi đua số 2, as the review of 14/12/2020 lists them. */
const UNITS: readonly UnitSpec[] = [
  { code: 'DHLHN', name: 'Trường Đại học Luật Hà Nội', cluster: CLUSTER, kind: 'school' },
  { code: 'HVTP', name: 'Học viện Tư pháp', cluster: CLUSTER, kind: 'academy' },
  { code: 'BPLVN', name: 'Báo Pháp luật Việt Nam', cluster: CLUSTER, kind: 'press' },
  { code: 'VKHPL', name: 'Viện Khoa học pháp lý', cluster: CLUSTER, kind: 'institute' },
  { code: 'TCDCPL', name: 'Tạp chí Dân chủ và Pháp luật', cluster: CLUSTER, kind: 'press' },
  { code: 'NXBTP', name: 'Nhà xuất bản Tư pháp', cluster: CLUSTER, kind: 'publisher' },
  { code: 'TCLTB', name: 'Trường Trung cấp Luật Tây Bắc', cluster: CLUSTER, kind: 'school' },
  { code: 'CDLMB', name: 'Trường Cao đẳng Luật miền Bắc', cluster: CLUSTER, kind: 'school' },
  { code: 'CDLMT', name: 'Trường Cao đẳng Luật miền Trung', cluster: CLUSTER, kind: 'school' },
  { code: 'CDLMN', name: 'Trường Cao đẳng Luật miền Nam', cluster: CLUSTER, kind: 'school' },
];

/**
 * `cum-2-bo-tu-phap-2021`: Cụm thi đua số 2 of the Ministry of Justice's units, 2021. Its ten units,
 * its head (Trường Cao đẳng Luật miền Bắc, acting principal Hoàng Xuân Châu) and deputy (Tạp chí Dân
 * chủ và Pháp luật, editor-in-chief Đặng Vũ Huân) are real; the covenant was signed at the review of
 * 14/12/2020 (Deputy Minister Nguyễn Thanh Tịnh). The criteria answer the weaknesses that review
 * named (part-time emulation staff, movements "chưa tạo được sự khác biệt"); headcounts,
 * registrations and points are sample data. Two units tie on total and on group I and are parted by
 * their deductions.
 *
 * @returns the campaign, built the same on every call
 * @example
 * buildCum2BoTuPhap2021().clusters[0]?.head // 'CDLMB'
 */
export function buildCum2BoTuPhap2021(): Campaign {
  return buildSampleCampaign(
    {
      id: 'cum-2-bo-tu-phap-2021',
      name: 'Phong trào thi đua năm 2021 của Cụm thi đua số 2 — các đơn vị thuộc Bộ Tư pháp',
      issuer: 'Cụm thi đua số 2, Bộ Tư pháp',
      planNumber: '',
      issueDate: '2020-12-14',
      year: 2021,
      theme:
        'Giao ước thi đua năm 2021 của Cụm thi đua số 2, ký tại Hội nghị tổng kết công tác thi đua năm 2020',
      kind: 'regular',
      start: '2021-01-01',
      end: '2021-12-31',
      registrationDeadline: null,
      phases: [],
      scale: 100,
      clusters: [{ code: CLUSTER, name: 'Cụm thi đua số 2', head: 'CDLMB', deputy: 'TCDCPL' }],
    },
    {
      units: UNITS,
      criteria: criteriaTable(
        [
          {
            group: 'I',
            name: 'Thực hiện nhiệm vụ chính trị được giao',
            items: [
              ['Hoàn thành các nhiệm vụ trọng tâm theo Kế hoạch công tác năm 2021 được Bộ phê duyệt', 25],
              ['Chất lượng, hiệu quả, tiến độ thực hiện nhiệm vụ chuyên môn', 15],
            ],
          },
          {
            group: 'II',
            name: 'Tổ chức phong trào thi đua',
            items: [
              [
                'Phong trào thi đua có nội dung cụ thể, gắn với nhiệm vụ đặc thù của đơn vị, tạo được sự khác biệt',
                10,
              ],
              ['Sơ kết, tổng kết, nhân rộng điển hình tiên tiến', 5],
            ],
          },
          {
            group: 'III',
            name: 'Công tác thi đua, khen thưởng; chế độ báo cáo',
            items: [
              ['Bố trí, bồi dưỡng người làm công tác thi đua, khen thưởng', 5],
              ['Khen thưởng đúng đối tượng, đúng tiêu chuẩn; hồ sơ đúng thời hạn', 5],
              [`Thực hiện chế độ báo cáo (${REPORT_TIERS})`, 5],
            ],
          },
          {
            group: 'IV',
            name: 'Hoạt động của Cụm thi đua',
            items: [
              ['Thực hiện giao ước thi đua năm 2021; tham gia hội nghị, kiểm tra chéo của Cụm', 10],
              ['Phối hợp, hỗ trợ các đơn vị trong Cụm', 5],
            ],
          },
          {
            group: 'V',
            name: 'Xây dựng tổ chức Đảng, đoàn thể; thực hành tiết kiệm',
            items: [
              ['Xây dựng tổ chức Đảng, đoàn thể vững mạnh; văn hóa công sở', 10],
              ['Thực hành tiết kiệm, chống lãng phí', 5],
            ],
          },
        ],
        [['Sáng kiến, công trình khoa học, mô hình mới được công nhận', 5]],
        [['Tập thể, cá nhân bị kỷ luật; chậm thực hiện nhiệm vụ Bộ giao; báo cáo sai lệch số liệu', 5]],
      ),
      registrations: {
        window: { from: '2021-01-05', to: '2021-01-29' },
        region: 'north',
        notes: {
          CDLMB: 'Cụm trưởng năm 2021 (Quyền Hiệu trưởng Hoàng Xuân Châu)',
          TCDCPL: 'Cụm phó năm 2021 (Tổng Biên tập Đặng Vũ Huân)',
        },
        cstdBo: ['DHLHN'],
      },
      scores: { ties: [{ cluster: CLUSTER, partedBy: 'deductions' }] },
      titleNames: {
        CTD_BO: 'Cờ thi đua của Bộ Tư pháp',
        BK_BO: 'Bằng khen của Bộ trưởng Bộ Tư pháp',
      },
    },
  );
}
