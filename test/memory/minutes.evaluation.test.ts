// The minutes of the council's meeting (Biên bản họp Hội đồng), evaluated by the memory host, say what
// the domain's minutes say: the time, place, chair, secretary, members present and absent and the
// ballot kind, each candidate's vote with its share and result, and the meeting's day on the
// place-and-date line; dotted blanks where the campaign sheet leaves a fact blank.
import { SHEETS, TABLES } from '../../src/domain/contract';
import { minutes, type MinutesVote } from '../../src/domain/documents';
import type { Campaign, CouncilMember, VoteRow } from '../../src/domain/model';
import { presetById } from '../../src/domain/presets';
import { resolveRuleSet, voteRulesFor } from '../../src/domain/rules';
import type { CellValue } from '../../src/domain/workbook';
import { buildPlan } from '../../src/layout/buildPlan';
import { MINUTES_MEMBER_HEADERS as M, MINUTES_VOTE_HEADERS as V } from '../../src/layout/headers';
import type { MemoryHost } from '../../src/memory/memoryHost';
import { hostWith, records } from './evaluationHelpers';

function preset(id: string): Campaign {
  const campaign = presetById(id);
  if (campaign === undefined) throw new Error(`no preset ${id}`);
  return campaign;
}

function council(): CouncilMember[] {
  const names = ['Trần Văn Chủ', 'Lê Thị Phó', 'Phạm Văn Ba', 'Ngô Thị Bốn', 'Đỗ Thị Thư'];
  const roles = ['Chủ tịch', 'Phó Chủ tịch', 'Ủy viên', 'Ủy viên', 'Thư ký'];
  return names.map((name, i) => ({ row: i + 1, name, role: roles[i] ?? '', present: i !== 3 }));
}

/** Texts of the sheet's free cells, evaluated. */
function cellTexts(host: MemoryHost, campaign: Campaign): string[] {
  const cells = buildPlan(campaign).sheets.find((s) => s.name === SHEETS.minutes)?.cells ?? [];
  return cells.map((cell) => String(host.getCell(SHEETS.minutes, cell.address).value ?? ''));
}

const num = (value: CellValue | undefined): number | null => (typeof value === 'number' ? value : null);

function sheetVotes(host: MemoryHost): MinutesVote[] {
  return records(host.exportWorkbookData(), TABLES.minutesVotes)
    .filter((r) => (r[V.name] ?? '') !== '')
    .map((r) => ({
      candidate: String(r[V.name]),
      award: String(r[V.award]),
      for: num(r[V.for]),
      share: num(r[V.share]),
      result: String(r[V.result] ?? ''),
    }));
}

