import { HISTORY_HEADERS, TABLES } from '../contract';
import type { HistoryEntry, Subject, Title } from '../model';
import type { WorkbookData } from '../workbook';
import type { Reading } from './_lib/reading';
import { findTable, readTableRows } from './tableRows';

const SPEC = {
  year: { header: HISTORY_HEADERS.year, kind: 'number', required: true, mandatory: true },
  subject: { header: HISTORY_HEADERS.subject, kind: 'subject', required: true },
  unit: { header: HISTORY_HEADERS.unit, kind: 'code', required: true, mandatory: true },
  person: { header: HISTORY_HEADERS.person, kind: 'text', required: true },
  birthDate: { header: HISTORY_HEADERS.birthDate, kind: 'date', required: false },
  title: { header: HISTORY_HEADERS.title, kind: 'code', required: true, mandatory: true },
  decision: { header: HISTORY_HEADERS.decision, kind: 'text', required: false },
  decisionDate: { header: HISTORY_HEADERS.decisionDate, kind: 'date', required: false },
} as const;

/**
 * Reads the History table (Lịch sử khen thưởng). A workbook made before the table existed reads as
 * having no history (`value` null), so the conditions on earlier years stay with the council, as
 * they were; `thidua setup` adds the table. A row without a whole year, a unit or a title is
 * reported (the read checks say which cell) and left out, so it cannot meet a condition by accident.
 * @param data - what the host read back
 * @param titles - the title catalogue, to complete a blank `Đối tượng`
 * @returns the entries in table order, or null when the workbook has no History table
 * @example
 * readHistory(data, titles).value?.[0] // { row: 1, year: 2023, subject: 'individual', unit: 'VP', person: 'Nguyễn Văn An', title: 'CSTDCS', … }
 */
export function readHistory(data: WorkbookData, titles: readonly Title[]): Reading<HistoryEntry[] | null> {
  if (findTable(data, TABLES.history) === null) return { value: null, issues: [], usable: true };
  const table = readTableRows(data, TABLES.history, SPEC, 'optional');
  const value: HistoryEntry[] = [];
  for (const { row, cells } of table.rows) {
    const { year, unit, title } = cells;
    if (year === null || !Number.isInteger(year) || unit === '' || title === '') continue;
    const subject: Subject =
      cells.subject ??
      titles.find((t) => t.code === title)?.subject ??
      (cells.person === '' ? 'collective' : 'individual');
    value.push({
      row,
      year,
      subject,
      unit,
      person: cells.person,
      birthDate: cells.birthDate,
      title,
      decision: cells.decision,
      decisionDate: cells.decisionDate,
    });
  }
  return { value, issues: table.issues, usable: table.usable };
}
