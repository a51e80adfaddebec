// The tie-break "did not hold the flag last year" reads the award history where it holds last year's
// flags, in the sheet's formulas as in the domain, and the typed column where it does not.
import type { Campaign, HistoryEntry } from '../../src/domain/model';
import { FLAG_LAST_YEAR_INPUT } from '../../src/domain/rules';
import { buildCampaign, makeScoreRow } from '../domain/support/campaignBuilder';
import { domainStandings, hostWith, workbookStandings } from './evaluationHelpers';

const flag = (year: number, unit: string, title: string): HistoryEntry => ({
  row: 0,
  year,
  subject: 'collective',
  unit,
  person: '',
  birthDate: null,
  title,
  decision: `${year % 100}/QĐ-UBND`,
  decisionDate: `${year + 1}-01-10`,
});

/** U1 and U2 of cluster C1 tie on every point; the typed column says U2 held the flag last year. */
function tiedCampaign(history: HistoryEntry[] | undefined): Campaign {
  const base = buildCampaign();
  const same = { 'I.1': 18, 'II.1': 25, 'II.2': 15, 'III.1': 25, T: 0, TR: 0 };
  const flagTitle = base.awardRules.flagTitle;
  return buildCampaign({
    tieBreaks: [
      { kind: 'input', ...FLAG_LAST_YEAR_INPUT, direction: 'asc', label: 'Chưa được tặng Cờ năm trước' },
    ],
    scores: base.scores.map((s) =>
      s.unit === 'U1' || s.unit === 'U2'
        ? makeScoreRow({
            row: s.row,
            unit: s.unit,
            values: same,
            inputs: { [FLAG_LAST_YEAR_INPUT.key]: s.unit === 'U2' ? 1 : 0 },
          })
        : s,
    ),
    ...(history === undefined
      ? {}
      : { history: history.map((e, i) => ({ ...e, row: i + 1, title: e.title || flagTitle })) }),
  });
}

async function standings(campaign: Campaign) {
  const host = await hostWith(campaign);
  return { sheet: workbookStandings(await host.read()), domain: domainStandings(campaign) };
}

describe('the tie-break on last year’s flag', () => {
  it('reads the history where it holds last year’s flags, over the typed column, in the sheet as in the domain', async () => {
    const { sheet, domain } = await standings(tiedCampaign([flag(2020, 'U1', '')]));
    expect(domain.get('U2')?.rank).toBe(1);
    expect(domain.get('U1')?.rank).toBe(2);
    expect(sheet).toEqual(domain);
  });

  it('keeps to the typed column where the history has no flag of last year', async () => {
    const { sheet, domain } = await standings(tiedCampaign([flag(2018, 'U1', '')]));
    expect(domain.get('U1')?.rank).toBe(1);
    expect(domain.get('U2')?.rank).toBe(2);
    expect(sheet).toEqual(domain);
  });
});
