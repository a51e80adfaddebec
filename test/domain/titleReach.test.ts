import { titleReach } from '../../src/domain/titleReach';

const COUNTS: Record<string, string[]> = { CSTD_BO: ['CSTDCS'], CSTDCS: ['LDTT'], A: ['B'], B: ['A'] };
const countsOf = (code: string): string[] => COUNTS[code] ?? [];

describe('titleReach', () => {
  it('follows counts from title to title and includes the title itself', () => {
    expect([...titleReach(countsOf)('CSTD_BO')].sort()).toEqual(['CSTDCS', 'CSTD_BO', 'LDTT']);
  });

  it('stops on a cycle', () => {
    expect([...titleReach(countsOf)('A')].sort()).toEqual(['A', 'B']);
  });

  it('reaches only itself for a code the catalogue lacks', () => {
    expect([...titleReach(countsOf)('XYZ')]).toEqual(['XYZ']);
  });

  it('asks for the counts of each title once', () => {
    const asked = jest.fn(countsOf);
    const reach = titleReach(asked);
    reach('CSTD_BO');
    reach('CSTD_BO');
    expect(asked).toHaveBeenCalledTimes(3);
  });
});
