import type { Rounding } from '../model';
import { formatSource } from './formatSource';
import type {
  CouncilVote,
  LegalSource,
  MemberShareRule,
  RuleSet,
  RuleSetRules,
  TieBreakStep,
} from './ruleSet';
import { TITLE_NAMES } from './titlesFor';
import type { TitleCode } from './titleCodes';

/** One rule as an officer reads it in the task pane: what it says, and where it comes from. */
export interface RuleExplanation {
  /** Key of the rule in the rule set, e.g. `cstdcsCap`. */
  code: keyof RuleSetRules;
  vi: string;
  en: string;
  source: LegalSource;
  /** The source printed, e.g. "Nghị định 91/2017/NĐ-CP, Điều 9". */
  sourceText: string;
  /** False when the workbook cannot check the rule and the council must. */
  checkable: boolean;
  note: string | null;
}

type Wording = { vi: string; en: string };
type Describers = { [K in keyof RuleSetRules]-?: (value: NonNullable<RuleSetRules[K]>['value']) => Wording };

const ROUNDING: Record<Rounding, Wording> = {
  floor: { vi: 'làm tròn xuống', en: 'rounded down' },
  round: { vi: 'làm tròn', en: 'rounded to nearest' },
  ceil: { vi: 'làm tròn lên', en: 'rounded up' },
};

const STEPS: Record<TieBreakStep, Wording> = {
  firstGroup: { vi: 'điểm nhóm tiêu chí đầu tiên cao hơn', en: 'higher subtotal of the first group' },
  fewerDeductions: { vi: 'ít điểm trừ hơn', en: 'fewer deductions' },
  votes: { vi: 'tỷ lệ phiếu bầu cao hơn', en: 'higher vote share' },
  noFlagLastYear: { vi: 'chưa được tặng Cờ năm trước', en: 'did not hold the flag last year' },
};

const title = (code: string): string => TITLE_NAMES[code as TitleCode] ?? code;

function share(s: MemberShareRule): Wording {
  return s.strict
    ? { vi: `trên ${s.percent}%`, en: `more than ${s.percent}%` }
    : { vi: `ít nhất ${s.percent}%`, en: `at least ${s.percent}%` };
}

const percent = (value: number): string => `${value.toLocaleString('vi-VN')}%`;

function voteWords(votes: readonly CouncilVote[]): Wording {
  const lines = votes.map((v) => {
    const quorum =
      v.quorumPercent === null
        ? { vi: '', en: '' }
        : {
            vi: `, có mặt từ ${percent(v.quorumPercent)} tổng số thành viên`,
            en: `, quorum ${v.quorumPercent}% of all members`,
          };
    return {
      vi: `${v.titles.map(title).join(', ')}: ${v.ballot === 'secret' ? 'bỏ phiếu kín' : 'biểu quyết công khai'}${quorum.vi}, đạt từ ${percent(v.minPercent)} ${v.base === 'allMembers' ? 'tổng số thành viên Hội đồng' : 'số thành viên có mặt'} trở lên`,
      en: `${v.titles.join(', ')}: ${v.ballot === 'secret' ? 'secret ballot' : 'open vote'}${quorum.en}, at least ${v.minPercent}% of ${v.base === 'allMembers' ? 'all council members' : 'members present'}`,
    };
  });
  return lines.length === 0
    ? { vi: 'Không ghi ngưỡng biểu quyết của Hội đồng.', en: 'No council vote threshold recorded.' }
    : { vi: `${lines.map((l) => l.vi).join('; ')}.`, en: `${lines.map((l) => l.en).join('; ')}.` };
}

