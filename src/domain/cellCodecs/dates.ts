import { isoToSerial, parseTypedDate } from '../dates';
import type { IsoDate } from '../model';
import { normaliseText } from './text';
import type { Parsed } from './result';
import { parseError, parsedValue } from './result';

/**
 * Reads a date typed into a cell as text: `d/m/yyyy`, `dd/mm/yyyy`, `dd-mm-yyyy`, `dd.mm.yyyy` or
 * `yyyy-mm-dd`. Day first, as Vietnamese write it; a two-digit year is refused rather than guessed, and
 * so is a day before 1900, which a workbook cannot hold as a date.
 * @param text - the text of the cell
 * @returns the ISO date, or why the text is no date
 * @example
 * parseDateText('2/1/2018') // { value: '2018-01-02' }
 */
export function parseDateText(text: string): Parsed<IsoDate> {
  const t = normaliseText(text);
  const iso = parseTypedDate(t);
  if (iso !== null && isoToSerial(iso) !== null) return parsedValue(iso);
  return parseError(
    `"${t}" không phải một ngày có thật; hãy nhập ngày theo dạng dd/mm/yyyy (ví dụ 30/01/2018)`,
    `"${t}" is not a real date; enter it as dd/mm/yyyy (e.g. 30/01/2018)`,
  );
}
