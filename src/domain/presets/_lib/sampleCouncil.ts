/**
 * A sample council for a preset (Hội đồng thi đua, khen thưởng), so that a new user sees the council's
 * sheet filled: members and who is present, the vote rules of the campaign's rule set, the vote on the
 * leading unit's flag and on one person's title, and three members' scores of the leading unit with one
 * member recused from another unit. Names are sample data.
 */
import type { Campaign, CouncilMember, ReviewScore, VoteRow } from '../../model';
import { rankCampaign } from '../../rank';
import { resolveRuleSet, voteRulesFor } from '../../rules';
import { criteriaTree } from '../../scoring';

const MEMBERS: readonly [string, string, boolean][] = [
  ['Nguyễn Văn Hùng', 'Chủ tịch', true],
  ['Trần Thị Mai', 'Phó Chủ tịch', true],
  ['Lê Văn Sơn', 'Ủy viên', true],
  ['Phạm Thị Hoa', 'Ủy viên', true],
  ['Hoàng Văn Nam', 'Ủy viên', true],
  ['Võ Thị Lan', 'Ủy viên', false],
  ['Đặng Văn Tú', 'Thư ký', true],
];

/**
 * The campaign with a sample council. The members' scores of the leading unit average to the points
 * typed for it, so the ranking is the one the sample points give; the recused member's score never counts.
 * @param campaign - a sample campaign with scores and registrations
 * @returns the campaign with `council`, `voteRules`, `votes`, `reviews` and `recusals`
 * @example
 * withSampleCouncil(campaign).council?.length // 7
 */
export function withSampleCouncil(campaign: Campaign): Campaign {
  const council: CouncilMember[] = MEMBERS.map(([name, role, present], i) => ({
    row: i + 1,
    name,
    role,
    present,
  }));
  const present = council.filter((m) => m.present).length;
  const leader = rankCampaign(campaign)
    .flatMap((ranking) => ranking.units)
    .find((unit) => unit.leading);
  const votes: VoteRow[] = [];
  const vote = (candidate: string, title: string, counts: [number, number, number]) =>
    votes.push({
      row: votes.length + 1,
      candidate,
      title,
      for: counts[0],
      against: counts[1],
      abstain: counts[2],
    });
  if (leader !== undefined) vote(leader.unit, campaign.awardRules.flagTitle, [present, 0, 0]);
  const person = campaign.registrations.find((r) => r.subject === 'individual' && r.title === 'CSTDCS');
  if (person !== undefined) vote(person.person, person.title, [present - 2, 2, 0]);

  const reviews: ReviewScore[] = [];
  const row = leader === undefined ? undefined : campaign.scores.find((s) => s.unit === leader.unit);
  // A criterion typed at least half a point from either end: three members at −0,5, 0 and +0,5 average to it.
  const scored = criteriaTree(campaign.criteria).leaves.find((leaf) => {
    const typed = row?.values[leaf.code];
    return leaf.kind === 'standard' && typeof typed === 'number' && typed >= 0.5 && typed <= leaf.max - 0.5;
  });
  const typed = scored === undefined ? undefined : row?.values[scored.code];
  if (leader !== undefined && scored !== undefined && typeof typed === 'number') {
    [typed - 0.5, typed, typed + 0.5].forEach((score, i) =>
      reviews.push({
        row: reviews.length + 1,
        member: MEMBERS[i + 1]?.[0] ?? '',
        unit: leader.unit,
        criterion: scored.code,
        score,
      }),
    );
  }
  const recusedUnit = campaign.units.find((u) => u.code !== leader?.unit);
  const recused = MEMBERS[4]?.[0] ?? '';
  if (recusedUnit !== undefined && scored !== undefined)
    reviews.push({
      row: reviews.length + 1,
      member: recused,
      unit: recusedUnit.code,
      criterion: scored.code,
      score: 0,
    });
  return {
    ...campaign,
    council,
    voteRules: voteRulesFor(resolveRuleSet(campaign)),
    votes,
    reviews,
    recusals:
      recusedUnit === undefined
        ? []
        : [{ row: 1, member: recused, unit: recusedUnit.code, reason: 'Người thân công tác tại đơn vị' }],
  };
}
