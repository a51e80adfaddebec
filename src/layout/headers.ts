/**
 * Headers the layout adds to the workbook contract (`src/domain/contract.ts`): helper columns the
 * formulas need, the self-score table, the summary tables and `_meta`. Like the contract, they are read
 * back by hosts and tests: extend them, never rename.
 */
import type { TieBreak } from '../domain/model';
import { formatTieBreak } from '../domain/cellCodecs';

/**
 * Computed helper columns at the right end of the `Scores` table. They turn the ranking into numbers
 * the summary can look up without array formulas.
 */
export const SCORE_HELPER_HEADERS = {
  /** Position of the unit in the Units table: parts units tied on every key, in catalogue order. */
  catalogueIndex: 'STT danh mục',
  /** Unique position within the cluster: the rank, then catalogue order among fully tied units. */
  ordinal: 'Thứ tự',
  /** `<cluster>|<ordinal>`: one text to look a unit up by its place in its cluster. */
  key: 'Khoá',
  /** `x` when the unit has a proposal. */
  hasProposal: 'Có đề nghị',
  /** Position among the units with a proposal, in catalogue order. */
  proposalOrdinal: 'STT đề nghị',
  /** The total the ranking takes: blank for a unit held by a score error or left out by a rule. */
  rankedTotal: 'Điểm xét hạng',
  /** `x` when the unit may lead: within the flags by rank, at the flag's minimum, in the flag's band. */
  flagCandidate: 'Ứng viên Cờ',
  /** For a flag candidate, the council's vote on the flag title: Đạt, Không đạt, or blank. */
  flagVote: 'Bỏ phiếu Cờ',
  /** The `Thứ tự` of the first unit ranked below this one, or blank: `Giải thích` reads it. */
  belowPlace: 'Thứ tự đơn vị dưới',
  /** Points behind the unit just above (0 when a tie-break parted equal totals); blank at the top. */
  gapAbove: 'Kém đơn vị trên',
  /** Points ahead of the unit just below (0 when a tie-break parted equal totals); blank at the bottom. */
  gapBelow: 'Hơn đơn vị dưới',
  /**
   * The unit's place in the award list: the award's group (0 for the flag, then the Bands table's
   * order) times 100 000 plus `STT danh mục`; 1 000 000 000 without a proposal.
   */
  proposalKey: 'Khoá đề nghị',
  /** Each group's points against its maximum, in words: `Giải thích` quotes it. */
  groupsText: 'Điểm theo nhóm',
} as const;

/**
 * Header of the helper column marking the units that reach a band and got no band before it (`x`):
 * the band's quota counts them.
 * @param code - the band's code
 * @returns the header
 * @example
 * bandCandidateHeader('A') // 'Xét hạng A'
 */
export function bandCandidateHeader(code: string): string {
  return `Xét hạng ${code}`;
}

/**
 * Header of the helper column holding the points a criterion without parts counts in the Scores table:
 * the council's combined score where members scored the unit, else the typed points.
 * @param code - the criterion's code
 * @returns the header
 * @example
 * councilPointsHeader('I.1') // 'Điểm tính I.1'
 */
export function councilPointsHeader(code: string): string {
  return `Điểm tính ${code}`;
}

/**
 * Header of the helper column holding the points of a group of the criteria tree in the Scores table,
 * which `Giải thích` names.
 * @param group - the group's code
 * @returns the header
 * @example
 * groupPointsHeader('I') // 'Điểm nhóm I'
 */
export function groupPointsHeader(group: string): string {
  return `Điểm nhóm ${group}`;
}

/**
 * Whether a header of the `Scores` or `SelfScores` table is a helper column: one the formulas read and
 * nobody prints (the sheet shows the rank, band and proposal they lead to).
 * @param header - the header
 * @returns true for a helper column
 * @example
 * isScoreHelperHeader('Khoá') // true
 * isScoreHelperHeader('Xét hạng XS') // true
 * isScoreHelperHeader('Điểm tính I.1') // true
 * isScoreHelperHeader('Điểm nhóm I') // true
 * isScoreHelperHeader('Xếp hạng') // false
 */
export function isScoreHelperHeader(header: string): boolean {
  const h = header.trim().toLowerCase();
  return (
    Object.values(SCORE_HELPER_HEADERS).some((helper) => helper.toLowerCase() === h) ||
    h.startsWith(bandCandidateHeader('').toLowerCase()) ||
    h.startsWith(councilPointsHeader('').toLowerCase()) ||
    h.startsWith(groupPointsHeader('').toLowerCase())
  );
}

/** Computed columns after the typed ones of the `Tiers` table. */
export const TIER_EXTRA_HEADERS = {
  /** The step's place among its criterion's steps, lowest first. */
  order: 'Bậc',
  /** The step's points minus those of the step just below it. */
  increment: 'Điểm cộng thêm',
} as const;

/**
 * Header of the helper column holding a tie-break key (tiêu chí phụ) of the Scores table, e.g.
 * `Phụ 1: Nhóm I` or `Phụ 2: Điểm trừ (đổi dấu)`. A key whose direction is "lower wins" is stored
 * negated, so that every key reads "higher wins" (the header says so).
 * @param link - the tie-break link
 * @param index - zero-based position in the chain
 * @returns the header
 * @example
 * tieBreakHeader({ kind: 'deductions', direction: 'asc', label: 'Ít điểm trừ hơn' }, 1) // 'Phụ 2: Điểm trừ (đổi dấu)'
 */
