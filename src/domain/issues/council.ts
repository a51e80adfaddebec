import { TABLES } from '../contract';
import { template } from './catalogue';
import { tableWords } from './place';

const n = (value: number): string => value.toLocaleString('vi-VN');
const members = tableWords(TABLES.council);
const rules = tableWords(TABLES.voteRules);
const units = tableWords(TABLES.units);
const criteria = tableWords(TABLES.criteria);

/**
 * Issues of the council: members' scores by someone not on the council, of an unknown unit or criterion,
 * or out of range; and of its vote: counts that cannot be (above the members present, negative, not whole),
 * votes without a council or without a rule for the title, a candidate voted twice for one title, and
 * vote rules out of range. A row with such a count has no result (`Chờ sửa lỗi`) until it is fixed.
 */
export const COUNCIL_ISSUES = {
  VOTE_COUNT_ABOVE_PRESENT: template<{ candidate: string; sum: number; present: number }>({
    severity: 'error',
    vi: (p, at) =>
      `${at}: "${p.candidate}" có tổng ${n(p.sum)} phiếu (đồng ý, không đồng ý và không biểu quyết) nhưng chỉ ${n(p.present)} thành viên có mặt. Hãy sửa số phiếu theo biên bản kiểm phiếu, hoặc ghi "Có" cho thành viên có mặt trong ${members.vi}; dòng này chưa có kết quả cho đến khi sửa.`,
    en: (p, at) =>
      `${at}: "${p.candidate}" has ${p.sum} votes (for, against and abstaining) but only ${p.present} members are present. Correct the counts from the ballot committee's report, or mark the members present in the ${members.en}; the row has no result until then.`,
    explain: {
      vi: 'Mỗi thành viên có mặt bỏ một phiếu: tổng số phiếu không thể nhiều hơn số thành viên có mặt.',
      en: 'Each member present casts one vote: the votes cannot outnumber the members present.',
      source: null,
    },
  }),
  VOTE_COUNT_INVALID: template<{ candidate: string; value: number }>({
    severity: 'error',
    vi: (p, at) =>
      `${at}: số phiếu của "${p.candidate}" là ${n(p.value)}, không phải số nguyên không âm. Hãy nhập số phiếu theo biên bản kiểm phiếu; dòng này chưa có kết quả cho đến khi sửa.`,
    en: (p, at) =>
      `${at}: the count for "${p.candidate}" is ${p.value}, not a whole number of 0 or more. Enter the count from the ballot committee's report; the row has no result until then.`,
    explain: {
      vi: 'Số phiếu là số nguyên không âm.',
      en: 'A vote count is a whole number of 0 or more.',
      source: null,
    },
  }),
  VOTE_NO_COUNCIL: template<Record<string, never>>({
    severity: 'error',
    vi: (_p, at) =>
      `${at}: đã có số phiếu nhưng ${members.vi} còn trống. Hãy nhập các thành viên Hội đồng và ghi "Có" cho người có mặt; chưa có thành viên thì không tính được tỷ lệ phiếu.`,
    en: (_p, at) =>
      `${at}: votes are counted but the ${members.en} is empty. Enter the council's members and mark those present; without members no share of votes can be taken.`,
    explain: {
      vi: 'Tỷ lệ phiếu tính trên tổng số thành viên hoặc số thành viên có mặt của Hội đồng.',
      en: "A vote share is taken of the council's members, or of those present.",
      source: null,
    },
  }),
  VOTE_NO_RULE: template<{ title: string }>({
    severity: 'error',
    vi: (p, at) =>
      `${at}: danh hiệu "${p.title}" chưa có quy tắc biểu quyết. Hãy thêm một dòng cho "${p.title}" vào ${rules.vi} (túc số, tính trên, tỷ lệ đồng ý tối thiểu và căn cứ).`,
    en: (p, at) =>
      `${at}: title "${p.title}" has no vote rule. Add a row for "${p.title}" to the ${rules.en} (quorum, base, share needed and source).`,
    explain: {
      vi: 'Kết quả bỏ phiếu được tính theo quy tắc biểu quyết của danh hiệu: túc số, tỷ lệ đồng ý và căn cứ.',
      en: "A vote is decided by its title's rule: quorum, share needed and source.",
      source: null,
    },
  }),
  VOTE_DUPLICATE: template<{ candidate: string; title: string; firstRow: number }>({
    severity: 'warning',
    vi: (p, at, row) =>
      `${at}: "${p.candidate}" đã có kết quả bỏ phiếu danh hiệu "${p.title}" ở ${row(p.firstRow)}. Nếu Hội đồng bỏ phiếu lại, hãy xoá dòng cũ để chỉ còn kết quả cuối cùng.`,
    en: (p, at, row) =>
      `${at}: "${p.candidate}" already has a vote for "${p.title}" in ${row(p.firstRow)}. If the council voted again, delete the old row so only the final result remains.`,
    explain: {
      vi: 'Mỗi ứng viên có một kết quả bỏ phiếu cho mỗi danh hiệu; hai dòng thì không rõ kết quả nào là cuối cùng.',
      en: 'A candidate has one vote per title; with two rows the final one is unclear.',
      source: null,
    },
  }),
  REVIEW_MEMBER_UNKNOWN: template<{ member: string }>({
    severity: 'error',
    vi: (p, at) =>
      `${at}: "${p.member}" không có trong ${members.vi}. Hãy ghi đúng họ và tên như trong danh sách thành viên, hoặc thêm thành viên; điểm của đơn vị ở tiêu chí này chưa được kết hợp cho đến khi sửa.`,
    en: (p, at) =>
      `${at}: "${p.member}" is not in the ${members.en}. Write the name as the member list has it, or add the member; the unit's combined points on this criterion wait until then.`,
    explain: {
      vi: 'Chỉ thành viên Hội đồng mới chấm điểm; tên lạ có thể là gõ sai, và điểm không rõ của ai thì không được tính.',
      en: 'Only council members score; an unknown name may be a typo, and a score of nobody known cannot count.',
      source: null,
    },
  }),
  REVIEW_UNKNOWN_CODE: template<{ code: string; kind: 'unit' | 'criterion' }>({
    severity: 'error',
    vi: (p, at) =>
      `${at}: mã ${p.kind === 'unit' ? 'đơn vị' : 'tiêu chí'} "${p.code}" không có trong ${p.kind === 'unit' ? units.vi : criteria.vi}. Hãy chọn một mã có trong danh sách.`,
    en: (p, at) =>
      `${at}: ${p.kind} code "${p.code}" is not in the ${p.kind === 'unit' ? units.en : criteria.en}. Choose a listed code.`,
    explain: {
      vi: 'Điểm của thành viên thuộc về một đơn vị và một tiêu chí có trong danh mục.',
      en: "A member's score belongs to a listed unit and criterion.",
      source: null,
    },
  }),
  REVIEW_CRITERION_HEADING: template<{ code: string }>({
    severity: 'error',
    vi: (p, at) =>
      `${at}: tiêu chí "${p.code}" có tiêu chí con; điểm của nó là tổng điểm các tiêu chí con. Hãy chấm từng tiêu chí con; điểm của đơn vị ở tiêu chí này chưa được kết hợp cho đến khi sửa.`,
    en: (p, at) =>
      `${at}: criterion "${p.code}" has parts; its points are their sum. Score each part instead; the unit's combined points wait until then.`,
    explain: {
      vi: 'Thành viên Hội đồng chấm các tiêu chí không có tiêu chí con; điểm của tiêu chí có tiêu chí con được cộng từ các phần.',
      en: 'Council members score the criteria without parts; a heading adds up its parts.',
      source: null,
    },
  }),
  REVIEW_SCORE_OUT_OF_RANGE: template<{ member: string; value: number; max: number }>({
    severity: 'error',
    vi: (p, at) =>
      `${at}: "${p.member}" chấm ${n(p.value)} điểm, ngoài khoảng từ 0 đến điểm chuẩn ${n(p.max)}. Hãy sửa điểm; điểm của đơn vị ở tiêu chí này chưa được kết hợp cho đến khi sửa.`,
    en: (p, at) =>
      `${at}: "${p.member}" gave ${p.value} points, outside 0 to the maximum ${p.max}. Correct the score; the unit's combined points on this criterion wait until then.`,
    explain: {
      vi: 'Điểm của một tiêu chí từ 0 đến điểm chuẩn của tiêu chí.',
      en: "A criterion's points run from 0 to its maximum.",
      source: null,
    },
  }),
  REVIEW_SCORE_DIFFERS: template<{ unit: string; criterion: string; typed: number; combined: number }>({
    severity: 'warning',
    vi: (p, at) =>
      `${at}: đơn vị "${p.unit}" được ghi ${n(p.typed)} điểm ở tiêu chí "${p.criterion}", còn điểm kết hợp của các thành viên Hội đồng là ${n(p.combined)}. Tổng điểm và xếp hạng lấy điểm kết hợp ${n(p.combined)}; nếu Hội đồng giữ điểm đã ghi, hãy xoá các dòng điểm của thành viên cho tiêu chí này.`,
    en: (p, at) =>
      `${at}: unit "${p.unit}" has ${p.typed} points on "${p.criterion}", while the council members' combined score is ${p.combined}. The total and the rank take the combined ${p.combined}; if the council keeps the typed points, delete the members' rows for this criterion.`,
    explain: {
      vi: 'Nơi các thành viên Hội đồng chấm điểm, điểm kết hợp của họ thay cho điểm đã ghi ở bảng chấm điểm.',
      en: 'Where council members score, their combined score takes the place of the typed points.',
      source: null,
    },
  }),
  VOTE_RULE_OUT_OF_RANGE: template<{ title: string; value: number }>({
    severity: 'error',
    vi: (p, at) =>
      `${at}: quy tắc biểu quyết của "${p.title}" ghi ${n(p.value)}%, ngoài khoảng 0–100. Hãy nhập tỷ lệ theo %, ví dụ 66,67 cho 2/3.`,
    en: (p, at) =>
      `${at}: the vote rule of "${p.title}" says ${p.value}%, outside 0–100. Enter a percentage, e.g. 66.67 for two thirds.`,
    explain: {
      vi: 'Túc số và tỷ lệ đồng ý là tỷ lệ phần trăm, từ 0 đến 100.',
      en: 'Quorum and share needed are percentages, from 0 to 100.',
      source: null,
    },
  }),
} as const;
