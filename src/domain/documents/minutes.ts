import { COUNCIL_ROLES } from '../contract';
import { attendance, outcomeLabel, tallyVotes } from '../council';
import { dateInWords } from '../dates';
import type { Campaign } from '../model';

/** What the minutes show for a fact the campaign sheet leaves blank: dotted blanks to fill by hand. */
export const BLANK = '…';

/** One member of the council as the minutes list them. */
export interface MinutesMember {
  name: string;
  role: string;
  /** `Có mặt` or `Vắng mặt`. */
  attendance: string;
}

/** One candidate's vote as the minutes record it. */
export interface MinutesVote {
  /** A unit by its catalogue name, a person by the name typed. */
  candidate: string;
  /** The title's catalogue name, else the code as typed. */
  award: string;
  for: number | null;
  /** The share of votes for, in percent (nhất trí …%); null where the tally gives none. */
  share: number | null;
  /** `Đạt`, `Không đạt`, `Không đủ túc số`, or what to fix; blank while no count is typed. */
  result: string;
}

/** The minutes of the council's meeting (biên bản họp Hội đồng thi đua, khen thưởng). */
export interface Minutes {
  /** The numbered lines over the tables, in order: time, place, chair, secretary, members, ballot. */
  lines: string[];
  members: MinutesMember[];
  votes: MinutesVote[];
  chair: string;
  secretary: string;
  /** The date of the place-and-date line, in words. */
  date: string;
}

/** Case-insensitive, as MATCH and COUNTIFS compare. */
const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** The first member holding a role (as the sheet's MATCH finds it), or dotted blanks. */
function holder(campaign: Campaign, role: string): string {
  const member = (campaign.council ?? []).find((m) => same(m.role, role));
  return member === undefined || member.name === '' ? BLANK : member.name;
}

const or = (value: string | undefined, standIn: string): string =>
  value === undefined || value === '' ? standIn : value;

/**
 * The minutes of the council's meeting, from the campaign sheet (day, hour, place, ballot kind), the
 * council (chair, secretary, who is present) and the Votes table (each candidate's result and share).
 * @param campaign - the campaign, its council and its votes
 * @returns the minutes as the sheet `Biên bản họp Hội đồng` shows them
 * @example
 * minutes(campaign).lines[0] // '1. Thời gian: 14 giờ 00, ngày 15 tháng 12 năm 2018.'
 */
export function minutes(campaign: Campaign): Minutes {
  const chair = holder(campaign, COUNCIL_ROLES[0]);
  const secretary = holder(campaign, COUNCIL_ROLES[3]);
  const { members, present } = attendance(campaign);
  const date = dateInWords(campaign.meetingDate ?? null);
  const lines = [
    `1. Thời gian: ${or(campaign.meetingTime, '… giờ …')}, ${date}.`,
    `2. Địa điểm: ${or(campaign.meetingPlace, BLANK)}.`,
    `3. Chủ trì: ${chair}, Chủ tịch Hội đồng.`,
    `4. Thư ký: ${secretary}.`,
    `5. Thành phần: ${members} thành viên Hội đồng; có mặt ${present}, vắng mặt ${members - present} (danh sách dưới đây).`,
    `6. Hình thức biểu quyết: ${or(campaign.ballotKind, BLANK)}.`,
  ];
  const unitName = (code: string): string => campaign.units.find((u) => same(u.code, code))?.name ?? code;
  const titleName = (code: string): string => campaign.titles.find((t) => same(t.code, code))?.name ?? code;
  const votes = tallyVotes(campaign).map((result, i): MinutesVote => {
    const row = campaign.votes?.[i];
    return {
      candidate: unitName(result.candidate),
      award: titleName(result.title),
      for: row?.for ?? null,
      share:
        result.outcome === 'pass' || result.outcome === 'fail' || result.outcome === 'noQuorum'
          ? result.share
          : null,
      result: outcomeLabel(result.outcome),
    };
  });
  return {
    lines,
    members: (campaign.council ?? []).map((m) => ({
      name: m.name,
      role: m.role,
      attendance: m.present ? 'Có mặt' : 'Vắng mặt',
    })),
    votes,
    chair,
    secretary,
    date,
  };
}
