/**
 * Stage 3, explaining a result: a unit named by its code or its name, and why it stands where it does.
 * The pane, the command line and the workbook's explanation column give the same words.
 */
import { SCORE_HEADERS, TABLES } from '../domain/contract';
import { explainUnit, type UnitExplanation } from '../domain/explain';
import type { Unit } from '../domain/model';
import { headerKey } from '../domain/read';
import { parseA1, type WorkbookData } from '../domain/workbook';
import type { CellTarget } from '../layout/host';
import type { RankedBook } from './scores';

/** What asking for a unit's explanation gives: the explanation, or why there is none. */
export type ExplainOutcome =
  | { kind: 'explained'; explanation: UnitExplanation }
  /** No unit of the catalogue has that code or name; `near` lists units whose name contains it. */
  | { kind: 'unknown'; asked: string; near: Unit[] }
  /** Several units match the name: the officer names one by its code. */
  | { kind: 'ambiguous'; asked: string; matches: Unit[] };

/** Codes and names compared as a reader sees them: NFC, spaces folded, case ignored. */
function comparable(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
}

/**
 * Finds a unit by its code or its full name, then by a part of its name when only one unit has it.
 * @param units - the unit catalogue
 * @param asked - a code or a name as typed
 * @returns the units found: one when the match is certain
 * @example
 * findUnits(campaign.units, 'thanh tra sở').map((u) => u.code) // ['U2']
 */
export function findUnits(units: readonly Unit[], asked: string): Unit[] {
  const wanted = comparable(asked);
  if (wanted === '') return [];
  const byCode = units.filter((u) => comparable(u.code) === wanted);
  if (byCode.length > 0) return byCode;
  const byName = units.filter((u) => comparable(u.name) === wanted);
  if (byName.length > 0) return byName;
  return units.filter((u) => comparable(u.name).includes(wanted));
}

/**
 * Explains the result of the unit asked for, from the book's ranking.
 * @param book - a campaign and its rankings: a ranked book, or a score check's result
 * @param asked - the unit's code or name
 * @returns the explanation, or why there is none
 * @example
 * const outcome = explainResult(rankBook(book), 'VP');
 * if (outcome.kind === 'explained') outcome.explanation.sentences[0] // 'Văn phòng Sở: 94 điểm, hạng 1 trong Cụm 1.'
 */
export function explainResult(
  book: Pick<RankedBook, 'campaign' | 'rankings'>,
  asked: string,
): ExplainOutcome {
  const campaign = book.campaign;
  if (campaign === null) return { kind: 'unknown', asked, near: [] };
  const found = findUnits(campaign.units, asked);
  const [only] = found;
  if (only === undefined) return { kind: 'unknown', asked, near: [] };
  if (found.length > 1) return { kind: 'ambiguous', asked, matches: found };
  const explanation = explainUnit(campaign, only.code, book.rankings);
  return explanation === null ? { kind: 'unknown', asked, near: [] } : { kind: 'explained', explanation };
}

/**
 * The unit of the Scores row a cell belongs to: what a person selecting a row of Chấm điểm asks about.
 * @param data - the workbook as last read
 * @param target - the selected cell
 * @returns the unit's code, or null for a cell outside the table's data rows or a row without a code
 * @example
 * unitAtCell(data, { sheet: 'Chấm điểm', cell: 'F5' }) // 'TTR'
 */
export function unitAtCell(data: WorkbookData, target: CellTarget): string | null {
  const table = data.tables[TABLES.scores];
  const at = parseA1(target.cell);
  if (table === undefined || at === null) return null;
  if (table.sheet.trim().toLowerCase() !== target.sheet.trim().toLowerCase()) return null;
  const row = table.rows[at.row - table.origin.row - 1];
  const inside = at.col >= table.origin.col && at.col < table.origin.col + table.headers.length;
  const unitColumn = table.headers.findIndex((h) => headerKey(h) === headerKey(SCORE_HEADERS.unit));
  const code = row?.[unitColumn];
  if (!inside || row === undefined || unitColumn < 0 || code === null || code === undefined) return null;
  const text = String(code).trim();
  return text === '' ? null : text;
}
