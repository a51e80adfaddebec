import { displayValue } from '../../src/memory/displayValue';

describe('displayValue', () => {
  it.each([
    [95.5, '0.00', '95,50'],
    [95.5, null, '95,5'],
    [0.1 + 0.2, null, '0,3'],
    [1234567.891, '#,##0.00', '1.234.567,89'],
    [-0.001, '0.00', '0,00'],
    [7, '0', '7'],
    [0.705, '0.0%', '70,5%'],
    [43102, 'dd/mm/yyyy', '02/01/2018'],
    [12, '@', '12'],
    ['Văn phòng Sở', '0.00', 'Văn phòng Sở'],
    [true, null, 'TRUE'],
    [null, '0.00', ''],
  ])('shows %p under %p as %p', (value, format, expected) => {
    expect(displayValue(value, format)).toBe(expected);
  });
});
