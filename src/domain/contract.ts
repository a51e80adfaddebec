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
  registrations: 'Registrations',
  scores: 'Scores',
  selfScores: 'SelfScores',
  clusterSummary: 'ClusterSummary',
  ranking: 'Ranking',
  titleSummary: 'TitleSummary',
  proposals: 'Proposals',
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
} as const;

/** Vietnamese labels of criterion kinds (the `Loại` column). */
export const CRITERION_KIND_LABELS = { standard: 'chuẩn', bonus: 'thưởng', deduction: 'trừ' } as const;

/** Headers of the `Bands` table (rank bands and their gates). */
export const BAND_HEADERS = {
  code: 'Mã hạng',
  name: 'Tên hạng',
  minScore: 'Điểm từ',
  gates: 'Điều kiện',
  proposal: 'Đề nghị',
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
} as const;

/** Keys of the `Settings` table (`Mã tham số`): the thresholds an officer may change. */
export const SETTING_KEYS = [
  'selfReviewGap',
  'precision',
  'registrationCheck',
  'flagsPerCluster',
  'flagTitle',
  'flagMinScore',
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
  [TABLES.registrations]: SHEETS.registrations,
  [TABLES.scores]: SHEETS.scores,
  [TABLES.selfScores]: SHEETS.selfScores,
  [TABLES.clusterSummary]: SHEETS.summary,
  [TABLES.ranking]: SHEETS.summary,
  [TABLES.titleSummary]: SHEETS.summary,
  [TABLES.proposals]: SHEETS.summary,
  [TABLES.meta]: SHEETS.meta,
};
