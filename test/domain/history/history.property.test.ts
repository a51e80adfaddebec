import fc from 'fast-check';
import type { HistoryEntry } from '../../../src/domain/model';
import {
  compareNames,
  entriesFromCampaign,
  explainPastRuns,
  importHistory,
} from '../../../src/domain/history';
import { rankCampaign } from '../../../src/domain/rank';
import { VN_2013 } from '../../../src/domain/rules/vn2013';
import { VN_2022 } from '../../../src/domain/rules/vn2022';
import { validateRegistrations } from '../../../src/domain/validate';
import { awarded, historyCampaign } from '../validate/fixtures/history';

const PEOPLE = ['Phạm Văn Bình', 'Nguyễn Thị Hoa', 'Trần Văn An', 'Lê Thị Mai'];
const TITLES = ['LDTT', 'CSTDCS', 'CSTD_BO', 'TTLDTT'];

const entry = (years: { min: number; max: number }): fc.Arbitrary<HistoryEntry> =>
  fc
    .record({
      year: fc.integer(years),
      person: fc.constantFrom(...PEOPLE),
      unit: fc.constantFrom('U1', 'U2', 'U3'),
      title: fc.constantFrom(...TITLES),
      birthDate: fc.constantFrom(null, '1980-01-02', '1990-05-06'),
    })
    .map(({ year, person, unit, title, birthDate }) => ({
      ...awarded(year, title, person),
      unit,
      birthDate,
    }));

const summary = (h: readonly HistoryEntry[]) =>
  h.map((e) => [e.year, e.unit, e.person, e.birthDate, e.title].join('|')).sort();

describe('importing history', () => {
  it('importing the same workbook twice equals importing it once', () => {
    fc.assert(
      fc.property(
        fc.array(entry({ min: 2015, max: 2023 }), { maxLength: 12 }),
        fc.array(entry({ min: 2015, max: 2023 }), { maxLength: 25 }),
        (current, earlier) => {
          const rows = current.map((e, i) => ({ ...e, row: i + 1 }));
          const once = importHistory(rows, [{ label: 'a.xlsx', entries: earlier }]);
          const twice = importHistory(once.history, [{ label: 'a.xlsx', entries: earlier }]);
          expect(twice.history).toEqual(once.history);
          expect(twice.imports[0]?.added).toEqual([]);
          // What the officer had stays first and unchanged.
          expect(once.history.slice(0, rows.length)).toEqual(rows);
          // As many awards whatever the order of the files (which row keeps a date of birth may differ).
          const half = Math.floor(earlier.length / 2);
          const a = earlier.slice(0, half);
          const b = earlier.slice(half);
          const ab = importHistory(rows, [
            { label: 'a', entries: a },
            { label: 'b', entries: b },
          ]).history;
          const ba = importHistory(rows, [
            { label: 'b', entries: b },
            { label: 'a', entries: a },
          ]).history;
          expect(summary(ab).length).toBe(summary(ba).length);
        },
      ),
    );
  });

  it('takes from an earlier campaign its own history, its registrations of titles (not forms, not the flag) and the flags its ranking proposed', () => {
    const campaign = historyCampaign(VN_2022, 2023, 'CSTDCS', [awarded(2021, 'CSTDCS')]);
    const entries = entriesFromCampaign(campaign);
    expect(entries[0]).toMatchObject({ year: 2021, title: 'CSTDCS', person: 'Phạm Văn Bình' });
    const flag = campaign.awardRules.flagTitle;
    const forms = new Set(campaign.titles.filter((t) => t.kind === 'form').map((t) => t.code));
    const titles = campaign.registrations.filter((r) => !forms.has(r.title) && r.title !== flag);
    const flags = rankCampaign(campaign).flatMap((c) =>
      c.units.filter((u) => u.proposalCode === flag && u.vote === null),
    );
    expect(flags.length).toBeGreaterThan(0);
    expect(entries.filter((e) => e.year === 2023 && e.title !== flag)).toHaveLength(titles.length);
    expect(entries.filter((e) => e.title === flag).map((e) => e.unit)).toEqual(flags.map((u) => u.unit));
    expect(entries.map((e) => e.row)).toEqual(entries.map((_, i) => i + 1));
  });
});

