import { validateRegistrations } from '../../../src/domain/validate';
import { buildCampaign } from '../support/campaignBuilder';

/** A unit's headcount changed, so its registered share falls short. */
function shortOf(unit: string, headcount: number) {
  const base = buildCampaign();
  const campaign = buildCampaign({
    units: base.units.map((u) => (u.code === unit ? { ...u, headcount } : u)),
  });
  return validateRegistrations(campaign).filter((i) => i.code === 'PREREQUISITE_MEMBER_SHARE');
}

describe('member share messages', () => {
  it('say "trên" for a strict share, with the people that takes', () => {
    // U2 registers TTLĐTT with 2 LĐTT of 4 people: half is not more than half, 3 are needed.
    const [issue] = shortOf('U2', 4);
    expect(issue?.message).toContain('cần trên 50% của 4 người (3 người) đăng ký');
    expect(issue?.messageEn).toContain('needs more than 50% of its 4 people (3)');
  });

  it('say "ít nhất" for an inclusive share', () => {
    // U1 registers TTLĐXS with 7 counting as LĐTT of 11 people: at least 70% is 8.
    const [issue] = shortOf('U1', 11);
    expect(issue?.message).toContain('cần ít nhất 70% của 11 người (8 người) đăng ký');
    expect(issue?.messageEn).toContain('needs at least 70% of its 11 people (8)');
  });
});
