import { formatDateVi, isoParts, parseDayMonth } from '../dates';
import type { IsoDate, Milestone } from '../model';
import { parseDateText } from './dates';
import { normaliseText, splitItems } from './text';
import type { Parsed } from './result';
import { parseError, parsedValue } from './result';

/** The dates of the phase a milestone list belongs to: they give the year a `dd/mm` leaves out. */
export interface PhaseSpan {
  start: IsoDate;
  end: IsoDate;
}

/**
 * The year a `dd/mm` milestone falls in: the year of the phase in which that day lies inside the
 * phase (a phase may run over New Year), else the phase's first year.
 */
function yearFor(day: string, span: PhaseSpan): number | null {
  const first = isoParts(span.start)?.year;
  const last = isoParts(span.end)?.year ?? first;
  if (first === undefined || last === undefined) return null;
  for (let year = first; year <= last; year++) {
    const iso = parseDayMonth(day, year);
    if (iso !== null && iso >= span.start && iso <= span.end) return year;
  }
  return first;
}

/**
 * Writes milestones as the `Mốc` column of the Phases table shows them. The year is left out when
 * the phase gives it back; without a phase, or for a date outside it, the full date is written.
 * @param milestones - the phase's milestones
 * @param span - the phase's start and end
 * @returns e.g. `03/02: Kỷ niệm thành lập Đảng; 30/04: Ngày Giải phóng miền Nam`
 * @example
 * formatMilestones([{ date: '2018-02-03', label: 'Kỷ niệm thành lập Đảng' }], { start: '2018-01-01', end: '2018-06-30' })
 * // '03/02: Kỷ niệm thành lập Đảng'
 */
export function formatMilestones(milestones: Milestone[], span?: PhaseSpan): string {
  return milestones
    .map((m) => {
      const full = formatDateVi(m.date);
      const short = full.slice(0, 5);
      const year = span === undefined ? null : yearFor(short, span);
      const date = year !== null && parseDayMonth(short, year) === m.date ? short : full;
      return m.label === '' ? date : `${date}: ${m.label}`;
    })
    .join('; ');
}

/**
 * Reads the `Mốc` column: items `dd/mm: <tên mốc>` separated by `;` or line breaks; the year comes
 * from the phase (`dd/mm/yyyy` sets it explicitly).
 * @param text - the cell text; empty means no milestone
 * @param span - the phase's start and end
 * @returns the milestones in the order written, or the first item that cannot be read
 * @example
 * parseMilestones('30/4: Ngày Giải phóng miền Nam', { start: '2018-01-01', end: '2018-06-30' })
 * // { value: [{ date: '2018-04-30', label: 'Ngày Giải phóng miền Nam' }] }
 */
export function parseMilestones(text: string, span: PhaseSpan): Parsed<Milestone[]> {
  const milestones: Milestone[] = [];
  for (const item of splitItems(text)) {
    const colon = item.indexOf(':');
    const dateText = normaliseText(colon < 0 ? item : item.slice(0, colon));
    const label = colon < 0 ? '' : normaliseText(item.slice(colon + 1));
    const year = yearFor(dateText, span);
    const short = year === null ? null : parseDayMonth(dateText, year);
    const full = parseDateText(dateText);
    const date = short ?? ('value' in full ? full.value : null);
    if (date === null) {
      return parseError(
        `không hiểu mốc "${item}"; hãy viết theo mẫu "30/4: Ngày Giải phóng miền Nam", các mốc cách nhau bằng dấu ";"`,
        `cannot read the milestone "${item}"; write it as "30/4: <name>", milestones separated by ";"`,
      );
    }
    milestones.push({ date, label });
  }
  return parsedValue(milestones);
}
