import { REGISTRATION_HEADERS, REGISTRATION_OPTIONAL_HEADERS, TABLES } from '../contract';
import type { Registration, Subject, Title } from '../model';
import type { WorkbookData } from '../workbook';
import type { Reading } from './_lib/reading';
import { readTableRows } from './tableRows';
import { sameCode } from '../cellCodecs/excelText';

const SPEC = {
  unit: { header: REGISTRATION_HEADERS.unit, kind: 'code', required: true },
  subject: { header: REGISTRATION_HEADERS.subject, kind: 'subject', required: true },
  person: { header: REGISTRATION_HEADERS.person, kind: 'text', required: true },
  position: { header: REGISTRATION_HEADERS.position, kind: 'text', required: false },
  title: { header: REGISTRATION_HEADERS.title, kind: 'code', required: true },
  date: { header: REGISTRATION_HEADERS.date, kind: 'date', required: true },
  note: { header: REGISTRATION_HEADERS.note, kind: 'text', required: false },
  salutation: { header: REGISTRATION_OPTIONAL_HEADERS.salutation, kind: 'text', required: false },
} as const;

/**
 * Who a registration is for when `Đối tượng` is blank or unreadable: the subject of the title
 * registered, else an individual when a name is given. Keeping the row lets the other checks run
 * on it; an unreadable label is still reported.
 */
function inferSubject(titleCode: string, person: string, titles: readonly Title[]): Subject {
  const title = titles.find((t) => sameCode(t.code, titleCode));
  if (title) return title.subject;
  return person === '' ? 'collective' : 'individual';
}

/**
 * Reads the Registrations table. A cell that cannot be read is reported and left blank (a date
 * becomes null), so one typing slip does not hide the other registrations.
 * @param data - what the host read back
 * @param titles - the title catalogue, to complete a blank `Đối tượng`
 * @returns the registrations, each with its 1-based data row; unusable when the table or a column is missing
 * @example
 * readRegistrations(data, titles).value[0] // { row: 1, unit: 'VP', subject: 'individual', person: 'Nguyễn Văn An', … }
 */
export function readRegistrations(data: WorkbookData, titles: readonly Title[]): Reading<Registration[]> {
  const table = readTableRows(data, TABLES.registrations, SPEC, 'required');
  const value = table.rows.map(({ row, cells: { salutation, ...cells } }) => ({
    row,
    ...cells,
    subject: cells.subject ?? inferSubject(cells.title, cells.person, titles),
    ...(salutation === '' ? {} : { salutation }),
  }));
  return { value, issues: table.issues, usable: table.usable };
}
