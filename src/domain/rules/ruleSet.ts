/**
 * Versioned rule sets: the legal rules of emulation and commendation (thi đua, khen thưởng) that a
 * campaign applies, each with the document and article it comes from and the dates it is in force.
 *
 * The law changed on 01/01/2024 (Law 06/2022/QH15 replaced the 2003 law as amended in 2013), and a
 * campaign of 2018 must still be judged by the rules of 2018; so rules are data keyed by rule set,
 * never constants in the code that checks them.
 */
import type { Cap, IsoDate } from '../model';

/**
 * Where a rule comes from. `tag` says whether the rule was read in a source (`confirmed`), is a
 * configurable default nobody has read in a text yet (`unverified`): the task pane shows the latter
 * as "chưa kiểm chứng" so an officer checks it before relying on it; or is left by the law to the
 * council and the officer (`chosen`): the value is an example they may change, and the pane says so.
 */
export interface LegalSource {
  /** Document number and kind, e.g. `Nghị định 91/2017/NĐ-CP`. */
  document: string;
  /** Article (and clause), e.g. `Điều 9`, or null when the document is known but not the article. */
  article: string | null;
  tag: 'confirmed' | 'unverified' | 'chosen';
}

/** Dates a rule set or a rule is in force, both inclusive; `to` null while still in force. */
export interface InForce {
  from: IsoDate;
  to: IsoDate | null;
}

/**
 * One rule of a rule set: its value (a threshold, a share, a yes/no) and where it comes from.
 * `checkable: false` marks a rule the workbook cannot check from one year's registrations and scores
 * (three consecutive years of CSTĐCS, nobody under discipline): it is recorded so the officer sees it,
 * and left to the council.
 */
export interface Rule<T> {
  value: T;
  source: LegalSource;
  /** When the rule itself is in force, if narrower than its rule set. */
  inForce?: InForce;
  note?: string;
  /** False when the rule cannot be checked from the workbook's data; true when omitted. */
  checkable?: boolean;
}

/** Whether registering a title (đăng ký thi đua) is a condition of being considered for it. */
export type RegistrationRequirement = 'required' | 'optional';

/** A share of a collective's members that must hold a title: at least, or more than, `percent`%. */
export interface MemberShareRule {
  percent: number;
  /** True for "more than" (trên 50%), false for "at least" (ít nhất 70%). */
  strict: boolean;
}

/**
 * A council vote (bình xét) needed for some titles: ballot kind, the quorum (the share of all members
 * who must be present), the base the share of votes is taken of (all members of the council, or those
 * present) and the share needed.
 */
export interface CouncilVote {
  /** Title codes the vote applies to. */
  titles: string[];
  ballot: 'secret' | 'open';
  /** Percent of all members present for the vote to count (66.67 for two thirds); null for none. */
  quorumPercent: number | null;
  base: 'allMembers' | 'present';
  minPercent: number;
}

/**
 * A link of the default tie-break chain, resolved against a campaign's criteria by
 * `defaultTieBreaks`: the first criteria group's subtotal, fewer deductions, a higher vote share,
 * or not having held the flag the year before.
 */
export type TieBreakStep = 'firstGroup' | 'fewerDeductions' | 'votes' | 'noFlagLastYear';

/** The rules a rule set records; one entry each, named by what it governs. */
export interface RuleSetRules {
  /** Registration as a condition of being considered for a title. */
  registration: Rule<RegistrationRequirement>;
  /** CSTĐCS requires meeting LĐTT. */
  cstdcsRequiresLdtt: Rule<boolean>;
  /** Cap on CSTĐCS as a share of a unit's LĐTT, or null for no cap. */
  cstdcsCap: Rule<Cap | null>;
  /** Consecutive years of CSTĐCS before CSTĐ bộ, ban, ngành, tỉnh. */
  cstdBoConsecutiveCstdcs: Rule<number>;
  /** Consecutive CSTĐ bộ, ban, ngành, tỉnh before CSTĐ toàn quốc. */
  cstdTqConsecutiveCstdBo: Rule<number>;
  /**
   * Years between two CSTĐ bộ, ban, ngành, tỉnh that count as "in a row" for CSTĐ toàn quốc: a CSTĐ bộ
   * needs three years of CSTĐCS, so the next one comes three years later at the soonest.
   */
  cstdTqInterval?: Rule<number>;
  /** Share of a TTLĐXS's members completing their tasks, in percent. */
  ttldxsTasksComplete: Rule<number>;
  /** Share of a TTLĐXS's members holding LĐTT. */
  ttldxsLdttShare: Rule<MemberShareRule>;
  /** Individuals of a TTLĐXS holding CSTĐCS, at least. */
  ttldxsMinCstdcs: Rule<number>;
  /** Share of a TTLĐTT's members holding LĐTT. */
  ttldttLdttShare: Rule<MemberShareRule>;
  /** The flag of a ministry or province goes to collectives leading their cluster or block. */
  flagForClusterLeaders: Rule<boolean>;
  /** Flags (Cờ thi đua) per cluster. */
  flagsPerCluster: Rule<number>;
  /** Cờ thi đua của Chính phủ goes only to collectives leading their cluster or block. */
  governmentFlagAmongLeaders: Rule<boolean>;
  /** Cờ thi đua của Chính phủ: at most this share of cluster leaders, in percent; null for none. */
  governmentFlagShare: Rule<number | null>;
  /** Council votes needed for some titles. */
  councilVotes: Rule<CouncilVote[]>;
  /**
   * Council votes for the titles no text gives a threshold for (LĐTT, CSTĐCS, TTLĐXS, the flag): a
   * sector example the council adopts or changes, never a legal rule.
   */
  chosenCouncilVotes: Rule<CouncilVote[]>;
  /** One achievement, one award; nobody under discipline or investigation is proposed. */
  oneAchievementOneAward?: Rule<boolean>;
  /** The default tie-break chain. */
  tieBreakChain: Rule<TieBreakStep[]>;
}

/** A legal document a rule set rests on, as printed in a plan's "Căn cứ". */
export interface LegalDocument {
  /** Short reference the rules cite, e.g. `Nghị định 91/2017/NĐ-CP`. */
  document: string;
  /** Full title in Vietnamese. */
  title: string;
  /** Date of issue, or null when not recorded. */
  issued: IsoDate | null;
}

/** A versioned rule set: the law in force over a period, as data. */
export interface RuleSet {
  /** ASCII id a campaign names, e.g. `vn-2013`. */
  id: string;
  /** Vietnamese name. */
  name: string;
  nameEn: string;
  inForce: InForce;
  documents: LegalDocument[];
  rules: RuleSetRules;
}
