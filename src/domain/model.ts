/**
 * The campaign model: plain data, shared by every layer.
 *
 * Dates are ISO strings (`yyyy-mm-dd`) inside the domain; the workbook shows them as dd/mm/yyyy.
 * Codes (unit, cluster, title, criterion) are the keys that tie the tables together.
 */

/** An ISO calendar date, `yyyy-mm-dd`. */
export type IsoDate = string;

/** Kind of movement: regular (thường xuyên) or thematic / phased (chuyên đề, theo đợt). */
export type CampaignKind = 'regular' | 'thematic';

/** Who a registration or a title is for: a collective (Tập thể) or an individual (Cá nhân). */
export type Subject = 'collective' | 'individual';

/** An emulation title (danh hiệu thi đua) or a commendation form (hình thức khen thưởng). */
export type TitleKind = 'title' | 'form';

/** Criterion kind: standard points (chuẩn), bonus (thưởng) or deduction (trừ). */
export type CriterionKind = 'standard' | 'bonus' | 'deduction';

/** A dated milestone inside a phase (e.g. 30/4, 19/5). */
export interface Milestone {
  date: IsoDate;
  label: string;
}

/** A phase of the campaign (đợt thi đua). */
export interface Phase {
  name: string;
  start: IsoDate;
  end: IsoDate;
  milestones: Milestone[];
}

/** A cluster or block of units (cụm / khối thi đua). */
export interface Cluster {
  code: string;
  name: string;
  /** Unit code of the cluster head (Cụm trưởng), if chosen. */
  head: string | null;
  /** Unit code of the deputy head (Cụm phó), if chosen. */
  deputy: string | null;
  /** Code of the scoring table its units are scored on; absent for the campaign's main table. */
  scoringTable?: string;
}

/** A unit taking part in the campaign. */
export interface Unit {
  code: string;
  name: string;
  /** Cluster code. */
  cluster: string;
  /** Number of people (Số người), the base for per-unit caps and shares. */
  headcount: number | null;
}

/**
 * A prerequisite of a title, checked on the registrations of the same campaign.
 * - `alsoHolds`: an individual registering this title must meet another one (CSTĐCS needs LĐTT);
 *   satisfied when the title itself counts as the other (see {@link Title.counts}) or the same person
 *   registers it too.
 * - `memberShare`: a collective needs at least `minPercent` of its headcount registered for `title`
 *   (TTLĐXS: ≥ 70% LĐTT), or more than it when `strict` is true (TTLĐTT: > 50% LĐTT, so exactly
 *   half is not enough).
 * - `memberCount`: a collective needs at least `min` individuals of the unit registered for `title`
 *   (TTLĐXS: at least one CSTĐCS).
 * - `pastRun`: an individual must have held `title` `times` times in a row, one every `every` years,
 *   read from the award history (CSTĐ bộ, ban, ngành, tỉnh: three years of CSTĐCS in a row). The run
 *   ends in the campaign year when this year's registrations already give the title (a CSTĐ bộ counts
 *   as a CSTĐCS), else in the year before.
 * - `clusterLeader`: a collective must lead its cluster, that is be proposed for `title` (the flag) by
 *   this campaign's ranking, and at most `maxPercent`% of the leading units may register the title
 *   (Cờ thi đua của Chính phủ: chosen among the cluster leaders, not more than 20% of them before 2024).
 *   A unit not yet scored, or held by a score error, is not judged until its score stands.
 */
export type Prerequisite =
  | { kind: 'alsoHolds'; title: string }
  | {
      kind: 'memberShare';
      title: string;
      minPercent: number;
      /**
       * True for "more than" `minPercent` (trên 50%); absent or false for "at least" (ít nhất 70%).
       * Kept optional, and left out rather than false, so existing catalogues read and compare as before.
       */
      strict?: boolean;
    }
  | { kind: 'memberCount'; title: string; min: number }
  | { kind: 'pastRun'; title: string; times: number; every: number }
  | {
      kind: 'clusterLeader';
      /** The title this campaign's ranking proposes to a cluster's leading unit (the cluster's flag). */
      title: string;
      /** At most this share of all the campaign's leading units may hold the title, in percent; null for none. */
      maxPercent: number | null;
    };

/** How a cap's allowed count is rounded (15% of 7 people = 1.05: floor 1, round 1, ceil 2). */
export type Rounding = 'floor' | 'round' | 'ceil';

/** A cap on a title counted per unit: at most `percent`% of the unit's holders of `of`. */
export interface Cap {
  of: string;
  percent: number;
  rounding: Rounding;
}

