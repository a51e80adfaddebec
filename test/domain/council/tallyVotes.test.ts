import fc from 'fast-check';
import { attendance, tallyVote, tallyVotes, votePercent } from '../../../src/domain/council';
import type { CouncilMember, VoteRow, VoteRule } from '../../../src/domain/model';
import { rankCampaign } from '../../../src/domain/rank';
import { VN_2013, VN_2022, voteRulesFor } from '../../../src/domain/rules';
import { oneCluster } from '../rank/rankBuilders';

const rule = (overrides: Partial<VoteRule> = {}): VoteRule => ({
  title: 'LDTT',
  quorum: 66.67,
  base: 'present',
  threshold: 70,
  source: 'Quy chế của Hội đồng',
  ...overrides,
});

const row = (counts: [number | null, number | null, number | null], title = 'LDTT'): VoteRow => ({
  row: 1,
  candidate: 'Nguyễn Văn An',
  title,
  for: counts[0],
  against: counts[1],
  abstain: counts[2],
});

function members(count: number, present: number): CouncilMember[] {
  return Array.from({ length: count }, (_, i) => ({
    row: i + 1,
    name: `Thành viên ${i + 1}`,
    role: 'Ủy viên',
    present: i < present,
  }));
}

describe('vote rules of the rule sets', () => {
  it('keep 90% of all members for the ministry and national emulation fighters, from Decree 91/2017 Art. 45.8', () => {
    const rules = voteRulesFor(VN_2013);
    expect(rules.filter((r) => r.threshold === 90).map((r) => r.title)).toEqual(['CSTD_BO', 'CSTD_TQ']);
    expect(rules.find((r) => r.title === 'CSTD_BO')).toEqual({
      title: 'CSTD_BO',
      quorum: null,
      base: 'allMembers',
      threshold: 90,
      source: 'Nghị định 91/2017/NĐ-CP, Điều 45 khoản 8',
    });
  });

  it('label the sector example (2/3 present, 70% of those present) as the council’s own choice', () => {
    for (const ruleSet of [VN_2013, VN_2022]) {
      const chosen = voteRulesFor(ruleSet).filter((r) => r.base === 'present');
      expect(chosen.map((r) => r.title)).toEqual(['LDTT', 'CSTDCS', 'TTLDXS', 'CTD_BO']);
      for (const r of chosen) {
        expect(r).toMatchObject({ quorum: 66.67, threshold: 70 });
        expect(r.source).toMatch(/do Hội đồng lựa chọn/);
      }
      expect(ruleSet.rules.chosenCouncilVotes.source.tag).toBe('chosen');
    }
  });
});

