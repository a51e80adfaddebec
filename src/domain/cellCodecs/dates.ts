import { isoToSerial, readTypedDate, type DateTextProblem } from '../dates';
import type { IsoDate } from '../model';
import { normaliseText } from './text';
import type { Parsed } from './result';
import { parseError, parsedValue } from './result';

/** The first day a workbook holds as a date (serial 1 of Excel's 1900 system). */
const FIRST_WORKBOOK_DATE = '01/01/1900';

/**
 * Why a text is no date, in both languages, worded so the officer knows what to correct: a text that
 * is not written as a date is told the form to use; a date the calendar lacks is told so, with the
 * days its month has, rather than being called a wrong form.
 * @param text - the text as typed (normalised)
 * @param problem - what reading it found
 * @returns the explanation
 * @example
 * dateProblemWords('31/02/2021', { kind: 'noSuchDay', day: 31, month: 2, year: 2021, daysInMonth: 28 }).vi
 * // 'ngày "31/02/2021" không có: tháng 2/2021 chỉ có 28 ngày; hãy sửa lại ngày'
 */
export function dateProblemWords(text: string, problem: DateTextProblem): { vi: string; en: string } {
  switch (problem.kind) {
    case 'noSuchDay':
      return {
        vi: `ngày "${text}" không có: tháng ${problem.month}/${problem.year} chỉ có ${problem.daysInMonth} ngày; hãy sửa lại ngày`,
        en: `"${text}" does not exist: ${problem.month}/${problem.year} has only ${problem.daysInMonth} days; correct the day`,
      };
    case 'noSuchMonth':
      return {
        vi: `"${text}" không có tháng ${problem.month} (tháng từ 1 đến 12); hãy nhập ngày trước, tháng sau: dd/mm/yyyy`,
        en: `"${text}" has no month ${problem.month} (months are 1 to 12); enter the day first, then the month: dd/mm/yyyy`,
      };
    case 'yearOutOfRange':
      return {
        vi: `"${text}": năm ${problem.year} nằm ngoài khoảng sổ ghi được (từ ${FIRST_WORKBOOK_DATE}); hãy nhập năm đủ bốn chữ số`,
        en: `"${text}": the year ${problem.year} is outside what a workbook holds (from ${FIRST_WORKBOOK_DATE}); enter the year in four digits`,
      };
    case 'form':
      return {
        vi: `"${text}" không phải là một ngày; hãy nhập ngày theo dạng dd/mm/yyyy (ví dụ 30/01/2018)`,
        en: `"${text}" is not a date; enter it as dd/mm/yyyy (e.g. 30/01/2018)`,
      };
  }
}

/**
 * Reads a date typed into a cell as text: `d/m/yyyy`, `dd/mm/yyyy`, `dd-mm-yyyy`, `dd.mm.yyyy` or
 * `yyyy-mm-dd`. Day first, as Vietnamese write it; a two-digit year is refused rather than guessed, and
 * so is a day before 1900, which a workbook cannot hold as a date. A day the calendar lacks
 * (`31/02/2021`) is told so, not called a wrong form.
 * @param text - the text of the cell
 * @returns the ISO date, or why the text is no date
 * @example
 * parseDateText('2/1/2018') // { value: '2018-01-02' }
 */
export function parseDateText(text: string): Parsed<IsoDate> {
  const t = normaliseText(text);
  const read = readTypedDate(t);
  if ('iso' in read) {
    if (isoToSerial(read.iso) !== null) return parsedValue(read.iso);
    const year = Number(read.iso.slice(0, 4));
    const words = dateProblemWords(t, { kind: 'yearOutOfRange', year });
    return parseError(words.vi, words.en);
  }
  const words = dateProblemWords(t, read.problem);
  return parseError(words.vi, words.en);
}
