// The vote tally on the council sheet, evaluated by the memory host, gives what the domain's tallyVotes
// gives: the fixtures of each vote rule of the rule sets with their expected results, random councils
// and counts, and a tie for the flag the council's vote parts.
import fc from 'fast-check';
import { VOTE_HEADERS } from '../../src/domain/contract';
import { outcomeLabel, tallyVotes } from '../../src/domain/council';
import type { Campaign, CouncilMember, VoteRow, VoteRule } from '../../src/domain/model';
import { PRESETS } from '../../src/domain/presets';
import { VN_2013, VN_2022, voteRulesFor } from '../../src/domain/rules';
import type { WorkbookData } from '../../src/domain/workbook';
import { campaignArb } from './campaignArbitrary';
import { campaignWith, cluster, criterion, score, unit } from '../domain/rank/rankBuilders';
import { domainStandings, hostWith, records, workbookStandings } from './evaluationHelpers';

const base = PRESETS[0];
if (base === undefined) throw new Error('no preset');

function council(members: number, present: number): CouncilMember[] {
  return Array.from({ length: members }, (_, i) => ({
    row: i + 1,
    name: `Thành viên ${i + 1}`,
    role: i === 0 ? 'Chủ tịch' : 'Ủy viên',
    present: i < present,
  }));
}

function vote(row: number, candidate: string, title: string, counts: [number, number, number]): VoteRow {
  return { row, candidate, title, for: counts[0], against: counts[1], abstain: counts[2] };
}

/** What the Votes table of the evaluated workbook says: result and share, row by row. */
function sheetTally(data: WorkbookData): { result: string; share: number | null }[] {
  return records(data, 'Votes').map((r) => {
    const share = r[VOTE_HEADERS.share];
    return { result: String(r[VOTE_HEADERS.result] ?? ''), share: typeof share === 'number' ? share : null };
  });
}

function domainTally(campaign: Campaign): { result: string; share: number | null }[] {
  return tallyVotes(campaign).map((r) => ({
    result: outcomeLabel(r.outcome),
    share: r.outcome === 'pass' || r.outcome === 'fail' || r.outcome === 'noQuorum' ? r.share : null,
  }));
}

describe.each([
  [VN_2013.id, VN_2013],
  [VN_2022.id, VN_2022],
])('vote rules of %s on the council sheet', (_id, ruleSet) => {
  const rules = voteRulesFor(ruleSet);

  it.each(rules.map((r) => [r.title, r] as const))(
    'decide %s as the rule says',
    async (_title, rule) => {
      // Nine members; the quorum fixture has five present (55,56% < 66,67%), the others eight.
      const allMembers = rule.base === 'allMembers';
      const fixtures: { present: number; counts: [number, number, number]; expected: string }[] = allMembers
        ? [
            // 90% of 9 members = 8,1: 9 votes pass, 8 votes (88,89%) fail.
            { present: 9, counts: [9, 0, 0], expected: 'Đạt' },
            { present: 9, counts: [8, 1, 0], expected: 'Không đạt' },
            { present: 8, counts: [8, 0, 0], expected: 'Không đạt' },
          ]
        : [
            // 70% of 8 present = 5,6: 6 votes (75%) pass, 5 (62,5%) fail; 5 of 9 present lack the quorum.
            { present: 8, counts: [6, 1, 1], expected: 'Đạt' },
            { present: 8, counts: [5, 3, 0], expected: 'Không đạt' },
            { present: 5, counts: [5, 0, 0], expected: 'Không đủ túc số' },
          ];
      for (const fixture of fixtures) {
        const campaign: Campaign = {
          ...base,
          council: council(9, fixture.present),
          voteRules: rules,
          votes: [vote(1, 'Nguyễn Văn A', rule.title, fixture.counts)],
        };
        const data = (await hostWith(campaign)).exportWorkbookData();
        expect(sheetTally(data).map((r) => r.result)).toEqual([fixture.expected]);
        expect(sheetTally(data)).toEqual(domainTally(campaign));
      }
    },
    60_000,
  );
});

