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
  /** The council (Hội đồng thi đua, khen thưởng): its members, its vote rules and the votes it casts. */
  council: 'Hội đồng',
  /** Danh sách đề nghị khen thưởng: the units proposed for an award, by award, with the council's vote. */
  awardList: 'Đề nghị khen thưởng',
  /** Biên bản họp Hội đồng thi đua, khen thưởng: the minutes of the meeting that votes. */
  minutes: 'Biên bản họp Hội đồng',
  /** Danh sách đăng ký thi đua: the registrations of the unit chosen on the sheet, signed by its head. */
  registrationList: 'Danh sách đăng ký',
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
  council: 'Council',
  voteRules: 'VoteRules',
  votes: 'Votes',
  reviews: 'Reviews',
  recusals: 'Recusals',
  awardList: 'AwardList',
  minutesMembers: 'MinutesMembers',
  minutesVotes: 'MinutesVotes',
  registrationListUnit: 'RegistrationListUnit',
  registrationList: 'RegistrationList',
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
  /** Day the council (Hội đồng thi đua, khen thưởng) meets to vote: the date of its minutes. */
  meetingDate: 'Ngày họp Hội đồng',
  /** Hour the meeting opens, as the minutes write it (`14 giờ 00`). */
  meetingTime: 'Giờ họp Hội đồng',
  /** Where the council meets. */
  meetingPlace: 'Địa điểm họp Hội đồng',
  /** How the council votes: `Bỏ phiếu kín` (secret ballot) or `Biểu quyết công khai` (show of hands). */
  ballotKind: 'Hình thức biểu quyết',
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
 * Optional typed columns of the `Registrations` table: a table without them reads as before.
 * `Ông/Bà` is how the registration list of a unit addresses a person.
 */
export const REGISTRATION_OPTIONAL_HEADERS = { salutation: 'Ông/Bà' } as const;

/** What `Ông/Bà` holds: how a person is addressed on the papers. */
export const SALUTATIONS = ['Ông', 'Bà'] as const;

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
  /** The unit's place in words: rank, total, the gaps to the units just above and below, or why none. */
  explanation: 'Giải thích',
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
  'reviewMethod',
  'reviewSpread',
] as const;

/** Vietnamese labels of how the council members' scores are combined (setting `reviewMethod`). */
export const REVIEW_METHOD_LABELS = {
  mean: 'Trung bình',
  median: 'Trung vị',
  trimmed: 'Trung bình bỏ cao nhất và thấp nhất',
} as const;

/** Vietnamese labels of the registration check setting (`registrationCheck`). */
export const REGISTRATION_CHECK_LABELS = {
  required: 'Bắt buộc',
  optional: 'Không bắt buộc',
  off: 'Không kiểm tra',
} as const;

/** Headers of the `Council` table: the council's members and who is present at the vote. */
export const COUNCIL_HEADERS = {
  name: 'Họ và tên',
  /** Chủ tịch, Phó Chủ tịch, Ủy viên, Thư ký: every member votes, whatever the role. */
  role: 'Chức danh',
  /** `Có` when the member is present at the meeting that votes, `Không` when absent. */
  present: 'Có mặt',
} as const;

/** What the `Có mặt` column of the Council table says: present, or absent. */
export const PRESENCE_LABELS = { present: 'Có', absent: 'Không' } as const;

/** Roles of council members the dropdown offers; any other text is read as typed. */
export const COUNCIL_ROLES = ['Chủ tịch', 'Phó Chủ tịch', 'Ủy viên', 'Thư ký'] as const;

/** Headers of the `VoteRules` table: per title, the quorum, the base and the share of votes needed. */
export const VOTE_RULE_HEADERS = {
  title: 'Mã danh hiệu',
  /** Share of all members who must be present, in percent (`66,67` for two thirds); blank for none. */
  quorum: 'Túc số (% thành viên có mặt)',
  /** What the share of votes is taken of: all members, or those present. */
  base: 'Tính trên',
  /** The share of `for` votes needed, in percent of the base. */
  threshold: 'Tỷ lệ đồng ý tối thiểu (%)',
  /** Where the rule comes from: a document and article, or the council's own choice. */
  source: 'Căn cứ',
} as const;

/** Vietnamese labels of the bases of a vote share (the `Tính trên` column). */
export const VOTE_BASE_LABELS = {
  allMembers: 'Tổng số thành viên',
  present: 'Thành viên có mặt',
} as const;

/**
 * Headers of the `Votes` table: one row per candidate and title with the counts the ballot committee
 * (ban kiểm phiếu) reports; the ballot is secret, so nobody's own vote is ever typed.
 */
