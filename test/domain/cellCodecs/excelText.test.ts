import fc from 'fast-check';
import {
  CodeIndex,
  codeKey,
  countIfsText,
  readTypedNumber,
  sameCode,
  sheetMisses,
} from '../../../src/domain/cellCodecs';
import { excelCentury, readShortYearDate } from '../../../src/domain/dates';
import { readDate, readPoints } from '../../../src/domain/read';

const at = { sheet: 'Chấm điểm', table: 'Scores', row: 3, column: 'I.1' };

/** Codes with Vietnamese letters, as catalogues hold them. */
const codeArb = fc
  .array(fc.constantFrom(...'ABCĐĂÂÊÔƠƯabcđăâêôơưáàảãạếềểễệ0123456789.-'), { minLength: 1, maxLength: 8 })
  .map((chars) => chars.join(''))
  .filter((code) => /^[\p{L}\p{N}]/u.test(code));

describe('codes compared as Excel compares them', () => {
  it('finds a code typed in any case, with spaces around and in either Unicode form', () => {
    fc.assert(
      fc.property(
        codeArb,
        fc.boolean(),
        fc.constantFrom('', ' ', '\u00a0', '  '),
        fc.boolean(),
        (code, upper, pad, nfd) => {
          const cased = upper ? code.toUpperCase() : code.toLowerCase();
          const typed = pad + (nfd ? cased.normalize('NFD') : cased) + pad;
          expect(new CodeIndex([code]).find(typed)).toBe(code);
          expect(sameCode(typed, code)).toBe(true);
          // The sheet misses it exactly when spacing or the Unicode form differ, never for case alone.
          expect(sheetMisses(typed)).toBe(pad !== '' || typed !== typed.normalize('NFC'));
        },
      ),
    );
  });

  it('keeps accents apart, as Excel does', () => {
    expect(sameCode('LĐTT', 'LDTT')).toBe(false);
    expect(sameCode('Tiên', 'Tiến')).toBe(false);
    expect(codeKey(' Tiên\u00a0')).toBe('tiên');
    expect(new CodeIndex(['LĐTT']).has('ldtt')).toBe(false);
  });

  it('gives the first row its spelling when two rows differ only by case', () => {
    expect(new CodeIndex(['U1', 'u1']).find('U1')).toBe('U1');
  });

  it('counts as COUNTIFS counts: case ignored, spaces and Unicode form kept, numbers never a code', () => {
    expect(countIfsText(['Tiên', 'tiên', 'Tiên ', 'Tiên'.normalize('NFD'), 1, null], 'TIÊN')).toBe(2);
  });
});

describe('numbers typed as text, as Excel reads them typed into a number cell', () => {
  it('reads a percentage as its hundredth', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), (n) => {
        expect(readTypedNumber(`${n}%`)).toEqual({
          value: Number((n / 100).toPrecision(15)),
          form: 'percent',
        });
      }),
    );
    expect(readTypedNumber('90,5 %')).toEqual({ value: 0.905, form: 'percent' });
    expect(readTypedNumber('9,5')).toEqual({ value: 9.5, form: 'decimalComma' });
    expect(readTypedNumber('9.5')).toEqual({ value: 9.5, form: 'plain' });
    expect(readTypedNumber('%')).toBeNull();
    expect(readTypedNumber('chín')).toBeNull();
  });

  it('names a date in a points cell rather than counting its serial as points', () => {
    const read = readPoints(46096, at);
    expect(read.value).toBeNull();
    expect(read.issue?.code).toBe('POINTS_ARE_DATE');
    expect(read.issue?.message).toContain('15/03/2026');
    expect(readPoints(95, at)).toEqual({ value: 95 });
    expect(readPoints(12.5, at)).toEqual({ value: 12.5 });
  });
});

describe('two-digit years, as Excel reads them', () => {
  it('puts 00–29 in the 2000s and 30–99 in the 1900s', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 }), (yy) => {
        const year = excelCentury(yy);
        expect(year % 100).toBe(yy);
        expect(year).toBe(yy <= 29 ? 2000 + yy : 1900 + yy);
      }),
    );
  });

  it('reads a date typed with a two-digit year, with a warning naming it', () => {
    expect(readShortYearDate('15/03/26')).toBe('2026-03-15');
    expect(readShortYearDate('15/03/30')).toBe('1930-03-15');
    expect(readShortYearDate('31/02/26')).toBeNull();
    const read = readDate('20/1/18', { ...at, table: 'Registrations', column: 'Ngày đăng ký' });
    expect(read.value).toBe('2018-01-20');
    expect(read.issue?.code).toBe('DATE_TWO_DIGIT_YEAR');
    expect(read.issue?.message).toContain('"20/1/18"');
    expect(read.issue?.message).toContain('20/01/2018');
  });
});
