import fc from 'fast-check';
import { formatDateVi, isoToSerial, serialToIso } from '../../../src/domain/dates';
import { formatMilestones, parseDateText, parseMilestones } from '../../../src/domain/cellCodecs';
import { label } from './_arbitraries';

const isoDate = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('Excel serial dates', () => {
  it.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [43101, '2018-01-01'],
    [43465, '2018-12-31'],
    [2958465, '9999-12-31'],
  ])('reads serial %d as %s', (serial, iso) => {
    expect(serialToIso(serial)).toBe(iso);
    expect(isoToSerial(iso)).toBe(serial);
  });

  it('has no date for the phantom 29/02/1900, for serials below 1 and past 9999', () => {
    expect(serialToIso(60)).toBeNull();
    expect(serialToIso(0)).toBeNull();
    expect(serialToIso(2958466)).toBeNull();
    expect(isoToSerial('1900-02-29')).toBeNull();
  });

  it('drops the time of day', () => {
    expect(serialToIso(43101.75)).toBe('2018-01-01');
  });

  it('round-trips every day from 1900 to 9999', () => {
    fc.assert(
      fc.property(isoDate, (iso) => {
        const serial = isoToSerial(iso);
        expect(serial).not.toBeNull();
        expect(serialToIso(serial ?? 0)).toBe(iso);
      }),
    );
  });
});

describe('dates as text', () => {
  it('writes dd/mm/yyyy and reads it back', () => {
    expect(formatDateVi('2018-01-02')).toBe('02/01/2018');
    fc.assert(
      fc.property(isoDate, (iso) => {
        expect(parseDateText(formatDateVi(iso))).toEqual({ value: iso });
      }),
    );
  });

  it.each([
    ['2/1/2018', '2018-01-02'],
    ['02/01/2018', '2018-01-02'],
    ['02-01-2018', '2018-01-02'],
    ['2018-01-02', '2018-01-02'],
    [' 29/02/2020 ', '2020-02-29'],
  ])('reads "%s"', (text, iso) => {
    expect(parseDateText(text)).toEqual({ value: iso });
  });

  it.each([['30/02/2018'], ['sáng mai'], ['02/01/18'], ['13/13/2018'], ['']])('refuses "%s"', (text) => {
    expect(parseDateText(text)).toHaveProperty('error');
  });
});

describe('why a text is no date', () => {
  it('says a day the calendar lacks does not exist, with the days of its month', () => {
    expect(parseDateText('31/02/2021')).toEqual({
      error: 'ngày "31/02/2021" không có: tháng 2/2021 chỉ có 28 ngày; hãy sửa lại ngày',
      errorEn: '"31/02/2021" does not exist: 2/2021 has only 28 days; correct the day',
    });
  });

  it('gives the form to use only to a text not written as a date', () => {
    const form = parseDateText('sáng mai');
    expect(form).toHaveProperty('error', expect.stringContaining('dd/mm/yyyy'));
    expect(parseDateText('29/02/2019')).toHaveProperty('error', expect.not.stringContaining('dd/mm/yyyy'));
    expect(parseDateText('15/13/2021')).toHaveProperty('error', expect.stringContaining('tháng 13'));
    expect(parseDateText('31/12/1899')).toHaveProperty('error', expect.stringContaining('01/01/1900'));
  });
});

describe('milestones codec', () => {
  const firstHalf = { start: '2018-01-01', end: '2018-06-30' };

  it('writes dd/mm when the phase gives the year', () => {
    expect(
      formatMilestones(
        [
          { date: '2018-02-03', label: 'Kỷ niệm thành lập Đảng' },
          { date: '2018-04-30', label: 'Ngày Giải phóng miền Nam' },
        ],
        firstHalf,
      ),
    ).toBe('03/02: Kỷ niệm thành lập Đảng; 30/04: Ngày Giải phóng miền Nam');
  });

  it('takes the year from the phase, also across New Year', () => {
    expect(parseMilestones('30/4: Giải phóng; 19/5', firstHalf)).toEqual({
      value: [
        { date: '2018-04-30', label: 'Giải phóng' },
        { date: '2018-05-19', label: '' },
      ],
    });
    expect(parseMilestones('15/01: Tết', { start: '2018-12-01', end: '2019-02-28' })).toEqual({
      value: [{ date: '2019-01-15', label: 'Tết' }],
    });
  });

  it('reads back what it writes, with or without the phase', () => {
    const phase = fc
      .tuple(isoDate, fc.integer({ min: 0, max: 400 }))
      .map(([start, days]) => ({
        start,
        end: new Date(Date.parse(start) + days * 86_400_000).toISOString().slice(0, 10),
      }))
      .filter((p) => p.end <= '9999-12-31');
    fc.assert(
      fc.property(
        phase,
        fc.array(fc.record({ date: isoDate, label: fc.option(label, { nil: '' }) })),
        (span, list) => {
          expect(parseMilestones(formatMilestones(list, span), span)).toEqual({ value: list });
          expect(parseMilestones(formatMilestones(list), span)).toEqual({ value: list });
        },
      ),
    );
  });

  it('refuses a milestone without a date', () => {
    expect(parseMilestones('Giải phóng miền Nam', firstHalf)).toHaveProperty('error');
    expect(parseMilestones('31/02: không có', firstHalf)).toHaveProperty('error');
  });
});