export const VOTE_HEADERS = {
  /** A unit code for a collective, a person's full name for an individual. */
  candidate: 'Đơn vị / cá nhân',
  title: 'Mã danh hiệu',
  for: 'Đồng ý',
  against: 'Không đồng ý',
  abstain: 'Không biểu quyết',
  /** Computed: `for` in percent of the rule's base, rounded to 2 decimals as the minutes write it. */
  share: 'Tỷ lệ đồng ý (%)',
  /** Computed: Đạt, Không đạt, Không đủ túc số; Chờ sửa lỗi on a count that cannot be. */
  result: 'Kết quả',
  /** Computed: the result in words with its numbers. */
  explanation: 'Diễn giải',
} as const;

/** What the `Kết quả` column of the Votes table says. */
export const VOTE_RESULT_LABELS = {
  pass: 'Đạt',
  fail: 'Không đạt',
  noQuorum: 'Không đủ túc số',
  /** A count above the members present, or a negative one: no result until it is fixed. */
  held: 'Chờ sửa lỗi',
  /** The title has no row in the VoteRules table. */
  noRule: 'Chưa có quy tắc biểu quyết',
} as const;

/**
 * Headers of the `Reviews` table: each council member's score of a unit on a criterion, and the
 * computed columns that combine the members' scores and flag a member far from the others.
 */
export const REVIEW_HEADERS = {
  member: 'Thành viên',
  unit: 'Mã đơn vị',
  criterion: 'Mã tiêu chí',
  score: 'Điểm',
  /**
   * Computed: `x` when the score counts (a number, the member not recused for the unit); `lỗi` when the
   * row cannot be (a member not on the council, a unit or criterion not in the catalogue, a score that is
   * text, negative or above the criterion's maximum); blank for a blank score or a recused member.
   */
  counted: 'Được tính',
  /** Computed: counted scores of the unit and criterion below this one (for the median and trimmed mean). */
  below: 'Số điểm thấp hơn',
  /** Computed: counted scores of the unit and criterion not above this one. */
  notAbove: 'Số điểm không cao hơn',
  /** Computed: how many scores of the unit and criterion count. */
  reviewers: 'Số điểm được tính',
  /** Computed: the unit's points on the criterion, the counted scores combined by `reviewMethod`. */
  combined: 'Điểm kết hợp',
  /** Computed: the score minus the mean of the other counted scores of its unit and criterion. */
  spread: 'Chênh lệch với người khác',
  /** Computed: `x` when the spread is more than `reviewSpread` points either way. */
  flagged: 'Lệch nhiều',
  /**
   * Computed: for a counted score, 1 ÷ the member's counted scores of the unit; summed over the unit's
   * rows it is the number of members whose scores count for the unit (the explanation says it).
   */
  memberShare: 'Phần thành viên',
} as const;

/** Headers of the `Recusals` table: a member who declares a conflict of interest for a unit. */
export const RECUSAL_HEADERS = {
  member: 'Thành viên',
  unit: 'Mã đơn vị',
  reason: 'Lý do',
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
  /** The day the results were locked (`2021-12-15`); set by the lock, cleared by the unlock. */
  lockedAt: 'lockedAt',
  /** Who locked the results, as the officer typed the name. */
  lockedBy: 'lockedBy',
  /** The tables the lock covers, by name, comma-separated. */
  lockTables: 'lockTables',
  /** SHA-256 (hex) of the lock record: its day, who, state and every locked value. */
  lockFingerprint: 'lockFingerprint',
} as const;

/**
 * Prefixes of the `Meta` keys of the lock record: `lock.<Table>` (where the table sat and its headers),
 * `lock.<Table>.<n>` (the locked values of data row n, with the row's digest) and `unlock.<n>` (the n-th
 * unlocking: day, who, why).
 */
export const META_LOCK_PREFIX = { snapshot: 'lock.', unlock: 'unlock.' } as const;

/**
 * The tables whose values "Chốt kết quả" locks, in the order they are fingerprinted: the scores and
 * every table the results are computed from. A table joins the lock by adding its name here (the
 * reviewers' scores, the votes); nothing else changes.
 */
export const LOCKED_TABLES: readonly string[] = [
  TABLES.scores,
  TABLES.selfScores,
  TABLES.units,
  TABLES.clusters,
  TABLES.titles,
  TABLES.criteria,
  TABLES.tiers,
  TABLES.scoringTables,
  TABLES.exclusions,
  TABLES.tieBreaks,
  TABLES.bands,
  TABLES.settings,
  TABLES.council,
  TABLES.voteRules,
  TABLES.votes,
  TABLES.reviews,
  TABLES.recusals,
];

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
  [TABLES.council]: SHEETS.council,
  [TABLES.voteRules]: SHEETS.council,
  [TABLES.votes]: SHEETS.council,
  [TABLES.reviews]: SHEETS.council,
  [TABLES.recusals]: SHEETS.council,
  [TABLES.awardList]: SHEETS.awardList,
  [TABLES.minutesMembers]: SHEETS.minutes,
  [TABLES.minutesVotes]: SHEETS.minutes,
  [TABLES.registrationListUnit]: SHEETS.registrationList,
  [TABLES.registrationList]: SHEETS.registrationList,
  [TABLES.meta]: SHEETS.meta,
};
