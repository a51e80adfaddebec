import fc from 'fast-check';
import type { Campaign, HistoryEntry } from '../../../src/domain/model';
import { checkPastRun, flagsLastYear } from '../../../src/domain/history';
import { pastRunIndex, pastRunQuestions } from '../../../src/domain/history/pastRunIndex';
import { foldPersonName } from '../../../src/domain/rank/_lib/personName';
import { VN_2013 } from '../../../src/domain/rules/vn2013';
import { VN_2022 } from '../../../src/domain/rules/vn2022';
import { registrationContext } from '../../../src/domain/validate/registrations/context';
import { makeRegistration } from '../support/campaignBuilder';
import { historyCampaign } from '../validate/fixtures/history';

/**
 * The lazy index reads only the titles and years the catalogue's runs can ask about and folds a
 * unit's names the first time one of its people is asked for. These properties hold it to a scan of
 * the whole history written the plainest way: every row, every name folded, on every question.
 */

const NAMES = ['Phạm Văn Bình', 'Nguyễn Thị Hoa'];
const UNITS = ['U1', 'U3', 'U5'];
const TITLES = ['LDTT', 'CSTDCS', 'CSTD_BO', 'CSTD_TQ', 'TTLDXS', 'CTD_BO', 'BK'];
const BIRTHS = [null, '1980-01-02', '1980-01-02', '1990-05-06'];

/** A name as another year's officer may have typed it: other case, spacing or Unicode form. */
const typed = fc
  .record({
    name: fc.constantFrom(...NAMES),
    form: fc.constantFrom('NFC', 'NFD'),
    upper: fc.boolean(),
    spaced: fc.boolean(),
    nearby: fc.boolean(),
  })
  .map(({ name, form, upper, spaced, nearby }) => {
    const base = nearby ? name.replace('Văn', 'Van') : name;
    const cased = upper ? base.toUpperCase() : base;
    return (spaced ? ` ${cased.replace(/ /g, '  ')} ` : cased).normalize(form);
  });

const entryOf = (year: number): fc.Arbitrary<HistoryEntry> =>
  fc
    .record({
      year: fc.integer({ min: year - 10, max: year }),
      subject: fc.constantFrom('individual' as const, 'individual' as const, 'collective' as const),
      unit: fc.constantFrom(...UNITS),
      person: typed,
      birthDate: fc.constantFrom(...BIRTHS),
      title: fc.constantFrom(...TITLES),
    })
    .map((e) => ({
      row: 0,
      ...e,
      person: e.subject === 'collective' ? '' : e.person,
      decision: `${e.year % 100}/QĐ-BTP`,
      decisionDate: `${e.year}-12-20`,
    }));

const regimes = fc.constantFrom({ ruleSet: VN_2013, year: 2021 }, { ruleSet: VN_2022, year: 2024 });

/** The person's entries by a scan of every row: the rule of {@link historyIndex}, stated once more. */
function scannedOfPerson(
  history: readonly HistoryEntry[],
  unit: string,
  person: string,
  relevant: (title: string) => boolean,
): HistoryEntry[] {
  const name = foldPersonName(person);
  const of = (e: HistoryEntry) =>
    e.subject === 'individual' && relevant(e.title) && name !== '' && foldPersonName(e.person) === name;
  const own = history.filter((e) => of(e) && e.unit === unit);
  const births = new Set(own.flatMap((e) => (e.birthDate === null ? [] : [e.birthDate])));
  const moved = history.filter(
    (e) => of(e) && e.unit !== unit && e.birthDate !== null && births.has(e.birthDate),
  );
  return [...own, ...moved];
}

/** The runs the registrations ask about, as the checks ask them. */
function asked(campaign: Campaign) {
  const context = registrationContext(campaign);
  const questions = pastRunQuestions(context).map(({ registration, run, heldThisYear }) => ({
    unit: registration.unit,
    person: registration.person,
    run,
    held: heldThisYear,
  }));
  return { context, questions };
}

const registrationOf = fc.record({
  unit: fc.constantFrom(...UNITS),
  person: typed,
  title: fc.constantFrom('CSTD_BO', 'CSTD_TQ', 'CSTDCS', 'LDTT'),
});

describe('the award history index', () => {
  it('answers every run the registrations ask about as a scan of the whole history does', () => {
    fc.assert(
      fc.property(
        regimes,
        fc.array(entryOf(2024), { maxLength: 40 }),
        fc.array(registrationOf, { minLength: 1, maxLength: 6 }),
        ({ ruleSet, year }, entries, registered) => {
          // Years of the generated rows are moved to end in the regime's campaign year.
          const history = entries.map((e) => ({ ...e, year: e.year - 2024 + year }));
          const built = historyCampaign(ruleSet, year, 'CSTD_BO', history);
          const first = built.registrations.length + 1;
          const campaign: Campaign = {
            ...built,
            registrations: [
              ...built.registrations,
              ...registered.map((r, i) => makeRegistration({ ...r, row: first + i, date: `${year}-01-15` })),
            ],
          };
          const { context, questions } = asked(campaign);
          const countsAs = (a: string, b: string) => context.countsAs(a, b);
          const index = pastRunIndex(campaign.history ?? [], year, pastRunQuestions(context), countsAs);
          const targets = [...new Set(questions.map((q) => q.run.title))];
          const relevant = (title: string) => targets.some((t) => countsAs(title, t));
          for (const { unit, person, run, held } of questions) {
            const lazy = checkPastRun(year, run, held, index.ofPerson(unit, person), countsAs);
            const scanned = checkPastRun(
              year,
              run,
              held,
              scannedOfPerson(campaign.history ?? [], unit, person, relevant),
              countsAs,
            );
            expect(lazy).toEqual(scanned);
            // The near-name warning reads the unit's names for the missing years: the same ones.
            const filling = (names: Iterable<[string, readonly HistoryEntry[]]>) =>
              [...names]
                .map(([other, list]): [string, number[]] => [
                  other,
                  list
                    .filter((e) => lazy.missing.includes(e.year) && countsAs(e.title, run.title))
                    .map((e) => e.row),
                ])
                .filter(([, rows]) => rows.length > 0)
                .sort(([a], [b]) => a.localeCompare(b));
            const scannedNames = new Map<string, HistoryEntry[]>();
            for (const e of campaign.history ?? [])
              if (
                e.subject === 'individual' &&
                e.unit === unit &&
                relevant(e.title) &&
                foldPersonName(e.person) !== ''
              )
                scannedNames.set(e.person, [...(scannedNames.get(e.person) ?? []), e]);
            expect(filling(index.namesOf(unit))).toEqual(filling(scannedNames));
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it("reads last year's flags as a scan of the whole history does", () => {
    fc.assert(
      fc.property(regimes, fc.array(entryOf(2024), { maxLength: 40 }), ({ ruleSet, year }, entries) => {
        const history = entries.map((e, i) => ({ ...e, row: i + 1, year: e.year - 2024 + year }));
        const campaign = { ...historyCampaign(ruleSet, year, 'CSTD_BO', []), history };
        const flag = campaign.awardRules.flagTitle;
        const scanned = new Set(
          history.filter((e) => e.year === year - 1 && e.title === flag).map((e) => e.unit),
        );
        expect(flagsLastYear(campaign)).toEqual(scanned.size === 0 ? null : scanned);
      }),
    );
  });
});
