import fc from 'fast-check';

/** Catalogue codes as officers write them: `LĐTT`, `CSTĐCS`, `I.1`, `CTĐ-TP`. */
export const code = fc
  .tuple(
    fc.constantFrom('L', 'Đ', 'T', 'C', 'S', 'I', 'V', 'X', 'A', 'ư', '1', '2'),
    fc.array(fc.constantFrom('L', 'Đ', 'T', 'C', 'S', 'I', 'V', '1', '2', '3', 'ơ'), { maxLength: 5 }),
    fc.option(fc.tuple(fc.constantFrom('.', '-', '_', '/'), fc.constantFrom('1', '2', 'A', 'Đ')), {
      nil: undefined,
    }),
  )
  .map(([head, tail, suffix]) => head + tail.join('') + (suffix ? suffix.join('') : ''));

/** A decimal with at most two decimals in [0, max]. */
export function decimal(max: number): fc.Arbitrary<number> {
  return fc.integer({ min: 0, max: max * 100 }).map((n) => n / 100);
}

/** Free text without the list separators, trimmed and non-empty. */
export const label = fc
  .array(fc.constantFrom('Kỷ', 'niệm', 'ngày', 'Đảng', '(%)', 'phiếu', 'bầu', '70', 'Tỷ', 'lệ', ':', 'Thi'), {
    minLength: 1,
    maxLength: 5,
  })
  .map((words) => words.join(' '));
