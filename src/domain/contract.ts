/**
 * The workbook contract: sheet, table and header names. A public interface — extend it, never rename.
 * Sheet names and headers are Vietnamese (the file goes to a Vietnamese council); table names are ASCII.
 */

/** Sheet names. */
export const SHEETS = {
  campaign: 'Phong trào',
  catalogue: 'Danh mục',
  registrations: 'Đăng ký',
  scores: 'Chấm điểm',
  selfScores: 'Tự chấm',
  summary: 'Tổng hợp',
  history: 'Lịch sử khen thưởng',
  meta: '_meta',
} as const;

/** Table names (ASCII). */
export const TABLES = {
  campaign: 'Campaign',
  phases: 'Phases',
  settings: 'Settings',
  clusters: 'Clusters',
  units: 'Units',
  titles: 'Titles',
  criteria: 'Criteria',
  bands: 'Bands',
  tieBreaks: 'TieBreaks',
  tiers: 'Tiers',
  scoringTables: 'ScoringTables',
  exclusions: 'Exclusions',
  registrations: 'Registrations',
  scores: 'Scores',
  selfScores: 'SelfScores',
  clusterSummary: 'ClusterSummary',
  ranking: 'Ranking',
  titleSummary: 'TitleSummary',
  proposals: 'Proposals',
  history: 'History',
  meta: 'Meta',
} as const;

/** Headers of the `Campaign` table (field / value) and its field labels, in display order. */
export const CAMPAIGN_HEADERS = { field: 'Thông tin', value: 'Giá trị' } as const;

/** Field labels of the `Campaign` table, keyed by model field. */
export const CAMPAIGN_FIELDS = {
  name: 'Tên phong trào',
  issuer: 'Cơ quan phát động',
  planNumber: 'Số kế hoạch',
  issueDate: 'Ngày ban hành',
  year: 'Năm',
  theme: 'Chủ đề',
  kind: 'Loại phong trào',
  start: 'Ngày bắt đầu',
  end: 'Ngày kết thúc',
  registrationDeadline: 'Hạn đăng ký',
  scale: 'Thang điểm',
  ruleSet: 'Bộ quy tắc',
  sampleData: 'Dữ liệu mẫu',
  /** Where the documents are signed: the place of the place-and-date line (Thành phố Hồ Chí Minh). */
  place: 'Địa danh',
  /** Title of the person who signs the documents (Giám đốc, Chủ tịch Hội đồng). */
  signerTitle: 'Chức vụ người ký',
  /** Name of the person who signs the documents. */
  signerName: 'Người ký',
  id: 'Mã phong trào',
} as const;

/** Vietnamese labels of the campaign kinds. */
export const CAMPAIGN_KIND_LABELS = { regular: 'Thường xuyên', thematic: 'Chuyên đề' } as const;

/** Headers of the `Phases` table. */
export const PHASE_HEADERS = {
  name: 'Đợt',
  start: 'Từ ngày',
  end: 'Đến ngày',
  milestones: 'Mốc',
} as const;

/** Headers of the `Settings` table (thresholds an officer may change). */
export const SETTINGS_HEADERS = {
  key: 'Mã tham số',
  label: 'Tham số',
  value: 'Giá trị',
  source: 'Căn cứ',
} as const;

/** Headers of the `Clusters` table. */
export const CLUSTER_HEADERS = {
  code: 'Mã cụm',
  name: 'Tên cụm',
  head: 'Cụm trưởng',
  deputy: 'Cụm phó',
  /** Code of the scoring table of the cluster's units; optional: blank or absent for the main table. */
  scoringTable: 'Bảng điểm',
} as const;

/** Headers of the `Units` table. */
export const UNIT_HEADERS = {
  code: 'Mã đơn vị',
  name: 'Tên đơn vị',
  cluster: 'Mã cụm',
  headcount: 'Số người',
} as const;

/** Headers of the `Titles` table; the rule columns follow the three required ones. */
export const TITLE_HEADERS = {
  code: 'Mã danh hiệu',
  name: 'Tên',
  subject: 'Đối tượng',
  kind: 'Loại',
  prerequisites: 'Điều kiện',
  cap: 'Giới hạn',
  counts: 'Được tính là',
} as const;