export function tieBreakHeader(link: TieBreak, index: number): string {
  const rule = link.kind === 'input' ? link.header : formatTieBreak(link).rule;
  return `Phụ ${index + 1}: ${rule}${link.direction === 'asc' ? ' (đổi dấu)' : ''}`;
}

/** Computed columns after the typed ones of the `Registrations` table. */
export const REGISTRATION_EXTRA_HEADERS = {
  unitName: 'Tên đơn vị',
  cluster: 'Mã cụm',
  /**
   * The registration's place in its unit's list (hidden): the unit's place in `Units` times 100 000
   * plus the registration's data row; 1 000 000 000 for a unit the catalogue lacks.
   */
  unitKey: 'Khoá đơn vị',
} as const;

/** Headers of the `SelfScores` table (Tự chấm); criterion columns sit between `Mã cụm` and the totals. */
export const SELF_SCORE_HEADERS = {
  unit: 'Mã đơn vị',
  name: 'Tên đơn vị',
  cluster: 'Mã cụm',
  selfTotal: 'Tổng tự chấm',
  reviewedTotal: 'Tổng điểm chấm',
  /** Self-score total minus the reviewed total: positive when the unit scored itself higher. */
  gap: 'Chênh lệch',
} as const;

/** Computed column after the contract columns of the `Bands` table. */
export const BAND_EXTRA_HEADERS = {
  /** The proposal as the council reads it: the title's name for a title code, else the text. */
  proposalName: 'Tên đề nghị',
} as const;

/** Headers of the `ClusterSummary` table (so sánh giữa các cụm). */
export const CLUSTER_SUMMARY_HEADERS = {
  cluster: 'Mã cụm',
  name: 'Tên cụm',
  units: 'Số đơn vị',
  scored: 'Đã chấm',
  mean: 'Điểm TB',
  median: 'Trung vị',
  max: 'Cao nhất',
  min: 'Thấp nhất',
  spread: 'Chênh lệch',
  leader: 'Dẫn đầu',
  margin: 'Cách biệt',
} as const;

/** Headers of the `Ranking` table (xếp hạng trong cụm): one row per place of each cluster. */
export const RANKING_HEADERS = {
  cluster: 'Mã cụm',
  ordinal: 'Thứ tự',
  unit: 'Mã đơn vị',
  name: 'Tên đơn vị',
  total: 'Tổng điểm',
  rank: 'Xếp hạng',
  tied: 'Đồng hạng',
  leading: 'Dẫn đầu',
  proposal: 'Đề nghị',
  /** Data row of the unit in the Scores table, blank when the place is empty. */
  row: 'Dòng chấm điểm',
} as const;

/** Headers of the `Proposals` table (danh sách đề nghị khen thưởng). */
export const PROPOSAL_HEADERS = {
  number: 'STT',
  unit: 'Mã đơn vị',
  name: 'Tên đơn vị',
  cluster: 'Mã cụm',
  total: 'Tổng điểm',
  rank: 'Xếp hạng',
  leading: 'Dẫn đầu',
  tied: 'Đồng hạng',
  proposal: 'Đề nghị',
  row: 'Dòng chấm điểm',
} as const;

/** Headers of the `AwardList` table (danh sách đề nghị khen thưởng): one slot per unit of the catalogue. */
export const AWARD_LIST_HEADERS = {
  number: 'STT',
  award: 'Hình thức khen thưởng',
  name: 'Tên tập thể, cá nhân',
  unit: 'Mã đơn vị',
  total: 'Tổng điểm',
  rank: 'Xếp hạng',
  vote: 'Kết quả biểu quyết',
  share: 'Tỷ lệ đồng ý (%)',
  title: 'Mã danh hiệu',
  key: 'Khoá đề nghị',
  row: 'Dòng chấm điểm',
} as const;

/** Headers of the `MinutesMembers` table (thành phần dự họp): one slot per member of the council. */
export const MINUTES_MEMBER_HEADERS = {
  number: 'STT',
  name: 'Họ và tên',
  role: 'Chức danh',
  attendance: 'Tham dự',
} as const;

/** Headers of the `MinutesVotes` table (kết quả biểu quyết): one slot per row of the Votes table. */
export const MINUTES_VOTE_HEADERS = {
  number: 'STT',
  name: 'Tên cá nhân, tập thể',
  award: 'Hình thức khen thưởng',
  for: 'Đồng ý',
  share: 'Nhất trí (%)',
  result: 'Kết quả',
  candidate: 'Đơn vị / cá nhân',
  title: 'Mã danh hiệu',
} as const;

/** Headers of the `RegistrationListUnit` table: the one unit whose registration list the sheet shows. */
export const REGISTRATION_LIST_UNIT_HEADERS = { unit: 'Mã đơn vị', name: 'Tên đơn vị' } as const;

/** Headers of the `RegistrationList` table (danh sách đăng ký thi đua): one slot per registration. */
export const REGISTRATION_LIST_HEADERS = {
  number: 'Stt',
  salutation: 'Ông/Bà',
  name: 'Họ và tên',
  position: 'Chức vụ, đơn vị',
  title: 'Đăng ký danh hiệu thi đua',
  form: 'Đăng ký hình thức khen thưởng',
  row: 'Dòng đăng ký',
  code: 'Mã danh hiệu',
  kind: 'Loại',
} as const;

/** Headers of the `TitleSummary` table (đăng ký danh hiệu theo cụm): one row per cluster and title. */
export const TITLE_SUMMARY_HEADERS = {
  cluster: 'Mã cụm',
  clusterName: 'Tên cụm',
  title: 'Mã danh hiệu',
  titleName: 'Danh hiệu',
  count: 'Số đăng ký',
} as const;