/** A title or form in the catalogue (Danh mục › Titles). */
export interface Title {
  code: string;
  name: string;
  subject: Subject;
  kind: TitleKind;
  prerequisites: Prerequisite[];
  /** Per-unit cap, or null when none applies. */
  cap: Cap | null;
  /** Titles this one also counts as (a CSTĐCS is also an LĐTT when counting shares and caps). */
  counts: string[];
}

/**
 * How a criterion's points are given:
 * - `typed`: the points are typed (Chấm điểm), as most tables do;
 * - `tiers`: a measured result is typed (a share done, days late) and the points are the step of the
 *   criterion's tiers it falls in ("100% → 2; 95–<100% → 1,75; …", "đúng hạn 2; chậm 1–2 ngày 1,5; …");
 * - `proportional`: a share done is typed in percent and the points are `max × share ÷ 100`
 *   (CV 7727/BTP-TĐKT: done in part, the standard × % done).
 */
export type ScoringMethod = 'typed' | 'tiers' | 'proportional';

/**
 * One step of a tiered criterion: a measure from `from` (inclusive) up to the next step's `from` earns
 * `points`. Steps partition the line, so both "higher is better" (share done) and "lower is better"
 * (days late) tables are written as steps from their lower bounds; a measure below every step earns 0.
 */
export interface Tier {
  criterion: string;
  from: number;
  points: number;
  /** How the table words the step ("95% đến dưới 100%", "chậm 1–2 ngày"), for the prompt and the reason. */
  label: string;
}

/** A scoring table of the campaign (Sở Tư pháp, THADS): clusters name the table their units are scored on. */
export interface ScoringTable {
  code: string;
  name: string;
  /** Total points of the table (100, 200). */
  scale: number;
}

/** A criterion of the scoring table (Danh mục › Criteria). */
export interface Criterion {
  code: string;
  /** Group code, e.g. `I`, `II`; groups are printed in order of first appearance. */
  group: string;
  /**
   * The heading of the criterion's group (`Thực hiện chế độ báo cáo`), the same on every criterion
   * of the group; absent when the workbook does not say it.
   */
  groupName?: string;
  text: string;
  /** Maximum points (Điểm chuẩn); for a deduction, the most that can be deducted. */
  max: number;
  kind: CriterionKind;
  /**
   * Code of the criterion this one is part of (part A ⊃ group I ⊃ item 1 ⊃ 1.1); absent at the top of
   * the table. A criterion with parts is a heading: its points are the sum of its parts, at most its
   * `max` unless it `mayExceed`.
   */
  parent?: string;
  /** How the points are given; absent means typed. */
  method?: ScoringMethod;
  /** Unit of the measure of a tiered or proportional criterion ("%", "ngày chậm"). */
  measureUnit?: string;
  /** The points (or a heading's sum) may pass `max`: over-achievement, an uncapped bonus. */
  mayExceed?: boolean;
  /** Code of the scoring table the criterion belongs to; absent for the campaign's main table. */
  table?: string;
}

/** A registration row (Đăng ký › Registrations), as typed by the officer. */
export interface Registration {
  /** 1-based data row in the Registrations table. */
  row: number;
  unit: string;
  subject: Subject;
  /** Person's full name (Họ và tên); empty for a collective. */
  person: string;
  position: string;
  /** How the person is addressed on the papers (`Ông`, `Bà`); absent when not typed. */
  salutation?: string;
  title: string;
  /** Registration date, or null when the cell is blank or could not be read as a date. */
  date: IsoDate | null;
  note: string;
}

/** One unit's scores (Chấm điểm › Scores): criterion code → points, null for a blank cell. */
export interface ScoreRow {
  /** 1-based data row in its table. */
  row: number;
  unit: string;
  values: Record<string, number | null>;
  /** Optional tie-break input columns (vote share, flag last year), by tie-break key. */
  inputs: Record<string, number | null>;
  /** Measured results of tiered and proportional criteria, by criterion code; the points follow from them. */
  measures?: Record<string, number | null>;
  /** Criterion codes whose cell (points or measure) holds something that is not a number. */
  unreadable?: string[];
}

/**
 * One link of the tie-break chain, applied in order when totals are equal. Every link reads as
 * "higher wins" after its direction is applied.
 * - `group`: subtotal of a criteria group (e.g. group I), higher wins;
 * - `criterion`: points of one criterion;
 * - `bonus`: sum of bonus points; `deductions`: sum of deductions (fewer wins with `asc`);
 * - `input`: an extra input column of the Scores table (vote share %, flag held last year).
 */
export type TieBreak =
  | { kind: 'group'; group: string; direction: 'desc' | 'asc'; label: string }
  | { kind: 'criterion'; criterion: string; direction: 'desc' | 'asc'; label: string }
  | { kind: 'bonus'; direction: 'desc' | 'asc'; label: string }
  | { kind: 'deductions'; direction: 'desc' | 'asc'; label: string }
  | { kind: 'input'; key: string; header: string; direction: 'desc' | 'asc'; label: string };

