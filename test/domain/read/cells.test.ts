import { readCell, readCode, readDate, readNumber, readText } from '../../../src/domain/read';
import type { CellAt } from '../../../src/domain/read';

const at: CellAt = { sheet: 'Chấm điểm', table: 'Scores', row: 3, column: 'I.1' };

describe('readNumber', () => {
  it('takes a number cell as is and a blank one as null', () => {
    expect(readNumber(9.5, at)).toEqual({ value: 9.5 });
    expect(readNumber(null, at)).toEqual({ value: null });
    expect(readNumber('   ', at)).toEqual({ value: null });
  });

  it('reads "9,5" as 9.5 and says so', () => {
    const read = readNumber('9,5', at);
    expect(read.value).toBe(9.5);
    expect(read.issue).toMatchObject({
      code: 'NUMBER_DECIMAL_COMMA',
      severity: 'warning',
      table: 'Scores',
      row: 3,
      column: 'I.1',
    });
    expect(read.issue?.message).toContain('đã hiểu "9,5" là 9.5');
  });

  it('reads "9.5" typed as text with a warning', () => {
    expect(readNumber('9.5', at)).toMatchObject({
      value: 9.5,
      issue: { code: 'NUMBER_AS_TEXT', severity: 'warning' },
    });
  });

  it.each([['chín'], ['x'], ['9 điểm'], ['1.000,5']])(
    'refuses "%s", naming sheet, row, column and value',
    (text) => {
      const read = readNumber(text, at);
      expect(read.value).toBeNull();
      expect(read.issue).toMatchObject({ code: 'NUMBER_INVALID', severity: 'error' });
      for (const part of ['Chấm điểm', 'bảng chấm điểm', 'dòng thứ 3', '"I.1"', `"${text}"`])
        expect(read.issue?.message).toContain(part);
      for (const part of ['Chấm điểm', 'reviewed scores', 'row 3', '"I.1"', `"${text}"`])
        expect(read.issue?.messageEn).toContain(part);
    },
  );

  it('refuses TRUE / FALSE', () => {
    expect(readNumber(true, at)).toMatchObject({ value: null, issue: { code: 'NUMBER_INVALID' } });
  });
});

describe('readDate', () => {
  const dateAt: CellAt = { ...at, sheet: 'Đăng ký', table: 'Registrations', column: 'Ngày đăng ký' };

  it('reads a serial as an ISO date and a blank cell as null', () => {
    expect(readDate(43115, dateAt)).toEqual({ value: '2018-01-15' });
    expect(readDate(null, dateAt)).toEqual({ value: null });
  });

  it('reads a date typed as text with a warning', () => {
    expect(readDate('15/01/2018', dateAt)).toMatchObject({
      value: '2018-01-15',
      issue: { code: 'DATE_AS_TEXT', severity: 'warning' },
    });
  });

  it.each([['30/02/2018'], ['sáng mai'], [60], [false]])('refuses %p', (value) => {
    expect(readDate(value, dateAt)).toMatchObject({
      value: null,
      issue: { code: 'DATE_INVALID', severity: 'error' },
    });
  });

  it('says a day the calendar lacks does not exist, instead of calling its form wrong', () => {
    const read = readDate('31/02/2021', dateAt);
    expect(read.issue?.message).toContain('ngày "31/02/2021" không có: tháng 2/2021 chỉ có 28 ngày');
    expect(read.issue?.message).not.toContain('dd/mm/yyyy');
    expect(read.issue?.messageEn).toContain('2/2021 has only 28 days');
    expect(readDate('sáng mai', dateAt).issue?.message).toContain('theo dạng dd/mm/yyyy');
  });
});

describe('readText and readCode', () => {
  it('trims outer spaces, keeps line breaks in text and joins spaces in codes', () => {
    expect(readText('  Dòng 1\nDòng 2 ', at)).toEqual({ value: 'Dòng 1\nDòng 2' });
    const spaced = readCode(' CSTĐ  CS ', at);
    expect(spaced.value).toBe('CSTĐ CS');
    // Excel's formulas keep those spaces, so the sheet would not find the code: said, not silent.
    expect(spaced.issue).toMatchObject({ code: 'CODE_FORM_DIFFERS', severity: 'warning' });
    expect(readCode('CSTĐ CS', at)).toEqual({ value: 'CSTĐ CS' });
    expect(readCode('VP\u00a0', at).issue?.code).toBe('CODE_FORM_DIFFERS');
    expect(readText(null, at)).toEqual({ value: '' });
    expect(readCode(12, at)).toEqual({ value: '12' });
  });

  it('keeps a value starting with "=" as typed, with a warning', () => {
    const read = readText('=SUM(A1:A3)', at);
    expect(read.value).toBe('=SUM(A1:A3)');
    expect(read.issue).toMatchObject({ code: 'TEXT_FORMULA_LIKE', severity: 'warning' });
    expect(read.issue?.message).toContain('bắt đầu bằng "="');
  });
});

describe('readCell', () => {
  it('reads a label column and names the accepted labels when it cannot', () => {
    const subjectAt: CellAt = { ...at, column: 'Đối tượng' };
    expect(readCell('subject', 'Cá nhân', subjectAt)).toEqual({ value: 'individual' });
    const read = readCell('subject', 'tap the', subjectAt);
    expect(read.value).toBeNull();
    expect(read.issue?.code).toBe('VALUE_INVALID');
    expect(read.issue?.message).toContain('"Tập thể", "Cá nhân"');
  });

  it('reads rule lists written one item per line', () => {
    expect(readCell('gates', 'I.1 ≥ 2\nII.3 ≥ 5', at).value).toEqual([
      { criterion: 'I.1', min: 2 },
      { criterion: 'II.3', min: 5 },
    ]);
  });
});