/** One wording per rule: adding a rule to the rule set adds a line here, nothing else. */
const DESCRIBE: Describers = {
  registration: (value) =>
    value === 'required'
      ? {
          vi: 'Phải đăng ký thi đua: danh hiệu không đăng ký thì không được xem xét.',
          en: 'Registration is required: a title not registered is not considered.',
        }
      : {
          vi: 'Đăng ký thi đua không bắt buộc: thiếu đăng ký chỉ được nhắc (cảnh báo).',
          en: 'Registration is optional: a missing registration is only a warning.',
        },
  cstdcsRequiresLdtt: (value) =>
    value
      ? {
          vi: `${title('CSTDCS')} phải đạt ${title('LDTT')}.`,
          en: 'A grassroots emulation fighter (CSTĐCS) must qualify as an advanced worker (LĐTT).',
        }
      : {
          vi: `${title('CSTDCS')} không cần đạt ${title('LDTT')}.`,
          en: 'A grassroots emulation fighter (CSTĐCS) need not be an advanced worker (LĐTT).',
        },
  cstdcsCap: (cap) =>
    cap === null
      ? {
          vi: `Không giới hạn tỷ lệ ${title('CSTDCS')} trong đơn vị.`,
          en: 'No cap on grassroots emulation fighters (CSTĐCS) per unit.',
        }
      : {
          vi: `Số ${title('CSTDCS')} của mỗi đơn vị không quá ${cap.percent}% số người đạt ${title(cap.of)} (${ROUNDING[cap.rounding].vi}).`,
          en: `CSTĐCS per unit: at most ${cap.percent}% of its ${cap.of} holders (${ROUNDING[cap.rounding].en}).`,
        },
  cstdBoConsecutiveCstdcs: (years) => ({
    vi: `${title('CSTD_BO')}: chọn trong số người có ${years} lần liên tục đạt ${title('CSTDCS')}.`,
    en: `Ministry/provincial emulation fighter: chosen among people with ${years} consecutive years of CSTĐCS.`,
  }),
  cstdTqConsecutiveCstdBo: (times) => ({
    vi: `${title('CSTD_TQ')}: chọn trong số người có ${times} lần liên tục đạt ${title('CSTD_BO')}.`,
    en: `National emulation fighter: chosen among people with ${times} consecutive ministry/provincial titles.`,
  }),
  cstdTqInterval: (years) => ({
    vi: `Hai lần ${title('CSTD_BO')} được coi là liên tục khi cách nhau ${years} năm.`,
    en: `Two ministry/provincial emulation fighter titles count as in a row when ${years} years apart.`,
  }),
  ttldxsTasksComplete: (percent) => ({
    vi: `${title('TTLDXS')}: ${percent}% thành viên hoàn thành nhiệm vụ.`,
    en: `Excellent collective (TTLĐXS): ${percent}% of members complete their tasks.`,
  }),
  ttldxsLdttShare: (s) => ({
    vi: `${title('TTLDXS')}: ${share(s).vi} thành viên đạt ${title('LDTT')}.`,
    en: `Excellent collective (TTLĐXS): ${share(s).en} of members are advanced workers (LĐTT).`,
  }),
  ttldxsMinCstdcs: (min) => ({
    vi: `${title('TTLDXS')}: có ít nhất ${min} cá nhân đạt ${title('CSTDCS')}.`,
    en: `Excellent collective (TTLĐXS): at least ${min} member(s) with CSTĐCS.`,
  }),
  ttldttLdttShare: (s) => ({
    vi: `${title('TTLDTT')}: ${share(s).vi} thành viên đạt ${title('LDTT')}.`,
    en: `Advanced collective (TTLĐTT): ${share(s).en} of members are advanced workers (LĐTT).`,
  }),
  flagForClusterLeaders: (value) =>
    value
      ? {
          vi: `${title('CTD_BO')}: tặng tập thể dẫn đầu cụm, khối thi đua.`,
          en: 'The ministry/provincial emulation flag goes to the collective leading its cluster or block.',
        }
      : {
          vi: `${title('CTD_BO')}: không gắn với vị trí dẫn đầu cụm, khối.`,
          en: 'The ministry/provincial emulation flag is not tied to leading a cluster.',
        },
  flagsPerCluster: (count) => ({
    vi: `Mỗi cụm, khối thi đua đề nghị ${count} Cờ thi đua.`,
    en: `Each cluster or block proposes ${count} emulation flag(s).`,
  }),
  governmentFlagAmongLeaders: (value) =>
    value
      ? {
          vi: `${title('CTD_CP')}: chỉ xét trong các tập thể dẫn đầu cụm, khối thi đua.`,
          en: "The Government's emulation flag goes only to collectives leading their cluster or block.",
        }
      : {
          vi: `${title('CTD_CP')}: không gắn với vị trí dẫn đầu cụm, khối.`,
          en: "The Government's emulation flag is not tied to leading a cluster.",
        },
  governmentFlagShare: (percent) =>
    percent === null
      ? {
          vi: `${title('CTD_CP')}: chọn trong các tập thể dẫn đầu cụm, khối; không ghi tỷ lệ giới hạn.`,
          en: "The Government's emulation flag: chosen among cluster leaders; no share recorded.",
        }
      : {
          vi: `${title('CTD_CP')}: không quá ${percent}% số tập thể dẫn đầu cụm, khối.`,
          en: `The Government's emulation flag: at most ${percent}% of the cluster leaders.`,
        },
  councilVotes: (votes) => voteWords(votes),
  chosenCouncilVotes: (votes) => voteWords(votes),
  oneAchievementOneAward: (value) =>
    value
      ? {
          vi: 'Một thành tích chỉ khen thưởng một lần; không đề nghị khen thưởng người đang bị kỷ luật, điều tra.',
          en: 'One achievement, one award; nobody under discipline or investigation is proposed.',
        }
      : {
          vi: 'Không ghi nguyên tắc một thành tích một lần khen.',
          en: 'No one-achievement-one-award rule recorded.',
        },
  tieBreakChain: (steps) =>
    steps.length === 0
      ? {
          vi: 'Khi bằng điểm: không có tiêu chí phụ; các đơn vị bằng điểm được đánh dấu để Hội đồng bỏ phiếu.',
          en: 'On equal totals: no tie-break; tied units are marked for the council’s vote.',
        }
      : {
          vi: `Khi bằng điểm: ${steps.map((s) => STEPS[s].vi).join(', rồi ')}.`,
          en: `On equal totals: ${steps.map((s) => STEPS[s].en).join(', then ')}.`,
        },
};

