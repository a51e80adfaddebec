import { TABLES, TIE_BREAK_HEADERS } from '../contract';
import { makeIssue } from '../issues';
import type { Issue, TieBreak } from '../model';
import type { WorkbookData } from '../workbook';
import type { CellAt } from './_lib/at';
import type { Reading } from './_lib/reading';
import { hasError } from './_lib/reading';
import { parseTieBreak } from '../cellCodecs';
import { findTable, readTableRows } from './tableRows';

const SPEC = {
  order: { header: TIE_BREAK_HEADERS.order, kind: 'number', required: false },
  rule: { header: TIE_BREAK_HEADERS.rule, kind: 'text', required: true, mandatory: true },
  direction: { header: TIE_BREAK_HEADERS.direction, kind: 'text', required: true },
  label: { header: TIE_BREAK_HEADERS.label, kind: 'text', required: false },
} as const;

/**
 * Reads the TieBreaks table: the chain applied when totals are equal, in the order of `Thứ tự`
 * (rows without one keep their place after the numbered ones). A workbook without the table breaks
 * no tie, with a warning.
 * @param data - what the host read back
 * @returns the chain; unusable when a column is missing or a link cannot be read
 * @example
 * readTieBreaks(data).value[0] // { kind: 'group', group: 'I', direction: 'desc', label: 'Điểm nhóm I cao hơn' }
 */
export function readTieBreaks(data: WorkbookData): Reading<TieBreak[]> {
  const table = readTableRows(data, TABLES.tieBreaks, SPEC, 'expected');
  const sheet = findTable(data, TABLES.tieBreaks)?.sheet ?? '';
  const issues: Issue[] = [...table.issues];
  const links: { order: number; row: number; link: TieBreak }[] = [];
  for (const { row, cells } of table.rows) {
    if (cells.rule === '') continue;
    // The rule alone first, so a message points at the column that is wrong.
    const ruleOnly = parseTieBreak(cells.rule, '', '');
    const read = 'value' in ruleOnly ? parseTieBreak(cells.rule, cells.direction, cells.label) : ruleOnly;
    if ('value' in read) {
      links.push({ order: cells.order ?? Number.POSITIVE_INFINITY, row, link: read.value });
      continue;
    }
    const column = 'value' in ruleOnly ? TIE_BREAK_HEADERS.direction : TIE_BREAK_HEADERS.rule;
    const at: CellAt = { sheet, table: TABLES.tieBreaks, row, column };
    issues.push(makeIssue('VALUE_INVALID', { detail: read.error, detailEn: read.errorEn }, at));
  }
  links.sort((a, b) => a.order - b.order || a.row - b.row);
  return { value: links.map((l) => l.link), issues, usable: table.usable && !hasError(issues) };
}
