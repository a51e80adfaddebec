import { DOCUMENTS } from './_lib/documents';
import type { RuleSet } from './ruleSet';
import { TITLE_CODES } from './titleCodes';

const { law2003, decree91, circular05 } = DOCUMENTS;

/**
 * Rule set `vn-2013`: the Law on Emulation and Commendation of 2003 as amended in 2013, Decree
 * 91/2017/NĐ-CP and, for the Justice sector, Circular 05/2018/TT-BTP. It governs every campaign up to
 * 31/12/2023, the seed campaigns of 2017, 2018 and 2021 among them.
 */
export const VN_2013: RuleSet = {
  id: 'vn-2013',
  name: 'Luật Thi đua, khen thưởng 2003 (sửa đổi 2013), Nghị định 91/2017/NĐ-CP, Thông tư 05/2018/TT-BTP',
  nameEn:
    'Law on Emulation and Commendation 2003 (amended 2013), Decree 91/2017/ND-CP, Circular 05/2018/TT-BTP',
  // Law 39/2013/QH13, the amendment the set is named after, took effect on 01/06/2014.
  inForce: { from: '2014-06-01', to: '2023-12-31' },
  documents: [law2003, decree91, circular05],
  rules: {
    registration: {
      value: 'required',
      source: { document: decree91.document, article: null, tag: 'confirmed' },
      note: 'Không đăng ký thi đua thì không được xem xét, công nhận danh hiệu thi đua.',
    },
    cstdcsRequiresLdtt: {
      value: true,
      source: { document: law2003.document, article: 'Điều 23', tag: 'unverified' },
    },
    cstdcsCap: {
      value: { of: TITLE_CODES.LDTT, percent: 15, rounding: 'floor' },
      source: { document: decree91.document, article: 'Điều 9', tag: 'confirmed' },
      note: 'Cách làm tròn (làm tròn xuống) là mặc định của phần mềm, văn bản không quy định; có thể đổi.',
    },
    cstdBoConsecutiveCstdcs: {
      value: 3,
      source: { document: law2003.document, article: 'Điều 22', tag: 'confirmed' },
      note: 'Nghị định 91/2017/NĐ-CP, Điều 9 khoản 2 nhắc lại điều kiện này. Kiểm tra trên sheet "Lịch sử khen thưởng": năm xét là năm đạt CSTĐCS lần thứ ba.',
    },
    cstdTqConsecutiveCstdBo: {
      value: 2,
      source: { document: law2003.document, article: 'Điều 21', tag: 'unverified' },
      note: 'Kiểm tra trên sheet "Lịch sử khen thưởng"; lần đạt gần nhất là năm trước, hoặc năm nay nếu người này cũng đăng ký danh hiệu đó.',
    },
    cstdTqInterval: {
      value: 3,
      source: { document: law2003.document, article: null, tag: 'unverified' },
      note: 'Văn bản không ghi khoảng cách giữa hai lần "liên tục"; phần mềm mặc định 3 năm (mỗi lần CSTĐ bộ, tỉnh cần 3 năm CSTĐCS). Cán bộ thi đua chọn lại ở cột "Điều kiện" của danh mục danh hiệu.',
    },
    ttldxsTasksComplete: {
      value: 100,
      source: { document: law2003.document, article: 'Điều 27', tag: 'unverified' },
      checkable: false,
      note: 'Kết quả hoàn thành nhiệm vụ của từng người không có trong sổ thi đua.',
    },
    ttldxsLdttShare: {
      value: { percent: 70, strict: false },
      source: { document: law2003.document, article: 'Điều 27', tag: 'unverified' },
    },
    ttldxsMinCstdcs: {
      value: 1,
      source: { document: law2003.document, article: 'Điều 27', tag: 'unverified' },
    },
    ttldttLdttShare: {
      value: { percent: 50, strict: true },
      source: { document: law2003.document, article: 'Điều 28', tag: 'confirmed' },
    },
    flagForClusterLeaders: {
      value: true,
      source: { document: law2003.document, article: 'Điều 26', tag: 'unverified' },
    },
    flagsPerCluster: {
      value: 1,
      source: { document: circular05.document, article: null, tag: 'unverified' },
      note: 'Thường là 1 Cờ cho mỗi cụm, khối; chưa thấy văn bản quy định con số chung.',
    },
    governmentFlagAmongLeaders: {
      value: true,
      source: { document: decree91.document, article: 'Điều 11 khoản 1', tag: 'confirmed' },
      note: 'Chọn trong các tập thể dẫn đầu cụm, khối đạt tiêu chuẩn Cờ thi đua cấp bộ, tỉnh (Công văn 5007/BNV-TĐKT ngày 05/9/2023 nhắc lại). Tập thể dẫn đầu là đơn vị được bảng xếp hạng của phong trào đề nghị tặng Cờ thi đua của cụm.',
    },
    governmentFlagShare: {
      value: 20,
      source: { document: decree91.document, article: 'Điều 11 khoản 1', tag: 'confirmed' },
      note: 'Không quá 20% tổng số tập thể dẫn đầu cụm, khối của cả bộ, tỉnh (không tính trong một cụm); Công văn 5007/BNV-TĐKT ngày 05/9/2023. Làm tròn xuống là mặc định của phần mềm, văn bản không quy định; có thể đổi ở cột "Điều kiện".',
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
      source: { document: decree91.document, article: 'Điều 45 khoản 8', tag: 'confirmed' },
      checkable: false,
      note: 'Kết quả bỏ phiếu ghi trong biên bản họp Hội đồng, không trong sổ thi đua.',
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
      source: { document: circular05.document, article: null, tag: 'unverified' },
      note: 'Không văn bản nào công bố quy tắc xếp hạng khi bằng điểm: sổ mới không có tiêu chí phụ, đơn vị bằng điểm được đánh dấu để Hội đồng bỏ phiếu; cán bộ có thể thêm tiêu chí phụ do Hội đồng chọn.',
    },
  },
};