describe('conditions on earlier years', () => {
  it('adding a year outside every run changes no result', () => {
    fc.assert(
      fc.property(
        fc.constantFrom({ ruleSet: VN_2013, year: 2021 }, { ruleSet: VN_2022, year: 2024 }),
        fc.constantFrom('CSTD_BO', 'CSTD_TQ'),
        fc.array(fc.integer({ min: 1, max: 6 }), { maxLength: 5 }),
        fc.array(entry({ min: 1990, max: 2010 }), { minLength: 1, maxLength: 10 }),
        ({ ruleSet, year }, title, back, unrelated) => {
          const history = back.map((k) => awarded(year - k, k % 3 === 0 ? 'CSTD_BO' : 'CSTDCS'));
          const before = historyCampaign(ruleSet, year, title, history);
          const after = historyCampaign(ruleSet, year, title, [...history, ...unrelated]);
          const words = (c: typeof before) => validateRegistrations(c).map((i) => [i.code, i.row, i.message]);
          expect(words(after)).toEqual(words(before));
          expect(explainPastRuns(after)).toEqual(explainPastRuns(before));
        },
      ),
    );
  });

  it('names the missing years in the error, and explains a met run with its years and decisions', () => {
    const missing = validateRegistrations(
      historyCampaign(VN_2022, 2024, 'CSTD_BO', [awarded(2023, 'CSTDCS')]),
    );
    const issue = missing.find((i) => i.code === 'PREREQUISITE_PAST_RUN');
    expect(issue?.message).toContain('các năm 2022, 2023, 2024');
    expect(issue?.message).toContain('không có năm 2022');
    expect(issue?.message).toContain('Phạm Văn Bình');

    const met = historyCampaign(VN_2022, 2024, 'CSTD_BO', [awarded(2022, 'CSTDCS'), awarded(2023, 'CSTDCS')]);
    expect(explainPastRuns(met)).toEqual([
      expect.objectContaining({
        person: 'Phạm Văn Bình',
        title: 'CSTD_BO',
        vi: 'Phạm Văn Bình đạt "Chiến sĩ thi đua cơ sở" (CSTDCS) 3 năm liên tục: 2022 (QĐ 32/QĐ-STP ngày 20/12/2022), 2023 (QĐ 33/QĐ-STP ngày 20/12/2023), 2024 (đăng ký năm nay).',
      }),
    ]);
  });

  it('follows a person who moved unit by name and date of birth, and only then', () => {
    const moved = (birthDate: string | null) => ({ ...awarded(2022, 'CSTDCS'), unit: 'U5', birthDate });
    const here = { ...awarded(2023, 'CSTDCS'), birthDate: '1980-01-02' };
    const codes = (h: HistoryEntry[]) =>
      validateRegistrations(historyCampaign(VN_2022, 2024, 'CSTD_BO', h)).map((i) => i.code);
    expect(codes([moved('1980-01-02'), here])).not.toContain('PREREQUISITE_PAST_RUN');
    expect(codes([moved('1975-03-04'), here])).toContain('PREREQUISITE_PAST_RUN');
    expect(codes([moved(null), here])).toContain('PREREQUISITE_PAST_RUN');
  });
});

describe('compareNames', () => {
  it('is the same name whatever the Unicode form, case and spacing', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PEOPLE),
        fc.constantFrom('NFC', 'NFD'),
        fc.boolean(),
        (name, form, upper) => {
          const typed = ` ${(upper ? name.toUpperCase() : name).normalize(form).replace(/ /g, '  ')} `;
          expect(compareNames(name, typed)).toBe('same');
        },
      ),
    );
  });

  it('calls a name without diacritics or one letter apart near, never the same', () => {
    expect(compareNames('Phạm Văn Bình', 'Pham Van Binh')).toBe('near');
    expect(compareNames('Phạm Văn Bình', 'Phan Văn Bình')).toBe('near');
    expect(compareNames('Lê Văn Ân', 'Lê Văn An')).toBe('near');
    expect(compareNames('Phạm Văn Bình', 'Trần Thị Mai')).toBe('different');
    expect(compareNames('', '')).toBe('different');
  });
});