const ORDER: readonly (keyof RuleSetRules)[] = [
  'registration',
  'cstdcsRequiresLdtt',
  'cstdcsCap',
  'cstdBoConsecutiveCstdcs',
  'cstdTqConsecutiveCstdBo',
  'cstdTqInterval',
  'ttldxsTasksComplete',
  'ttldxsLdttShare',
  'ttldxsMinCstdcs',
  'ttldttLdttShare',
  'flagForClusterLeaders',
  'flagsPerCluster',
  'governmentFlagAmongLeaders',
  'governmentFlagShare',
  'councilVotes',
  'chosenCouncilVotes',
  'oneAchievementOneAward',
  'tieBreakChain',
];

/**
 * The rules of a rule set as an officer reads them: one line each in Vietnamese and English, with
 * the thresholds taken from the rule set's values and the source printed beside it.
 *
 * @param ruleSet - the rule set to explain
 * @returns one explanation per rule the set records, in a fixed reading order
 * @example
 * explainRules(VN_2013).find((r) => r.code === 'cstdcsCap')?.vi
 * // 'Số Chiến sĩ thi đua cơ sở của mỗi đơn vị không quá 15% số người đạt Lao động tiên tiến (làm tròn xuống).'
 */
export function explainRules(ruleSet: RuleSet): RuleExplanation[] {
  return ORDER.flatMap((code) => {
    const rule = ruleSet.rules[code];
    if (rule === undefined) return [];
    const describe = DESCRIBE[code] as (value: unknown) => Wording;
    return [
      {
        code,
        ...describe(rule.value),
        source: rule.source,
        sourceText: formatSource(rule.source),
        checkable: rule.checkable ?? true,
        note: rule.note ?? null,
      },
    ];
  });
}
