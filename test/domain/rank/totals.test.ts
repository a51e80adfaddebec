import fc from 'fast-check';
import { roundLikeExcel, unitTotal } from '../../../src/domain/rank';
import { campaignWith, criterion, score } from './rankBuilders';

describe('roundLikeExcel', () => {
  it.each([
    [1.005, 2, 1.01],
    [2.675, 2, 2.68],
    [8.345, 2, 8.35],
    [0.285, 2, 0.29],
    [2.5, 0, 3],
    [-2.5, 0, -3],
    [-1.005, 2, -1.01],
    [1234.5, -2, 1200],
    [1250, -2, 1300],
    [95.4449, 2, 95.44],
    [7, 2, 7],
  ])('rounds %p to %p decimals as Excel does: %p', (x, digits, expected) => {
    expect(roundLikeExcel(x, digits)).toBe(expected);
  });

  it('rounds sums that binary floats store a hair off to the value on paper', () => {
    expect(roundLikeExcel(0.1 + 0.2, 2)).toBe(roundLikeExcel(0.3, 2));
    expect(roundLikeExcel(0.1 + 0.7, 1)).toBe(0.8);
  });

  it('never returns negative zero', () => {
    expect(Object.is(roundLikeExcel(-0.001, 2), 0)).toBe(true);
    expect(Object.is(roundLikeExcel(-0, 0), 0)).toBe(true);
  });

  it('truncates fractional digits as Excel does', () => {
    expect(roundLikeExcel(1.2345, 2.9)).toBe(1.23);
  });

  it('passes non-finite numbers through', () => {
    expect(roundLikeExcel(Number.POSITIVE_INFINITY, 2)).toBe(Number.POSITIVE_INFINITY);
    expect(roundLikeExcel(Number.NaN, 2)).toBeNaN();
  });

  it('is symmetric around zero and idempotent', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 6 }), (x, d) => {
        const r = roundLikeExcel(x, d);
        expect(roundLikeExcel(-x, d)).toBe(r === 0 ? 0 : -r);
        expect(roundLikeExcel(r, d)).toBe(r);
        expect(Math.abs(r - x)).toBeLessThanOrEqual(0.5 * 10 ** -d + 1e-9 * Math.max(1, Math.abs(x)));
      }),
    );
  });

  it('rounds every two-decimal half up at one decimal, however the float stores it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (n) => {
        // n = 123 gives 12.35, which Excel rounds to 12.4.
        const x = Number(`${Math.floor(n / 10)}.${n % 10}5`);
        expect(roundLikeExcel(x, 1)).toBe(Number(((Math.floor(n / 10) * 10 + (n % 10) + 1) / 10).toFixed(1)));
      }),
    );
  });
});

describe('unitTotal', () => {
  const campaign = campaignWith({
    criteria: [
      criterion('I.1', 'I'),
      criterion('I.2', 'I'),
      criterion('II.1', 'II'),
      criterion('T', 'T', 'bonus'),
      criterion('D', 'D', 'deduction'),
    ],
  });

  it('adds standard and bonus points and subtracts deductions entered as positive points', () => {
    expect(unitTotal(campaign, score('U1', { 'I.1': 40, 'I.2': 20.5, 'II.1': 30, T: 3, D: 2.25 }))).toBe(
      91.25,
    );
  });

  it('gives no total, not 0, to a row with no points in any criterion', () => {
    expect(unitTotal(campaign, score('U1', {}))).toBeNull();
    expect(unitTotal(campaign, score('U1', { 'I.1': null, D: null }))).toBeNull();
  });

  it('gives a total of 0 to a unit scored 0', () => {
    expect(unitTotal(campaign, score('U1', { 'I.1': 0 }))).toBe(0);
  });

  it('counts a unit with only a deduction as scored, with a negative total', () => {
    expect(unitTotal(campaign, score('U1', { D: 3 }))).toBe(-3);
  });

  it('ignores cells of codes that are not criteria of the catalogue', () => {
    expect(unitTotal(campaign, score('U1', { 'I.1': 10, X: 99 }))).toBe(10);
    expect(unitTotal(campaign, score('U1', { X: 99 }))).toBeNull();
  });

  it("rounds to the campaign's precision", () => {
    const oneDecimal = { ...campaign, settings: { ...campaign.settings, precision: 1 } };
    expect(unitTotal(oneDecimal, score('U1', { 'I.1': 80.25 }))).toBe(80.3);
    expect(unitTotal(oneDecimal, score('U1', { 'I.1': 80.24 }))).toBe(80.2);
  });

  it('makes totals equal on paper equal in value (0.1 + 0.2 and 0.3)', () => {
    const a = unitTotal(campaign, score('U1', { 'I.1': 0.1, 'I.2': 0.2 }));
    const b = unitTotal(campaign, score('U2', { 'I.1': 0.3 }));
    expect(a).toBe(b);
  });
});
