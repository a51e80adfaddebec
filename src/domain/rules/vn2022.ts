import { DOCUMENTS } from './_lib/documents';
import type { RuleSet } from './ruleSet';
import { TITLE_CODES } from './titleCodes';

const { law2022, decree98, circular11 } = DOCUMENTS;

/**
 * Rule set `vn-2022`: Law 06/2022/QH15, Decree 98/2023/NĐ-CP and, for the Justice sector, Circular
 * 11/2023/TT-BTP of 29/12/2023; in force from 01/01/2024. Registration stops being a legal basis and
 * the national cap on CSTĐCS goes.
 */
export const VN_2022: RuleSet = {
  id: 'vn-2022',
  name: 'Luật Thi đua, khen thưởng 06/2022/QH15, Nghị định 98/2023/NĐ-CP, Thông tư 11/2023/TT-BTP',
  nameEn: 'Law on Emulation and Commendation 06/2022/QH15, Decree 98/2023/ND-CP, Circular 11/2023/TT-BTP',
  inForce: { from: '2024-01-01', to: null },
  documents: [law2022, decree98, circular11],
  rules: {
    registration: {
      value: 'optional',
      source: { document: law2022.document, article: 'Điều 7', tag: 'confirmed' },
      note: 'Đăng ký thi đua không còn là căn cứ xét tặng; vẫn kiểm tra để nhắc đơn vị (cảnh báo, không phải lỗi).',
    },
    cstdcsRequiresLdtt: {
      value: true,
      source: { document: law2022.document, article: 'Điều 23', tag: 'confirmed' },
    },
    cstdcsCap: {
      value: null,
      source: { document: law2022.document, article: null, tag: 'confirmed' },
      note: 'Không còn giới hạn chung toàn quốc; địa phương, đơn vị có thể tự đặt tỷ lệ (một dự thảo đề xuất 20%).',
    },
    cstdBoConsecutiveCstdcs: {
      value: 3,
      source: { document: law2022.document, article: 'Điều 22', tag: 'confirmed' },
      note: 'Kiểm tra trên sheet "Lịch sử khen thưởng": năm xét là năm đạt CSTĐCS lần thứ ba, nên cần hai năm liền trước trong lịch sử.',
    },
    cstdTqConsecutiveCstdBo: {
      value: 2,
      source: { document: law2022.document, article: 'Điều 21', tag: 'confirmed' },
      note: 'Kiểm tra trên sheet "Lịch sử khen thưởng"; lần đạt gần nhất là năm trước, hoặc năm nay nếu người này cũng đăng ký danh hiệu đó.',
    },
    cstdTqInterval: {
      value: 3,
      source: { document: law2022.document, article: null, tag: 'unverified' },
      note: 'Văn bản không ghi khoảng cách giữa hai lần "liên tục"; phần mềm mặc định 3 năm (mỗi lần CSTĐ bộ, tỉnh cần 3 năm CSTĐCS). Cán bộ thi đua chọn lại ở cột "Điều kiện" của danh mục danh hiệu.',
    },
    ttldxsTasksComplete: {
      value: 100,
      source: { document: law2022.document, article: 'Điều 27', tag: 'confirmed' },
      checkable: false,
      note: 'Kết quả hoàn thành nhiệm vụ của từng người không có trong sổ thi đua.',
    },
    ttldxsLdttShare: {
      value: { percent: 70, strict: false },
      source: { document: law2022.document, article: 'Điều 27', tag: 'confirmed' },
    },
    ttldxsMinCstdcs: {
      value: 1,
      source: { document: law2022.document, article: 'Điều 27', tag: 'confirmed' },
    },
    ttldttLdttShare: {
      value: { percent: 50, strict: true },
      source: { document: law2022.document, article: null, tag: 'unverified' },
      note: 'Giữ tỷ lệ của luật cũ (trên 50%) cho đến khi đối chiếu văn bản mới.',
    },
    flagForClusterLeaders: {
      value: true,
      source: { document: law2022.document, article: 'Điều 26', tag: 'confirmed' },
    },
    flagsPerCluster: {
      value: 1,
      source: { document: circular11.document, article: null, tag: 'unverified' },
      note: 'Thường là 1 Cờ cho mỗi cụm, khối; chưa thấy văn bản quy định con số chung.',
    },
    governmentFlagAmongLeaders: {
      value: true,
      source: { document: law2022.document, article: 'Điều 25 khoản 1', tag: 'confirmed' },
      note: 'Xét tặng hằng năm cho tập thể tiêu biểu xuất sắc trong số các tập thể dẫn đầu các cụm, khối thi đua do bộ, ban, ngành, tỉnh tổ chức. Tập thể dẫn đầu là đơn vị được bảng xếp hạng của phong trào đề nghị tặng Cờ thi đua của cụm.',
    },
    governmentFlagShare: {
      value: null,
      source: { document: decree98.document, article: null, tag: 'unverified' },
      note: 'Chưa thấy tỷ lệ giới hạn trong văn bản mới (tỷ lệ 20% là của Nghị định 91/2017/NĐ-CP, Điều 11 khoản 1). Nếu Hội đồng áp dụng một tỷ lệ, cán bộ ghi ở cột "Điều kiện" của Cờ thi đua của Chính phủ, ví dụ "Dẫn đầu cụm CTD_BO ≤ 20%".',
    },
    councilVotes: {
      value: [
        {
          titles: [TITLE_CODES.CSTD_BO, TITLE_CODES.CSTD_TQ],
          ballot: 'secret',
          quorumPercent: null,
          base: 'allMembers',
          minPercent: 90,
        },
      ],
      source: { document: decree98.document, article: null, tag: 'unverified' },
      checkable: false,
      note: 'Giữ ngưỡng của Nghị định 91/2017/NĐ-CP làm mặc định cho đến khi đối chiếu văn bản mới.',
    },
    oneAchievementOneAward: {
      value: true,
      source: { document: decree98.document, article: 'Điều 4', tag: 'confirmed' },
      checkable: false,
      note: 'Tình trạng kỷ luật, điều tra không có trong sổ thi đua; Hội đồng xem xét khi bình xét.',
    },
    chosenCouncilVotes: {
      value: [
        {
          titles: [TITLE_CODES.LDTT, TITLE_CODES.CSTDCS, TITLE_CODES.TTLDXS, TITLE_CODES.CTD_BO],
          ballot: 'secret',
          quorumPercent: 66.67,
          base: 'present',
          minPercent: 70,
        },
      ],
      source: {
        document: 'Quy chế làm việc của Hội đồng thi đua, khen thưởng',
        article: null,
        tag: 'chosen',
      },
      note: 'Không văn bản chung nào quy định túc số và tỷ lệ phiếu cho các danh hiệu này: ví dụ của ngành (túc số 2/3, từ 70% số thành viên có mặt), Hội đồng giữ hoặc sửa trong bảng quy tắc biểu quyết.',
    },
    tieBreakChain: {
      // No text publishes a chain: a new campaign has none, and ties go to the council's vote.
      value: [],
      source: { document: circular11.document, article: null, tag: 'unverified' },
      note: 'Không văn bản nào công bố quy tắc xếp hạng khi bằng điểm: sổ mới không có tiêu chí phụ, đơn vị bằng điểm được đánh dấu để Hội đồng bỏ phiếu; cán bộ có thể thêm tiêu chí phụ do Hội đồng chọn.',
    },
  },
};
