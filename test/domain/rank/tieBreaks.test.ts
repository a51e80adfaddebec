import { tieBreakKeys } from '../../../src/domain/rank';
import { campaignWith, criterion, link, score } from './rankBuilders';

describe('tieBreakKeys', () => {
  const criteria = [
    criterion('I.1', 'I'),
    criterion('I.2', 'I'),
    criterion('I.T', 'I', 'bonus'),
    criterion('I.D', 'I', 'deduction'),
    criterion('II.1', 'II'),
    criterion('T', 'T', 'bonus'),
    criterion('D', 'D', 'deduction'),
  ];
  const row = score(
    'U1',
    { 'I.1': 30, 'I.2': 10.5, 'I.T': 2, 'I.D': 1, 'II.1': 40, T: 3, D: 4 },
    { vote: 0.85 },
  );

  it('gives one key per link, in chain order', () => {
    const campaign = campaignWith({
      criteria,
      tieBreaks: [
        link.group('I'),
        link.criterion('II.1'),
        link.bonus(),
        link.deductions('desc'),
        link.input('vote'),
      ],
    });
    expect(tieBreakKeys(campaign, row)).toEqual([41.5, 40, 5, 5, 0.85]);
  });

  it('negates a key whose direction is asc, so higher always wins', () => {
    const campaign = campaignWith({ criteria, tieBreaks: [link.deductions('asc'), link.group('II', 'asc')] });
    expect(tieBreakKeys(campaign, row)).toEqual([-5, -40]);
  });

  it('reads blank cells and missing inputs of a scored unit as 0', () => {
    const campaign = campaignWith({
      criteria,
      tieBreaks: [
        link.criterion('II.1'),
        link.input('vote'),
        link.bonus(),
        link.deductions('asc'),
        link.group('II'),
      ],
    });
    const keys = tieBreakKeys(campaign, score('U1', { 'I.1': 10, 'II.1': null }));
    expect(keys).toEqual([0, 0, 0, 0, 0]);
    expect(keys.some((k) => Object.is(k, -0))).toBe(false);
  });

  it('gives an unscored unit null keys, not zeros', () => {
    const campaign = campaignWith({ criteria, tieBreaks: [link.group('I'), link.input('vote')] });
    expect(tieBreakKeys(campaign, score('U1', {}, { vote: 0.9 }))).toEqual([null, null]);
  });

  it("rounds every key to the campaign's precision", () => {
    const campaign = campaignWith({
      criteria: [criterion('A', 'I'), criterion('B', 'I')],
      tieBreaks: [link.group('I'), link.input('vote')],
      settings: { selfReviewGap: 5, precision: 1, registrationCheck: 'off' },
    });
    expect(tieBreakKeys(campaign, score('U1', { A: 0.1, B: 0.2 }, { vote: 0.456 }))).toEqual([0.3, 0.5]);
  });

  it('gives no keys when the campaign has no tie-break chain', () => {
    expect(tieBreakKeys(campaignWith({ criteria }), row)).toEqual([]);
  });
});