describe('the vote tally', () => {
  it('holds a count above the members present, and a title without a rule, on the sheet as in the domain', async () => {
    const campaign: Campaign = {
      ...base,
      council: council(9, 7),
      voteRules: voteRulesFor(VN_2013),
      votes: [
        vote(1, 'Nguyễn Văn A', 'CSTDCS', [6, 1, 1]),
        vote(2, 'Nguyễn Văn B', 'GK', [7, 0, 0]),
        vote(3, 'Trần Thị C', 'LDTT', [5, 0, 0]),
        { row: 4, candidate: 'Lê Văn D', title: 'LDTT', for: null, against: null, abstain: null },
      ],
    };
    const data = (await hostWith(campaign)).exportWorkbookData();
    expect(sheetTally(data).map((r) => r.result)).toEqual([
      'Chờ sửa lỗi',
      'Chưa có quy tắc biểu quyết',
      'Đạt',
      '',
    ]);
    expect(sheetTally(data)).toEqual(domainTally(campaign));
    const explanation = records(data, 'Votes')[2]?.[VOTE_HEADERS.explanation];
    expect(explanation).toBe(
      'Có mặt 7/9 thành viên (77.78%); đồng ý 5/7 = 71.43% số thành viên có mặt, cần từ 70%: đạt',
    );
  }, 60_000);

  const ruleArb: fc.Arbitrary<VoteRule> = fc.record({
    title: fc.constantFrom('LDTT', 'CSTDCS', 'CSTD_BO', 'TTLDXS'),
    quorum: fc.option(fc.constantFrom(50, 66.67, 75), { nil: null }),
    base: fc.constantFrom<'allMembers' | 'present'>('allMembers', 'present'),
    threshold: fc.constantFrom(50, 66.67, 70, 90),
    source: fc.constant('Quy chế của Hội đồng'),
  });

  it('gives on random councils, rules and counts the results tallyVotes gives', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 12 }).chain((members) =>
          fc.record({
            members: fc.constant(members),
            present: fc.integer({ min: 0, max: members }),
            rules: fc.uniqueArray(ruleArb, { selector: (r) => r.title, minLength: 1, maxLength: 4 }),
            counts: fc.array(
              fc.record({
                title: fc.constantFrom('LDTT', 'CSTDCS', 'CSTD_BO', 'TTLDXS'),
                counts: fc.tuple(
                  fc.integer({ min: 0, max: members + 1 }),
                  fc.integer({ min: 0, max: 3 }),
                  fc.integer({ min: 0, max: 2 }),
                ),
              }),
              { minLength: 1, maxLength: 6 },
            ),
          }),
        ),
        async ({ members, present, rules, counts }) => {
          const campaign: Campaign = {
            ...base,
            council: council(members, present),
            voteRules: rules,
            votes: counts.map((c, i) => vote(i + 1, `Ứng viên ${i + 1}`, c.title, c.counts)),
          };
          const data = (await hostWith(campaign)).exportWorkbookData();
          expect(sheetTally(data)).toEqual(domainTally(campaign));
        },
      ),
      { numRuns: 12 },
    );
  }, 180_000);

  it('gives the flag to the one tied unit the vote passes', async () => {
    const flagVote = (r: number, candidate: string, yes: number): VoteRow =>
      vote(r, candidate, 'CTD', [yes, 9 - yes, 0]);
    const campaign = campaignWith({
      clusters: [cluster('C1', 'Cụm 1')],
      units: ['U1', 'U2', 'U3'].map((code) => unit(code, 'C1')),
      criteria: [criterion('P', 'I')],
      scores: [score('U1', { P: 90 }), score('U2', { P: 90 }), score('U3', { P: 80 })],
      awardRules: { flagsPerCluster: 1, flagTitle: 'CTD', flagMinScore: null, bands: [] },
      council: council(9, 9),
      voteRules: [{ title: 'CTD', quorum: 66.67, base: 'present', threshold: 70, source: '' }],
    });
    const before = (await hostWith(campaign)).exportWorkbookData();
    expect(workbookStandings(before).get('U1')?.leading).toBe(false);
    expect(records(before, 'Scores').map((r) => r['Bỏ phiếu'] ?? '')).toEqual([
      'Đồng hạng tranh Cờ thi đua: Hội đồng bỏ phiếu',
      'Đồng hạng tranh Cờ thi đua: Hội đồng bỏ phiếu',
      '',
    ]);
    const voted = { ...campaign, votes: [flagVote(1, 'U1', 4), flagVote(2, 'U2', 8)] };
    const after = (await hostWith(voted)).exportWorkbookData();
    expect(workbookStandings(after).get('U2')?.leading).toBe(true);
    expect(workbookStandings(after).get('U1')?.leading).toBe(false);
    expect(records(after, 'Scores').map((r) => r['Bỏ phiếu'] ?? '')).toEqual(['', '', '']);
    expect(Object.fromEntries(workbookStandings(after))).toEqual(Object.fromEntries(domainStandings(voted)));
  }, 60_000);

  it('parts a tie for the flag by the vote, in the sheet as in the domain', async () => {
    await fc.assert(
      fc.asyncProperty(
        campaignArb,
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 9 })), { maxLength: 8 }),
        async (campaign, picks) => {
          const units = campaign.units.map((u) => u.code);
          const voted: Campaign = {
            ...campaign,
            council: council(9, 9),
            voteRules: [
              {
                title: campaign.awardRules.flagTitle,
                quorum: 66.67,
                base: 'present',
                threshold: 70,
                source: '',
              },
            ],
            votes: picks.map(([unit, votes], i) =>
              vote(i + 1, units[unit % Math.max(units.length, 1)] ?? 'X', campaign.awardRules.flagTitle, [
                votes,
                9 - votes,
                0,
              ]),
            ),
          };
          const data = (await hostWith(voted)).exportWorkbookData();
          expect(Object.fromEntries(workbookStandings(data))).toEqual(
            Object.fromEntries(domainStandings(voted)),
          );
        },
      ),
      { numRuns: 20 },
    );
  }, 240_000);
});
