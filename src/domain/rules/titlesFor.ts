import type { Prerequisite, Rounding, Title } from '../model';
import type { MemberShareRule, RuleSet } from './ruleSet';
import { TITLE_CODES, type TitleCode } from './titleCodes';

/** Catalogue names as the law words them (Law 06/2022/QH15 Art. 9, 19, 20). */
export const TITLE_NAMES: Readonly<Record<TitleCode, string>> = {
  LDTT: 'Lao động tiên tiến',
  CSTDCS: 'Chiến sĩ thi đua cơ sở',
  CSTD_BO: 'Chiến sĩ thi đua bộ, ban, ngành, tỉnh',
  CSTD_TQ: 'Chiến sĩ thi đua toàn quốc',
  TTLDTT: 'Tập thể lao động tiên tiến',
  TTLDXS: 'Tập thể lao động xuất sắc',
  CTD_BO: 'Cờ thi đua của bộ, ban, ngành, tỉnh',
  CTD_CP: 'Cờ thi đua của Chính phủ',
  BK_BO: 'Bằng khen của Bộ trưởng',
  GK: 'Giấy khen',
};

/** How a campaign adapts the catalogue: its own names (whose flag, whose certificate) and rounding. */
export interface TitleOptions {
  /** Names replacing the law's generic ones, e.g. `{ CTD_BO: 'Cờ thi đua của Bộ Tư pháp' }`. */
  names?: Partial<Record<TitleCode, string>>;
  /** Rounding of the CSTĐCS cap, replacing the rule set's default. */
  capRounding?: Rounding;
}

/**
 * The title catalogue under a rule set: titles and forms with their prerequisites, caps and the
 * titles each also counts as, all taken from the rule set's values.
 *
 * The conditions on earlier years (CSTĐ bộ: CSTĐCS three years in a row; CSTĐ toàn quốc: CSTĐ bộ
 * twice in a row) are `pastRun` prerequisites, checked against the award history.
 *
 * Counting: a CSTĐCS also counts as an LĐTT (it requires it), a CSTĐ bộ or toàn quốc as a CSTĐCS and
 * an LĐTT (chosen among people who are CSTĐCS in the year), a TTLĐXS as a TTLĐTT. Every chain is
 * listed in full, so a reader needs no transitive closure. A strict member share (TTLĐTT: trên 50%)
 * stays strict in the prerequisite, so exactly half of a unit is not enough; an "at least" one
 * (TTLĐXS: ít nhất 70%) carries no `strict` at all.
 *
 * @param ruleSet - the rule set the values come from
 * @param options - the campaign's own names for titles, and the cap's rounding
 * @returns the ten catalogue titles, individuals first, then collectives, then forms
 * @example
 * const titles = titlesFor(VN_2013, { names: { CTD_BO: 'Cờ thi đua của Bộ Tư pháp' } });
 * titles.find((t) => t.code === 'CSTDCS')?.cap // { of: 'LDTT', percent: 15, rounding: 'floor' }
 * titles.find((t) => t.code === 'CTD_BO')?.name // 'Cờ thi đua của Bộ Tư pháp'
 */
export function titlesFor(ruleSet: RuleSet, options: TitleOptions = {}): Title[] {
  const { rules } = ruleSet;
  const name = (code: TitleCode): string => options.names?.[code] ?? TITLE_NAMES[code];
  const cap = rules.cstdcsCap.value;
  const { LDTT, CSTDCS, CSTD_BO, CSTD_TQ, TTLDTT, TTLDXS, CTD_BO, CTD_CP, BK_BO, GK } = TITLE_CODES;

  const individual = (code: TitleCode, rest: Partial<Title> = {}): Title => ({
    code,
    name: name(code),
    subject: 'individual',
    kind: 'title',
    prerequisites: [],
    cap: null,
    counts: [],
    ...rest,
  });
  const collective = (code: TitleCode, rest: Partial<Title> = {}): Title => ({
    ...individual(code, rest),
    subject: 'collective',
  });

  return [
    individual(LDTT),
    individual(CSTDCS, {
      prerequisites: rules.cstdcsRequiresLdtt.value ? [{ kind: 'alsoHolds', title: LDTT }] : [],
      cap: cap === null ? null : { ...cap, rounding: options.capRounding ?? cap.rounding },
      counts: [LDTT],
    }),
    individual(CSTD_BO, {
      prerequisites: [
        { kind: 'pastRun', title: CSTDCS, times: rules.cstdBoConsecutiveCstdcs.value, every: 1 },
      ],
      counts: [CSTDCS, LDTT],
    }),
    individual(CSTD_TQ, {
      prerequisites: [
        {
          kind: 'pastRun',
          title: CSTD_BO,
          times: rules.cstdTqConsecutiveCstdBo.value,
          every: rules.cstdTqInterval?.value ?? 1,
        },
      ],
      counts: [CSTDCS, LDTT],
    }),
    collective(TTLDTT, { prerequisites: [memberShare(LDTT, rules.ttldttLdttShare.value)] }),
    collective(TTLDXS, {
      prerequisites: [
        memberShare(LDTT, rules.ttldxsLdttShare.value),
        { kind: 'memberCount', title: CSTDCS, min: rules.ttldxsMinCstdcs.value },
      ],
      counts: [TTLDTT],
    }),
    collective(CTD_BO),
    collective(CTD_CP, {
      prerequisites: rules.governmentFlagAmongLeaders.value
        ? [{ kind: 'clusterLeader', title: CTD_BO, maxPercent: rules.governmentFlagShare.value }]
        : [],
    }),
    // Certificates go to units here: the ranking proposes them to collectives by band.
    collective(BK_BO, { kind: 'form' }),
    collective(GK, { kind: 'form' }),
  ];
}

function memberShare(title: string, share: MemberShareRule): Prerequisite {
  // `strict` only when true: the Titles table writes "≥" without it and reads it back the same way.
  return share.strict
    ? { kind: 'memberShare', title, minPercent: share.percent, strict: true }
    : { kind: 'memberShare', title, minPercent: share.percent };
}