/** Vietnamese labels of subjects (the `Đối tượng` column). */
export const SUBJECT_LABELS = { collective: 'Tập thể', individual: 'Cá nhân' } as const;

/** Vietnamese labels of title kinds. */
export const TITLE_KIND_LABELS = { title: 'Danh hiệu', form: 'Hình thức khen thưởng' } as const;

/** Headers of the `Criteria` table. */
export const CRITERION_HEADERS = {
  code: 'Mã tiêu chí',
  group: 'Nhóm',
  /** Heading of the criterion's group; optional: a table without it reads as before. */
  groupName: 'Tên nhóm',
  text: 'Nội dung',
  max: 'Điểm chuẩn',
  kind: 'Loại',
  /** The columns below are optional: a table without them reads as before (every criterion typed, at the top). */
  parent: 'Mã cha',
  method: 'Cách chấm',
  measureUnit: 'Đơn vị đo',
  mayExceed: 'Được vượt điểm chuẩn',
  table: 'Bảng điểm',
} as const;

/** Vietnamese labels of the scoring methods (the `Cách chấm` column). */
export const SCORING_METHOD_LABELS = {
  typed: 'nhập điểm',
  tiers: 'theo mức',
  proportional: 'theo tỷ lệ',
} as const;

/** Headers of the `Tiers` table: the steps of the tiered criteria, a row per step. */
export const TIER_HEADERS = {
  criterion: 'Mã tiêu chí',
  from: 'Từ',
  points: 'Điểm',
  label: 'Mức',
} as const;

/** Headers of the `ScoringTables` table: the scoring tables when clusters are scored on different ones. */
export const SCORING_TABLE_HEADERS = {
  code: 'Mã bảng',
  name: 'Tên bảng',
  scale: 'Thang điểm',
} as const;

/** Headers of the `Exclusions` table: rules that leave a unit out of the ranking (Không xét). */
export const EXCLUSION_HEADERS = {
  subject: 'Áp dụng cho',
  comparison: 'So sánh',
  value: 'Ngưỡng',
  reason: 'Lý do',
} as const;

/** What an exclusion names to apply to the total rather than a criterion. */
export const TOTAL_SUBJECT = 'Tổng điểm';

/**
 * The header of the column where a tiered or proportional criterion's measure is typed:
 * `1.1 (%)`, `2.1 (ngày chậm)`; the criterion's own column, headed by its code, then holds the points.
 * @param code - the criterion's code
 * @param unit - the unit of the measure, blank for none
 * @returns the header
 * @example
 * measureHeader('1.1', '%') // '1.1 (%)'
 */
export function measureHeader(code: string, unit: string | undefined): string {
  const shown = unit?.trim() ?? '';
  return `${code} (${shown === '' ? 'số liệu' : shown})`;
}

/** Vietnamese labels of criterion kinds (the `Loại` column). */
export const CRITERION_KIND_LABELS = { standard: 'chuẩn', bonus: 'thưởng', deduction: 'trừ' } as const;

/** Headers of the `Bands` table (rank bands and their gates). */
export const BAND_HEADERS = {
  code: 'Mã hạng',
  name: 'Tên hạng',
  minScore: 'Điểm từ',
  gates: 'Điều kiện',
  proposal: 'Đề nghị',
  /** The columns below are optional: without them every condition must be met, and there is no quota. */
  need: 'Số điều kiện phải đạt',
  tolerance: 'Được thiếu tối đa (%)',
  quota: 'Số lượng tối đa',
} as const;

/** Headers of the `TieBreaks` table (the tie-break chain, in order). */
export const TIE_BREAK_HEADERS = {
  order: 'Thứ tự',
  rule: 'Tiêu chí phụ',
  direction: 'Chiều',
  label: 'Diễn giải',
} as const;

/** Headers of the `Registrations` table. */
export const REGISTRATION_HEADERS = {
  unit: 'Mã đơn vị',
  subject: 'Đối tượng',
  person: 'Họ và tên',
  position: 'Chức vụ',
  title: 'Mã danh hiệu',
  date: 'Ngày đăng ký',
  note: 'Ghi chú',
} as const;