/** A gate of a band: a criterion must reach at least `min` points (a statutory target met). */
export interface Gate {
  criterion: string;
  min: number;
}

/**
 * A rank band (Hạng A, B, …): reached with at least `minScore` points and its gates passed; bands are
 * tried in order, the first reached wins. `proposal` is the award proposed (a title code from the
 * catalogue, or free text such as "Giấy khen").
 *
 * Gates are targets (a criterion's measure, or its points when it has none, at least `min`). By default
 * every gate must be met. With `need`, `need` of them must be met in full and each of the others may fall
 * short of its minimum by at most `tolerance` percent (QĐ 1682/QĐ-BTP: Hạng B when two of three targets
 * are met and the third is not more than 15% short). Several rows with the same code are alternatives:
 * the band is reached when one of them is. `quota` caps how many units of a cluster get the band, the
 * best ranked first; the others fall to the next band they reach.
 */
export interface RankBand {
  code: string;
  name: string;
  minScore: number;
  gates: Gate[];
  proposal: string;
  /** How many gates must be met in full; absent for all of them. */
  need?: number;
  /** How far, in percent of its minimum, a gate not met in full may fall short; absent for not at all. */
  tolerance?: number;
  /** Most units of a cluster in the band; absent for no limit. */
  quota?: number;
}

/**
 * A rule that leaves a unit out of the ranking (Không xét): a floor score (điểm sàn), or a result past a
 * line ("từ 21% việc tồn đọng trở lên: không xét").
 */
export interface Exclusion {
  /** A criterion code (its measure, or its points when it has none), or `null` for the total. */
  criterion: string | null;
  /** How the value compares with `value` for the unit to be left out. */
  comparison: '<' | '<=' | '>' | '>=';
  value: number;
  /** The reason the unit reads ("Dưới điểm sàn", "Tồn đọng từ 21% trở lên"). */
  reason: string;
}

/** Award rules: who leads a cluster and what each unit is proposed for. */
export interface AwardRules {
  /** Flags (Cờ thi đua) per cluster, usually 1. */
  flagsPerCluster: number;
  /** Title code proposed for a leading unit. */
  flagTitle: string;
  /** Minimum total to be proposed for the flag, or null for none. */
  flagMinScore: number | null;
  /** Band a unit must be in to lead (only Hạng A may lead), or absent for none. */
  flagBand?: string;
  bands: RankBand[];
}

/** Thresholds an officer may change in the workbook; defaults come from the rule set. */
export interface Settings {
  /** Warn when |self-score − reviewed score| of a unit's total is above this many points. */
  selfReviewGap: number;
  /** Decimals kept when totals are rounded before ranking. */
  precision: number;
  /** Registration required to be considered (error), optional (warning) or not checked. */
  registrationCheck: 'required' | 'optional' | 'off';
  /** How council members' scores of a criterion are combined; absent for the mean. */
  reviewMethod?: ReviewMethod;
  /** Flag a member's score further than this many points from the others' mean; absent for none. */
  reviewSpread?: number;
}

/** How the council members' scores of one unit on one criterion are combined. */
export type ReviewMethod = 'mean' | 'median' | 'trimmed';

/** A council member's score of a unit on a criterion (Reviews table). */
export interface ReviewScore {
  /** 1-based data row in the Reviews table. */
  row: number;
  member: string;
  unit: string;
  criterion: string;
  /** Null for a blank cell, or one that holds no number. */
  score: number | null;
  /** The score cell holds something that is not a number: the row cannot count until it is fixed. */
  unreadable?: boolean;
}

/** A member who declares a conflict of interest for a unit: none of the member's scores of it count. */
export interface Recusal {
  /** 1-based data row in the Recusals table. */
  row: number;
  member: string;
  unit: string;
  reason: string;
}

/** A member of the council (Hội đồng thi đua, khen thưởng) and whether present at the vote. */
export interface CouncilMember {
  /** 1-based data row in the Council table. */
  row: number;
  name: string;
  /** Chủ tịch, Phó Chủ tịch, Ủy viên, Thư ký, or as typed. */
  role: string;
  present: boolean;
}

/** What the share of `for` votes is taken of: all members of the council, or those present. */
export type VoteBase = 'allMembers' | 'present';

/**
 * How the council's vote decides a title (bình xét): at least `quorum` percent of all members present
 * (none when null), and `for` votes at least `threshold` percent of the base. Shares are rounded to
 * two decimals before they are compared, as the minutes write them (2 of 3 is 66,67%).
 */
