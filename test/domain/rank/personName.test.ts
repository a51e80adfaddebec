import fc from 'fast-check';
import { foldPersonName } from '../../../src/domain/rank/_lib/personName';

/** The folding the registration and cap checks are specified by, with the Vietnamese locale. */
function reference(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
}

describe('foldPersonName', () => {
  it.each([
    [' Nguyễn  Văn A ', 'nguyễn văn a'],
    ['NGUYỄN\tVĂN\u00a0A', 'nguyễn văn a'],
    ['Nguye\u0302\u0303n Văn A', 'nguyễn văn a'],
    ['Đặng Thị Ánh\n Tuyết', 'đặng thị ánh tuyết'],
    ['   ', ''],
    ['', ''],
  ])('folds %p to %p', (name, folded) => {
    expect(foldPersonName(name)).toBe(folded);
  });

  it('folds any text as the Vietnamese-locale reference does', () => {
    const piece = fc.oneof(
      fc.string(),
      fc.constantFrom(
        ' ',
        '  ',
        '\t',
        '\n',
        '\u00a0',
        '\u3000',
        '\ufeff',
        'İ',
        'I',
        'Σ',
        'Đ',
        'Ẫ',
        'e\u0302\u0301',
      ),
      fc.constantFrom('Nguyễn', 'VĂN', 'Thị', 'ÁNH', 'Hưng', 'Ỷ', 'ǅ'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const name = pieces.join('');
        expect(foldPersonName(name)).toBe(reference(name));
      }),
      { numRuns: 2000 },
    );
  });
});