/**
 * Headers of the `History` table on `Lịch sử khen thưởng`: one row per title or form awarded in an
 * earlier year, as its decision lists it.
 */
export const HISTORY_HEADERS = {
  year: 'Năm',
  subject: 'Đối tượng',
  unit: 'Mã đơn vị',
  person: 'Họ và tên',
  birthDate: 'Ngày sinh',
  title: 'Mã danh hiệu',
  decision: 'Số quyết định',
  decisionDate: 'Ngày quyết định',
} as const;

/**
 * Fixed headers of the `Scores` table; one column per criterion (headed by its code) sits between
 * `Mã cụm` and `Tổng điểm`, tie-break input columns after the criteria.
 */
export const SCORE_HEADERS = {
  unit: 'Mã đơn vị',
  name: 'Tên đơn vị',
  cluster: 'Mã cụm',
  total: 'Tổng điểm',
  rank: 'Xếp hạng',
  tied: 'Đồng hạng',
  leading: 'Dẫn đầu',
  proposal: 'Đề nghị',
  /** Why a unit has no rank: Chờ sửa lỗi (a score error) or Không xét (a rule), with the reason. */
  status: 'Tình trạng',
  /** The band the unit gets (after quotas). */
  band: 'Hạng',
  /** Why the council must vote: a tie for the flag, or on a band's last place. */
  vote: 'Bỏ phiếu',
  /** The scoring table of the unit's cluster; only in a campaign of several scoring tables. */
  scoringTable: 'Bảng điểm',
} as const;

/** Keys of the `Settings` table (`Mã tham số`): the thresholds an officer may change. */
export const SETTING_KEYS = [
  'selfReviewGap',
  'precision',
  'registrationCheck',
  'flagsPerCluster',
  'flagTitle',
  'flagMinScore',
  'flagBand',
] as const;

/** Vietnamese labels of the registration check setting (`registrationCheck`). */
export const REGISTRATION_CHECK_LABELS = {
  required: 'Bắt buộc',
  optional: 'Không bắt buộc',
  off: 'Không kiểm tra',
} as const;

/** Headers of the `Meta` table on the very hidden `_meta` sheet. */
export const META_HEADERS = { key: 'Khoá', value: 'Giá trị' } as const;

/** Keys of the `Meta` table; `campaignId` is where the campaign's id is kept (the campaign sheet shows none). */
export const META_KEYS = {
  schemaVersion: 'schemaVersion',
  ruleSet: 'ruleSet',
  /** `open` or `locked`; set by the lock command, kept by re-planning. */
  lockState: 'lockState',
  campaignId: 'campaignId',
} as const;

/**
 * The sheet each table sits on. DESIGN.md places Campaign and Phases on "Phong trào" and the catalogues
 * on "Danh mục"; Settings sits beside the campaign, Bands and TieBreaks beside the criteria they name.
 */
export const TABLE_SHEETS: Readonly<Record<string, string>> = {
  [TABLES.campaign]: SHEETS.campaign,
  [TABLES.phases]: SHEETS.campaign,
  [TABLES.settings]: SHEETS.campaign,
  [TABLES.clusters]: SHEETS.catalogue,
  [TABLES.units]: SHEETS.catalogue,
  [TABLES.titles]: SHEETS.catalogue,
  [TABLES.criteria]: SHEETS.catalogue,
  [TABLES.bands]: SHEETS.catalogue,
  [TABLES.tieBreaks]: SHEETS.catalogue,
  [TABLES.tiers]: SHEETS.catalogue,
  [TABLES.scoringTables]: SHEETS.catalogue,
  [TABLES.exclusions]: SHEETS.catalogue,
  [TABLES.registrations]: SHEETS.registrations,
  [TABLES.scores]: SHEETS.scores,
  [TABLES.selfScores]: SHEETS.selfScores,
  [TABLES.clusterSummary]: SHEETS.summary,
  [TABLES.ranking]: SHEETS.summary,
  [TABLES.titleSummary]: SHEETS.summary,
  [TABLES.proposals]: SHEETS.summary,
  [TABLES.history]: SHEETS.history,
  [TABLES.meta]: SHEETS.meta,
};