export interface VoteRule {
  title: string;
  quorum: number | null;
  base: VoteBase;
  threshold: number;
  /** Where the rule comes from, as printed (document and article, or the council's own choice). */
  source: string;
}

/**
 * The counts of one candidate's vote for one title, as the ballot committee reports them: the ballot
 * is secret, so the minutes hold counts, never who voted how.
 */
export interface VoteRow {
  /** 1-based data row in the Votes table. */
  row: number;
  /** A unit code for a collective, a person's full name for an individual. */
  candidate: string;
  title: string;
  for: number | null;
  against: number | null;
  abstain: number | null;
  /** A count cell holds something that is not a number: the row has no result until it is fixed. */
  unreadable?: boolean;
}

/** A whole campaign: the working file's content as data. */
export interface Campaign {
  /** Preset or file id, ASCII (e.g. `hcm-2018`). */
  id: string;
  name: string;
  issuer: string;
  planNumber: string;
  issueDate: IsoDate | null;
  year: number;
  theme: string;
  kind: CampaignKind;
  start: IsoDate;
  end: IsoDate;
  registrationDeadline: IsoDate | null;
  phases: Phase[];
  /** Total points of the scoring table (100 or 200). */
  scale: number;
  /** Rule set id, e.g. `vn-2013`; when null the rule set in force in `year` applies. */
  ruleSet: string | null;
  /** True when units, registrations or scores are sample data (dữ liệu mẫu), not real results. */
  sampleData: boolean;
  /** Place of the place-and-date line above the signature (địa danh); absent or empty when not given. */
  place?: string;
  /** Title of the signer of the documents (Giám đốc …); absent or empty when not given. */
  signerTitle?: string;
  /** Name of the signer of the documents; absent or empty when not given. */
  signerName?: string;
  /** Day the council meets to vote, the date of its minutes; absent when not given. */
  meetingDate?: IsoDate;
  /** Hour the council's meeting opens, as the minutes write it; absent when not given. */
  meetingTime?: string;
  /** Where the council meets; absent when not given. */
  meetingPlace?: string;
  /** How the council votes (Bỏ phiếu kín, Biểu quyết công khai); absent when not given. */
  ballotKind?: string;
  clusters: Cluster[];
  units: Unit[];
  titles: Title[];
  criteria: Criterion[];
  /** Steps of the tiered criteria. */
  tiers: Tier[];
  /** Scoring tables when clusters are scored on different ones; empty for the campaign's one table. */
  scoringTables: ScoringTable[];
  /** Rules that leave a unit out of the ranking. */
  exclusions: Exclusion[];
  registrations: Registration[];
  /**
   * Titles and forms awarded in earlier years (Lịch sử khen thưởng); absent when the workbook has no
   * history table, so conditions on past years are then left to the council as before.
   */
  history?: HistoryEntry[];
  scores: ScoreRow[];
  selfScores: ScoreRow[];
  tieBreaks: TieBreak[];
  awardRules: AwardRules;
  settings: Settings;
  /** The council's members; absent or empty before the council is recorded. */
  council?: CouncilMember[];
  /** Per title, how the council's vote decides it; absent for none. */
  voteRules?: VoteRule[];
  /** The council's votes, a row per candidate and title; absent for none. */
  votes?: VoteRow[];
  /** Council members' own scores, member × unit × criterion; absent for none. */
  reviews?: ReviewScore[];
  /** Members recused from a unit; absent for none. */
  recusals?: Recusal[];
}

/**
 * One award of an earlier year, as a decision lists it (Lịch sử khen thưởng). A person is known
 * across years by name and unit, and by date of birth where it is typed: the one fact every
 * personnel record and most award proposals carry, which separates two namesakes of one unit and
 * follows a person who moved to another unit.
 */
export interface HistoryEntry {
  /** 1-based data row in the History table. */
  row: number;
  year: number;
  subject: Subject;
  unit: string;
  /** Full name; empty for a collective. */
  person: string;
  /** Date of birth (Ngày sinh), or null when not typed. */
  birthDate: IsoDate | null;
  /** Title or form code of the catalogue. */
  title: string;
  /** Decision number (Số quyết định), e.g. `125/QĐ-BTP`. */
  decision: string;
  decisionDate: IsoDate | null;
}

/** Severity of a validation issue. */
export type Severity = 'error' | 'warning';

/**
 * A validation issue. `table`, `row` (1-based data row) and `column` (header text) locate it in the
 * workbook; hosts add `sheet` and `cell` (A1) when they know where the table sits.
 */
export interface Issue {
  code: string;
  severity: Severity;
  table: string;
  row: number | null;
  column: string | null;
  /** Vietnamese message: what is wrong and how to fix it. */
  message: string;
  /** The same in English. */
  messageEn: string;
  sheet?: string;
  cell?: string;
}