describe('the minutes of the council meeting', () => {
  it('say the time, place, chair, secretary, attendance, ballot and every vote as the domain does', async () => {
    const base = preset('hcm-2018');
    const unit = base.units[0];
    const title = base.titles[0];
    if (unit === undefined || title === undefined) throw new Error('empty preset');
    const rules = voteRulesFor(resolveRuleSet(base));
    const votes: VoteRow[] = [
      { row: 1, candidate: unit.code, title: title.code, for: 4, against: 0, abstain: 0 },
      { row: 2, candidate: 'Nguyễn Văn An', title: 'CSTĐCS', for: 2, against: 2, abstain: 0 },
      { row: 3, candidate: 'Trần Thị Bình', title: 'LĐTT', for: null, against: null, abstain: null },
    ];
    const campaign: Campaign = {
      ...base,
      place: 'Thành phố Hồ Chí Minh',
      meetingDate: '2018-12-05',
      meetingTime: '14 giờ 00',
      meetingPlace: 'Hội trường Sở Tư pháp',
      ballotKind: 'Bỏ phiếu kín',
      council: council(),
      voteRules: rules,
      votes,
    };
    const host = await hostWith(campaign);
    const expected = minutes(campaign);
    const texts = cellTexts(host, campaign);
    for (const line of expected.lines) expect(texts).toContain(line);
    expect(expected.lines[0]).toBe('1. Thời gian: 14 giờ 00, ngày 5 tháng 12 năm 2018.');
    expect(expected.lines[4]).toBe(
      '5. Thành phần: 5 thành viên Hội đồng; có mặt 4, vắng mặt 1 (danh sách dưới đây).',
    );
    expect(texts).toContain('Thành phố Hồ Chí Minh, ngày 5 tháng 12 năm 2018');
    expect(texts).toContain('CHỦ TỊCH HỘI ĐỒNG');
    expect(texts).toContain('Trần Văn Chủ');
    expect(texts).toContain('Đỗ Thị Thư');
    expect(texts).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(texts).toContain('BIÊN BẢN HỌP HỘI ĐỒNG THI ĐUA, KHEN THƯỞNG');

    const members = records(host.exportWorkbookData(), TABLES.minutesMembers).map((r) => ({
      name: String(r[M.name]),
      role: String(r[M.role]),
      attendance: String(r[M.attendance]),
    }));
    expect(members).toEqual(expected.members);
    expect(sheetVotes(host)).toEqual(expected.votes);
    expect(expected.votes.map((v) => v.candidate)).toEqual([unit.name, 'Nguyễn Văn An', 'Trần Thị Bình']);
    expect(host.formulaProblems()).toEqual([]);
  });

  it('leave dotted blanks where the campaign names no time, place, chair or ballot', async () => {
    const campaign: Campaign = { ...preset('hue-2021'), council: [], votes: [] };
    const host = await hostWith(campaign);
    const expected = minutes(campaign);
    expect(expected.lines[0]).toBe('1. Thời gian: … giờ …, ngày … tháng … năm ….');
    expect(expected.chair).toBe('…');
    const texts = cellTexts(host, campaign);
    for (const line of expected.lines) expect(texts).toContain(line);
    expect(texts).toContain('…, ngày … tháng … năm …');
    expect(sheetVotes(host)).toEqual([]);
  });

  it('follow a vote typed after set-up into the place the table keeps', async () => {
    const base = preset('hcm-2018');
    const campaign: Campaign = {
      ...base,
      council: council(),
      voteRules: voteRulesFor(resolveRuleSet(base)),
      votes: [
        { row: 1, candidate: 'Nguyễn Văn An', title: 'CSTĐCS', for: null, against: null, abstain: null },
      ],
    };
    const host = await hostWith(campaign);
    const votes = buildPlan(campaign)
      .sheets.flatMap((s) => s.tables)
      .find((t) => t.name === TABLES.votes);
    if (votes === undefined) throw new Error('no Votes table');
    const col = (header: string): string =>
      String.fromCharCode(65 + votes.origin.col + votes.headers.indexOf(header));
    const row = votes.origin.row + 2;
    host.batch(() => {
      host.setCellValue(SHEETS.council, `${col('Đồng ý')}${row}`, 4);
      host.setCellValue(SHEETS.council, `${col('Không đồng ý')}${row}`, 0);
      host.setCellValue(SHEETS.council, `${col('Không biểu quyết')}${row}`, 0);
    });
    const [vote] = sheetVotes(host);
    expect(vote).toMatchObject({ candidate: 'Nguyễn Văn An', for: 4 });
    expect(vote?.result).not.toBe('');
  });
});

describe('the rows of the minutes’ votes', () => {
  it('give a long award name the lines it wraps to, and a short one a single line', () => {
    const campaign = preset('hue-2021');
    const sheet = buildPlan(campaign).sheets.find((s) => s.name === SHEETS.minutes);
    const table = sheet?.tables.find((t) => t.name === TABLES.minutesVotes);
    if (sheet === undefined || table === undefined) throw new Error('no minutes');
    const awardWidth = table.columns.find((c) => c.header === V.award)?.width ?? 0;
    const votes = minutes(campaign).votes;
    expect(votes.some((v) => v.award.length > awardWidth)).toBe(true);
    votes.forEach((vote, k) => {
      const row = table.origin.row + 1 + k;
      const height = sheet.rowHeights?.[row];
      if (vote.award.length > awardWidth) expect(height).toBeGreaterThanOrEqual(30);
      else if (vote.candidate.length <= 28) expect(height).toBeUndefined();
    });
  });
});
