// The award list (Đề nghị khen thưởng), evaluated by the memory host, lists what the domain's awardList
// lists: every proposed unit by award, in catalogue order within an award, with the council's vote on
// it where the Votes table has one; no place is left numbered without a unit.
import { SHEETS, TABLES } from '../../src/domain/contract';
import { awardList, NOT_VOTED, type AwardListRow } from '../../src/domain/documents';
import type { Campaign, CouncilMember, VoteRow } from '../../src/domain/model';
import { PRESET_IDS, presetById } from '../../src/domain/presets';
import { voteRulesFor, resolveRuleSet } from '../../src/domain/rules';
import type { WorkbookData } from '../../src/domain/workbook';
import { AWARD_LIST_HEADERS as A } from '../../src/layout/headers';
import { a1 } from '../../src/domain/workbook';
import { buildPlan } from '../../src/layout/buildPlan';
import { hostWith, records } from './evaluationHelpers';

function preset(id: string): Campaign {
  const campaign = presetById(id);
  if (campaign === undefined) throw new Error(`no preset ${id}`);
  return campaign;
}

type Listed = Pick<AwardListRow, 'award' | 'unit' | 'name' | 'total' | 'rank' | 'vote' | 'share' | 'title'>;

function sheetList(data: WorkbookData): Listed[] {
  return records(data, TABLES.awardList)
    .filter((r) => r[A.name] !== '' && r[A.name] !== null)
    .map((r) => ({
      award: String(r[A.award]),
      title: String(r[A.title]),
      unit: String(r[A.unit]),
      name: String(r[A.name]),
      total: Number(r[A.total]),
      rank: Number(r[A.rank]),
      vote: String(r[A.vote]),
      share: typeof r[A.share] === 'number' ? (r[A.share] as number) : null,
    }));
}

function council(members: number, present: number): CouncilMember[] {
  return Array.from({ length: members }, (_, i) => ({
    row: i + 1,
    name: `Thành viên ${i + 1}`,
    role: i === 0 ? 'Chủ tịch' : i === 1 ? 'Thư ký' : 'Ủy viên',
    present: i < present,
  }));
}

describe('the award list on Đề nghị khen thưởng', () => {
  it.each([...PRESET_IDS])(
    '%s: lists what awardList lists, by award, voted only where the council voted',
    async (id) => {
      const campaign = preset(id);
      const data = (await hostWith(campaign)).exportWorkbookData();
      const expected = awardList(campaign);
      expect(expected.length).toBeGreaterThan(0);
      expect(sheetList(data)).toEqual(expected);
      // Only hue-2021's sample council voted, on its leading unit's flag.
      const key = (unit: string, title: string): string =>
        `${unit.trim().toLowerCase()}|${title.trim().toLowerCase()}`;
      const voted = new Set((campaign.votes ?? []).map((v) => key(v.candidate, v.title)));
      for (const row of expected) {
        expect(row.vote !== NOT_VOTED).toBe(voted.has(key(row.unit, row.title)));
      }
      if (id === 'hue-2021') expect(expected.some((r) => r.vote !== NOT_VOTED)).toBe(true);
      // Awards stand together: once an award is left, it does not come back.
      const order = expected.map((r) => r.award).filter((a, i, all) => a !== all[i - 1]);
      expect(new Set(order).size).toBe(order.length);
      // One place per proposal: no empty row on paper.
      expect(records(data, TABLES.awardList)).toHaveLength(expected.length);
    },
  );

  it('shows the council vote on a proposed unit: passed, failed, and without a quorum', async () => {
    const base = preset('hcm-2018');
    const proposed = awardList(base);
    const [first, second, third] = proposed;
    if (first === undefined || second === undefined || third === undefined)
      throw new Error('too few proposals');
    const votes: VoteRow[] = [
      { row: 1, candidate: first.unit, title: first.title, for: 9, against: 0, abstain: 0 },
      { row: 2, candidate: second.unit, title: second.title, for: 2, against: 7, abstain: 0 },
      // Another title for the third unit: its own proposal stays without a vote.
      { row: 3, candidate: third.unit, title: 'KHÔNG-CÓ', for: 9, against: 0, abstain: 0 },
    ];
    const campaign: Campaign = {
      ...base,
      council: council(9, 9),
      voteRules: voteRulesFor(resolveRuleSet(base)).concat(
        [first.title, second.title]
          .filter((t) => !voteRulesFor(resolveRuleSet(base)).some((r) => r.title === t))
          .map((title) => ({
            title,
            quorum: 66.67,
            base: 'present' as const,
            threshold: 70,
            source: 'Hội đồng chọn',
          })),
      ),
      votes,
    };
    const expected = awardList(campaign);
    expect(expected.slice(0, 3).map((r) => r.vote)).toEqual(['Đạt', 'Không đạt', NOT_VOTED]);
    expect(expected[0]?.share).toBe(100);
    const data = (await hostWith(campaign)).exportWorkbookData();
    expect(sheetList(data)).toEqual(expected);
  });

  it('says under the list when the scores propose more units than it has places for', async () => {
    const campaign = preset('hcm-2018');
    const host = await hostWith(campaign);
    const plan = buildPlan(campaign);
    const scores = plan.sheets.flatMap((s) => s.tables).find((t) => t.name === TABLES.scores);
    const list = plan.sheets.flatMap((s) => s.tables).find((t) => t.name === TABLES.awardList);
    if (scores === undefined || list === undefined) throw new Error('tables missing');
    const places = list.rowCount;
    // Every typed point at its maximum: every unit reaches the best band.
    const criteria = new Map(campaign.criteria.map((c) => [c.code, c.max]));
    host.batch(() => {
      scores.headers.forEach((header, col) => {
        const max = criteria.get(header);
        const column = scores.columns.find((c) => c.header === header);
        if (max === undefined || column?.role !== 'input') return;
        for (let row = 0; row < scores.rowCount; row++)
          host.setCellValue(
            SHEETS.scores,
            a1({ row: scores.origin.row + 1 + row, col: scores.origin.col + col }),
            max,
          );
      });
    });
    const texts = host.getSheetValues(SHEETS.awardList).flat().map(String);
    const line = texts.find((t) => t.startsWith('Còn '));
    expect(line).toMatch(/^Còn \d+ đề nghị chưa có trong danh sách: chạy lại Tạo \/ cập nhật sổ thi đua\.$/);
    expect(places).toBeLessThan(new Set(campaign.units.map((u) => u.code)).size);
  });

  it('keeps the sheet on the contract: after the council, before the hidden sheet', async () => {
    const host = await hostWith(preset('hue-2021'));
    const names = host.sheetNames();
    expect(names.indexOf(SHEETS.awardList)).toBe(names.indexOf(SHEETS.council) + 1);
    expect(host.formulaProblems()).toEqual([]);
  });
});
