import fc from 'fast-check';
import {
  addDays,
  daysBetween,
  formatDateVi,
  isIsoDate,
  isoParts,
  isoToSerial,
  parseDateVi,
  parseDayMonth,
  parseTypedDate,
  readDateVi,
  readTypedDate,
  serialOfUtcTime,
  serialToIso,
} from '../../src/domain/dates';

/** Every day the project accepts, 0100-01-01 to 9999-12-31, as `Date` writes it. */
const anyDay = fc
  .date({ min: new Date(Date.UTC(100, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** Days from 01/03/1900 on, where Excel's serials and a plain day count agree. */
const modernDay = fc
  .date({ min: new Date(Date.UTC(1900, 2, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const isLeap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const two = (n: number): string => String(n).padStart(2, '0');

describe('isIsoDate', () => {
  it('accepts every real day written yyyy-mm-dd', () => {
    fc.assert(fc.property(anyDay, (iso) => expect(isIsoDate(iso)).toBe(true)));
  });

  it('agrees with the calendar on every year, month and day, leap years included', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (year, month, day) => {
          const text = `${String(year).padStart(4, '0')}-${two(month)}-${two(day)}`;
          const date = new Date(Date.UTC(year, month - 1, day));
          const real =
            month >= 1 &&
            day >= 1 &&
            date.getUTCFullYear() === year &&
            date.getUTCMonth() === month - 1 &&
            date.getUTCDate() === day;
          expect(isIsoDate(text)).toBe(real);
        },
      ),
    );
  });

  it.each([
    ['2020-02-29', true],
    ['2000-02-29', true],
    ['2021-02-29', false],
    ['1900-02-29', false],
    ['2100-02-29', false],
    ['2021-02-31', false],
    ['0099-12-31', false],
    ['2021-1-05', false],
    ['30/01/2021', false],
    [null, false],
    [undefined, false],
    [20210130, false],
  ])('says %p is a date: %p', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});

describe('dd/mm/yyyy', () => {
  it('reads back every date it writes', () => {
    fc.assert(fc.property(anyDay, (iso) => expect(parseDateVi(formatDateVi(iso))).toBe(iso)));
  });

  it('writes the day first, in ten characters', () => {
    fc.assert(
      fc.property(anyDay, (iso) => {
        const text = formatDateVi(iso);
        expect(text).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
        expect(text.split('/').reverse().join('-')).toBe(iso);
      }),
    );
  });

  it('leaves text that is no ISO date as it is', () => {
    expect(formatDateVi('2021-02-30')).toBe('2021-02-30');
    expect(formatDateVi('sáng mai')).toBe('sáng mai');
  });

  it('reads one or two digits and any usual separator', () => {
    expect(parseDateVi('2/1/2018')).toBe('2018-01-02');
    expect(parseDateVi('02-01-2018')).toBe('2018-01-02');
    expect(parseDateVi('02.01.2018')).toBe('2018-01-02');
    expect(parseDateVi(' 30/01/2018 ')).toBe('2018-01-30');
  });

  it.each([['31/02/2021'], ['29/02/2021'], ['29/02/1900'], ['31/04/2018'], ['00/01/2018'], ['13/13/2018']])(
    'refuses %s, a day the calendar lacks',
    (text) => {
      expect(parseDateVi(text)).toBeNull();
      expect(parseTypedDate(text)).toBeNull();
    },
  );

  it.each([['02/01/18'], ['2018-01-02'], ['2/1'], ['sáng mai'], ['']])(
    'refuses %p as a day-first date',
    (text) => {
      expect(parseDateVi(text)).toBeNull();
    },
  );

  it('reads 29 February in leap years only', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 9999 }), (year) => {
        const text = `29/02/${String(year).padStart(4, '0')}`;
        expect(parseDateVi(text) !== null).toBe(isLeap(year));
      }),
    );
  });

  it('reads typed dates year first as well', () => {
    expect(parseTypedDate('2018-1-2')).toBe('2018-01-02');
    fc.assert(fc.property(anyDay, (iso) => expect(parseTypedDate(iso)).toBe(iso)));
  });

  it('tells a day its month lacks from a text that is no date', () => {
    expect(readTypedDate('31/02/2021')).toEqual({
      problem: { kind: 'noSuchDay', day: 31, month: 2, year: 2021, daysInMonth: 28 },
    });
    expect(readTypedDate('2021-04-31')).toEqual({
      problem: { kind: 'noSuchDay', day: 31, month: 4, year: 2021, daysInMonth: 30 },
    });
    expect(readTypedDate('15/13/2021')).toEqual({ problem: { kind: 'noSuchMonth', month: 13 } });
    expect(readTypedDate('01/01/0099')).toEqual({ problem: { kind: 'yearOutOfRange', year: 99 } });
    expect(readTypedDate('sáng mai')).toEqual({ problem: { kind: 'form' } });
    expect(readDateVi('2021-02-01')).toEqual({ problem: { kind: 'form' } });
  });

  it("finds a day past its month's end exactly where the calendar has none", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (year, month, day) => {
          const read = readDateVi(`${two(day)}/${two(month)}/${String(year).padStart(4, '0')}`);
          const real = parseDateVi(`${two(day)}/${two(month)}/${String(year).padStart(4, '0')}`) !== null;
          expect('iso' in read).toBe(real);
          if (!real) expect(read).toMatchObject({ problem: { kind: 'noSuchDay', day, month, year } });
        },
      ),
    );
  });

  it('completes a day and month with the year given', () => {
    expect(parseDayMonth('30/4', 2018)).toBe('2018-04-30');
    expect(parseDayMonth('29/02', 2020)).toBe('2020-02-29');
    expect(parseDayMonth('29/02', 2019)).toBeNull();
    expect(parseDayMonth('30/04/2018', 2018)).toBeNull();
  });
});