describe('tallyVote', () => {
  const council = { members: 9, present: 8 };

  it('passes at the threshold and fails just below it, shares rounded to 2 decimals', () => {
    // 70% of 10 present is exactly 7.
    expect(tallyVote(row([7, 3, 0]), [rule()], { members: 10, present: 10 }).outcome).toBe('pass');
    expect(tallyVote(row([6, 4, 0]), [rule()], { members: 10, present: 10 }).outcome).toBe('fail');
    const passed = tallyVote(row([6, 1, 1]), [rule()], council);
    expect(passed).toMatchObject({ outcome: 'pass', share: 75 });
    expect(passed.reason).toBe(
      'Có mặt 8/9 thành viên (88,89%); đồng ý 6/8 = 75% số thành viên có mặt, cần từ 70%: Đạt.',
    );
  });

  it('meets a quorum of 66,67% with exactly two thirds present, and not below', () => {
    expect(tallyVote(row([6, 0, 0]), [rule()], { members: 9, present: 6 }).outcome).toBe('pass');
    const short = tallyVote(row([5, 0, 0]), [rule()], { members: 9, present: 5 });
    expect(short.outcome).toBe('noQuorum');
    expect(short.reason).toMatch(/Có mặt 5\/9 thành viên \(55,56%\), cần từ 66,67%/);
  });

  it('takes the share of all members when the rule says so', () => {
    const all = rule({ base: 'allMembers', threshold: 90, quorum: null });
    // 8 of 9 present all vote for: 88,89% of all members is below 90%.
    expect(tallyVote(row([8, 0, 0]), [all], council)).toMatchObject({ outcome: 'fail', share: 88.89 });
    expect(tallyVote(row([9, 0, 0]), [all], { members: 9, present: 9 }).outcome).toBe('pass');
  });

  it('holds counts above the members present, negative, fractional or unreadable ones', () => {
    for (const counts of [
      [6, 2, 1],
      [-1, 0, 0],
      [2.5, 0, 0],
    ] as [number, number, number][]) {
      const held = tallyVote(row(counts), [rule()], council);
      expect(held.outcome).toBe('held');
      expect(held.share).toBeNull();
    }
    expect(tallyVote({ ...row([null, null, null]), unreadable: true }, [rule()], council).outcome).toBe(
      'held',
    );
    expect(tallyVote(row([1, 0, 0]), [rule()], { members: 0, present: 0 }).reason).toMatch(
      /Chưa có danh sách thành viên/,
    );
  });

  it('has no result without a rule for the title, or before any count is typed', () => {
    expect(tallyVote(row([5, 0, 0], 'GK'), [rule()], council).outcome).toBe('noRule');
    expect(tallyVote(row([null, null, null]), [rule()], council).outcome).toBe('pending');
  });

  it('never passes a candidate with fewer for votes than another that failed, under one rule and council', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 30 })
          .chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 0, max: n }), fc.nat(30), fc.nat(30))),
        fc.constantFrom(50, 66.67, 70, 90),
        fc.constantFrom<'present' | 'allMembers'>('present', 'allMembers'),
        ([members, present, a, b], threshold, base) => {
          const c = { members, present };
          const r = rule({ threshold, base, quorum: null });
          const x = tallyVote(row([Math.min(a, present), 0, 0]), [r], c);
          const y = tallyVote(row([Math.min(b, present), 0, 0]), [r], c);
          if (x.outcome === 'pass' && y.outcome === 'fail')
            expect(Math.min(a, present)).toBeGreaterThan(Math.min(b, present));
        },
      ),
    );
  });

  it('counts the members with a name and those present', () => {
    expect(attendance({ council: members(9, 7) })).toEqual({ members: 9, present: 7 });
    expect(attendance({})).toEqual({ members: 0, present: 0 });
    expect(votePercent(2, 3)).toBe(66.67);
  });

  it('tallies every row of the Votes table in order', () => {
    const results = tallyVotes({
      council: members(9, 8),
      voteRules: [rule()],
      votes: [row([6, 1, 1]), { ...row([5, 3, 0]), row: 2 }],
    });
    expect(results.map((r) => [r.row, r.outcome])).toEqual([
      [1, 'pass'],
      [2, 'fail'],
    ]);
  });
});

describe('a tie for the flag', () => {
  const tied = (votes: VoteRow[]) =>
    oneCluster(
      { U1: 90, U2: 90, U3: 80 },
      {
        awardRules: { flagsPerCluster: 1, flagTitle: 'CTD', flagMinScore: null, bands: [] },
        council: members(9, 9),
        voteRules: [rule({ title: 'CTD' })],
        votes,
      },
    );
  const units = (votes: VoteRow[]) =>
    Object.fromEntries(
      (rankCampaign(tied(votes))[0]?.units ?? []).map((u) => [u.unit, { leading: u.leading, vote: u.vote }]),
    );
  const flagVote = (r: number, unit: string, yes: number): VoteRow => ({
    row: r,
    candidate: unit,
    title: 'CTD',
    for: yes,
    against: 9 - yes,
    abstain: 0,
  });

  it('waits for the council while not every tied unit is voted on', () => {
    expect(units([flagVote(1, 'U1', 8)])).toMatchObject({
      U1: { leading: false, vote: 'flag' },
      U2: { leading: false, vote: 'flag' },
    });
  });

  it('goes to the one unit the vote passes', () => {
    const result = units([flagVote(1, 'U1', 8), flagVote(2, 'U2', 4)]);
    expect(result).toMatchObject({ U1: { leading: true, vote: null }, U2: { leading: false, vote: null } });
    const reason = rankCampaign(tied([flagVote(1, 'U1', 8), flagVote(2, 'U2', 4)]))[0]?.units[0]?.reason;
    expect(reason).toMatch(/Hội đồng bỏ phiếu: Có mặt 9\/9 thành viên .* đồng ý 8\/9 = 88,89%/);
  });

  it('stays a tie when the vote passes more units than there are flags', () => {
    expect(units([flagVote(1, 'U1', 8), flagVote(2, 'U2', 7)])).toMatchObject({
      U1: { leading: false, vote: 'flag' },
      U2: { leading: false, vote: 'flag' },
    });
  });
});
