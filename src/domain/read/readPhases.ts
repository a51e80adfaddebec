import { PHASE_HEADERS, TABLES } from '../contract';
import { makeIssue } from '../issues';
import type { Issue, Phase } from '../model';
import type { WorkbookData } from '../workbook';
import type { Reading } from './_lib/reading';
import { hasError } from './_lib/reading';
import { readText } from './cells';
import { parseMilestones } from '../cellCodecs';
import { findTable, readTableRows } from './tableRows';

const SPEC = {
  name: { header: PHASE_HEADERS.name, kind: 'text', required: true, mandatory: true },
  start: { header: PHASE_HEADERS.start, kind: 'date', required: true, mandatory: true },
  end: { header: PHASE_HEADERS.end, kind: 'date', required: true, mandatory: true },
  milestones: { header: PHASE_HEADERS.milestones, kind: 'raw', required: false },
} as const;

/**
 * Reads the Phases table. The milestones cell is read once the phase's dates are known, since a
 * `dd/mm` milestone takes its year from them. A workbook without the table has no phases (with a
 * warning: a thematic campaign usually has some).
 * @param data - what the host read back
 * @returns the phases in table order; unusable when a column is missing or a phase cannot be read
 * @example
 * readPhases(data).value[0]?.milestones // [{ date: '2018-02-03', label: 'Kỷ niệm thành lập Đảng' }, …]
 */
export function readPhases(data: WorkbookData): Reading<Phase[]> {
  const table = readTableRows(data, TABLES.phases, SPEC, 'expected');
  const sheet = findTable(data, TABLES.phases)?.sheet ?? '';
  const issues: Issue[] = [...table.issues];
  const phases: Phase[] = [];
  for (const { row, cells } of table.rows) {
    if (cells.start === null || cells.end === null) continue;
    const at = { sheet, table: TABLES.phases, row, column: PHASE_HEADERS.milestones };
    const text = readText(cells.milestones, at);
    if (text.issue) issues.push(text.issue);
    const read = parseMilestones(text.value, { start: cells.start, end: cells.end });
    if (!('value' in read)) {
      issues.push(makeIssue('VALUE_INVALID', { detail: read.error, detailEn: read.errorEn }, at));
    }
    phases.push({
      name: cells.name,
      start: cells.start,
      end: cells.end,
      milestones: 'value' in read ? read.value : [],
    });
  }
  return { value: phases, issues, usable: table.usable && !hasError(issues) };
}
