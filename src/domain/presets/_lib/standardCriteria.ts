import type { Criterion } from '../../model';
import { criteriaTable } from './criteriaTable';
import { REPORT_TIERS } from './reportingTiers';

/**
 * A 100-point table in the shape of the Ministry's yearly table for a Sở Tư pháp (groups I–VII,
 * tiered reporting points, one bonus and one deduction row), for a campaign started from blank.
 * Core tasks come first because the default tie-break reads the first group.
 *
 * @returns the criteria, standard maxima adding to 100
 * @example
 * standardCriteria100().filter((c) => c.kind === 'standard').reduce((s, c) => s + c.max, 0) // 100
 */
export function standardCriteria100(): Criterion[] {
  return criteriaTable(
    [
      {
        group: 'I',
        name: 'Thực hiện nhiệm vụ chuyên môn',
        items: [
          ['Hoàn thành các nhiệm vụ trọng tâm theo kế hoạch công tác năm', 20],
          ['Chất lượng, tiến độ thực hiện nhiệm vụ được giao', 10],
        ],
      },
      {
        group: 'II',
        name: 'Thực hiện chế độ báo cáo',
        items: [
          [`Thực hiện chế độ báo cáo định kỳ (${REPORT_TIERS})`, 12],
          ['Báo cáo chuyên đề, đột xuất đúng hạn, đúng yêu cầu', 8],
        ],
      },
      {
        group: 'III',
        name: 'Cải cách hành chính',
        items: [['Cải cách hành chính; chấp hành kỷ luật, kỷ cương hành chính', 10]],
      },
      {
        group: 'IV',
        name: 'Công tác thi đua, khen thưởng',
        items: [['Công tác thi đua, khen thưởng; phát hiện, nhân rộng điển hình tiên tiến', 10]],
      },
      {
        group: 'V',
        name: 'Xây dựng đội ngũ, tổ chức Đảng, đoàn thể',
        items: [['Xây dựng đội ngũ; xây dựng tổ chức Đảng, đoàn thể vững mạnh', 10]],
      },
      {
        group: 'VI',
        name: 'Quản lý tài chính, tài sản',
        items: [['Quản lý tài chính, tài sản; thực hành tiết kiệm, chống lãng phí', 10]],
      },
      { group: 'VII', name: 'Ứng dụng công nghệ thông tin', items: [['Ứng dụng công nghệ thông tin', 10]] },
    ],
    [['Sáng kiến, mô hình mới được cấp có thẩm quyền công nhận; khen thưởng đột xuất', 5]],
    [['Tập thể, cá nhân bị kỷ luật; báo cáo sai lệch số liệu; vi phạm để bị nhắc nhở bằng văn bản', 5]],
  );
}