describe('Excel serials', () => {
  it('counts the phantom 29/02/1900 as Excel does', () => {
    expect(isoToSerial('1900-01-01')).toBe(1);
    expect(isoToSerial('1900-02-28')).toBe(59);
    expect(serialToIso(60)).toBeNull();
    expect(isoToSerial('1900-03-01')).toBe(61);
    expect(serialToIso(61)).toBe('1900-03-01');
  });

  it('has no serial for a day before 1900 or one that does not exist', () => {
    expect(isoToSerial('1899-12-31')).toBeNull();
    expect(isoToSerial('2021-02-31')).toBeNull();
    expect(serialToIso(-1)).toBeNull();
    expect(serialToIso(Number.NaN)).toBeNull();
  });

  it('gives consecutive serials to consecutive days', () => {
    fc.assert(
      fc.property(
        modernDay.filter((iso) => iso < '9999-12-31'),
        (iso) => {
          expect((isoToSerial(addDays(iso, 1)) ?? 0) - (isoToSerial(iso) ?? 0)).toBe(1);
        },
      ),
    );
  });

  it('reads a serial with a time of day as its day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2_958_465 }),
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        (day, time) => {
          expect(serialToIso(day + time)).toBe(serialToIso(day));
        },
      ),
    );
  });

  it('matches the plain day count that date libraries use from 01/03/1900 on', () => {
    fc.assert(
      fc.property(modernDay, (iso) => {
        expect(serialOfUtcTime(Date.parse(`${iso}T00:00:00Z`))).toBe(isoToSerial(iso));
      }),
    );
    expect(serialOfUtcTime(Date.UTC(2018, 0, 2, 18))).toBe(43102.75);
  });
});

describe('day arithmetic', () => {
  it('adds and counts days as inverses', () => {
    fc.assert(
      fc.property(modernDay, fc.integer({ min: -20_000, max: 20_000 }), (iso, days) => {
        const later = addDays(iso, days);
        fc.pre(isIsoDate(later));
        expect(daysBetween(iso, later)).toBe(days);
      }),
    );
  });

  it('steps over month ends and leap days', () => {
    expect(addDays('2018-01-30', 2)).toBe('2018-02-01');
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(addDays('2021-02-28', 1)).toBe('2021-03-01');
    expect(daysBetween('2020-01-01', '2021-01-01')).toBe(366);
  });

  it('splits a date into its parts', () => {
    fc.assert(
      fc.property(anyDay, (iso) => {
        const parts = isoParts(iso);
        expect(parts).not.toBeNull();
        const { year, month, day } = parts ?? { year: 0, month: 0, day: 0 };
        expect(new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10)).toBe(iso);
      }),
    );
  });
});
