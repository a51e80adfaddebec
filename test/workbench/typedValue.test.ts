import fc from 'fast-check';
import { editText, typedValue } from '../../src/workbench/grid/typedValue';

describe('typedValue: what typing into a cell stores', () => {
  it('reads numbers with a decimal comma or point, a sign and a percent', () => {
    expect(typedValue('18,5', '0.00')).toBe(18.5);
    expect(typedValue('18.5', null)).toBe(18.5);
    expect(typedValue('-2', null)).toBe(-2);
    expect(typedValue('85%', null)).toBe(0.85);
    expect(typedValue(' 7 ', null)).toBe(7);
  });

  it('reads day-first dates as serials and keeps impossible dates as text', () => {
    expect(typedValue('30/01/2021', 'dd/mm/yyyy')).toBe(44226);
    expect(typedValue('1/3/1900', null)).toBe(61);
    expect(typedValue('31/02/2021', 'dd/mm/yyyy')).toBe('31/02/2021');
  });

  it('keeps text as typed in a text cell, after an apostrophe, and when it is no number', () => {
    expect(typedValue('0123', '@')).toBe('0123');
    expect(typedValue("'18", null)).toBe('18');
    expect(typedValue('XYZ', '@')).toBe('XYZ');
    expect(typedValue('Trường Cao đẳng Luật miền Bắc', null)).toBe('Trường Cao đẳng Luật miền Bắc');
    expect(typedValue('=1+1', null)).toBe('=1+1');
  });

  it('clears the cell for blank text and reads TRUE and FALSE as booleans', () => {
    expect(typedValue('', null)).toBeNull();
    expect(typedValue('   ', '@')).toBeNull();
    expect(typedValue('true', null)).toBe(true);
    expect(typedValue('FALSE', null)).toBe(false);
  });

  it('gives back the number a cell holds when its edit text is typed again', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000, max: 10_000_000 }),
        fc.constantFrom(null, '0.00', '#,##0'),
        (n, format) => {
          const value = n / 100;
          expect(typedValue(editText(value, null, format), format)).toBe(value);
        },
      ),
    );
  });

  it('gives back the date a cell holds when its edit text is typed again', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 80_000 }), (serial) => {
        expect(typedValue(editText(serial, null, 'dd/mm/yyyy'), 'dd/mm/yyyy')).toBe(serial);
      }),
    );
  });

  it('edits a formula cell from its formula', () => {
    expect(editText(3, '=COUNTIFS([Mã cụm],[@[Mã cụm]])', null)).toBe('=COUNTIFS([Mã cụm],[@[Mã cụm]])');
    expect(editText(0.705, null, '0.0%')).toBe('70,5%');
    expect(editText(null, null, null)).toBe('');
  });
});
