/**
 * The history stage: earlier years' campaign workbooks brought into this year's award history
 * (`Lịch sử khen thưởng`), so the titles that need earlier years (CSTĐ bộ, CSTĐ toàn quốc) are
 * checked against them. Only rows are added: what the officer typed in the table stays as it is, and
 * importing the same workbook again adds nothing.
 */
import { HISTORY_HEADERS, SHEETS, TABLES } from '../domain/contract';
import {
  entriesFromCampaign,
  explainPastRuns,
  importHistory,
  type HistoryImport,
  type PastRunExplanation,
} from '../domain/history';
import type { Campaign } from '../domain/model';
import { findTable, headerKey } from '../domain/read';
import type { CellValue, WorkbookData } from '../domain/workbook';
import { wasRefused, type WorkbookHost } from '../layout/host';
import { historyRow } from '../layout/sheets/historySheet';
import { bookRefusal, readBook, type Book } from './book';
import { checkedIssues, type CheckedIssue } from './issues';
import { layOutAgain, planOrRefusal } from './plan';

/** An earlier year's workbook, read when the import comes to it. */
export interface EarlierBook {
  /** How the officer named the file, for the report. */
  label: string;
  read(): Promise<WorkbookData>;
}

/** What became of one earlier workbook. */
export type EarlierOutcome =
  (HistoryImport & { accepted: true; year: number }) | { label: string; accepted: false; reason: string };

/** What importing did. */
export interface HistoryImportResult {
  /** Why this year's workbook cannot take the history; empty otherwise. */
  refusal: CheckedIssue[];
  books: EarlierOutcome[];
  /** Rows added to the History table, all books together. */
  added: number;
  written: boolean;
}

/**
 * Imports earlier years' workbooks into this year's History table: the awards each records (its own
 * history, then its year's registrations of titles, decision number left blank) are added unless the
 * history already holds them. A workbook of the same or a later year is refused: its registrations are
 * not yet awards. A workbook made before the table existed gets it first (the layout applied again).
 * @param host - this year's workbook; it must offer `writeRows`
 * @param earlier - the earlier workbooks
 * @returns what each workbook added, and whether the workbook was written
 * @example
 * const result = await importEarlierYears(host, [{ label: '2023.xlsx', read: async () => data2023 }]);
 * result.added // 42; run again: 0
 */
export async function importEarlierYears(
  host: WorkbookHost,
  earlier: readonly EarlierBook[],
): Promise<HistoryImportResult> {
  let current = await host.read();
  let book = readBook(current);
  const refused = bookRefusal(book);
  if (refused !== null || book.campaign === null) {
    const issues = refused?.kind === 'unreadable' ? refused.issues : book.readIssues;
    return { refusal: checkedIssues(issues, current), books: [], added: 0, written: false };
  }
  const campaign = book.campaign;

  const outcomes: EarlierOutcome[] = [];
  const sources: { label: string; entries: ReturnType<typeof entriesFromCampaign> }[] = [];
  for (const item of earlier) {
    const read = readBook(await item.read());
    const other = read.campaign;
    if (other === null) {
      outcomes.push({ label: item.label, accepted: false, reason: unreadableReason(read) });
      continue;
    }
    if (other.year >= campaign.year) {
      outcomes.push({
        label: item.label,
        accepted: false,
        reason: `tệp là phong trào năm ${other.year}, không phải năm trước năm ${campaign.year}.`,
      });
      continue;
    }
    sources.push({ label: item.label, entries: entriesFromCampaign(other) });
    outcomes.push({ label: item.label, accepted: true, year: other.year, added: [], alreadyThere: 0 });
  }
  const { imports } = importHistory(campaign.history ?? [], sources);
  const byLabel = new Map(imports.map((i) => [i.label, i] as const));
  const books = outcomes.map((o) => (o.accepted ? { ...o, ...(byLabel.get(o.label) ?? {}) } : o));
  const added = imports.flatMap((i) => i.added);
  const result: HistoryImportResult = { refusal: [], books, added: added.length, written: false };
  if (added.length === 0) return result;
  if (host.writeRows === undefined) {
    throw new Error(`The ${host.kind} host cannot write rows: importing needs a workbook file.`);
  }

  if (findTable(current, TABLES.history) === null) {
    // A workbook older than the history table gets it, and nothing else changes.
    const laid = await host.applyPlan((data) => planOrRefusal(campaign, data));
    if (wasRefused(laid)) {
      return {
        ...result,
        refusal: checkedIssues(
          laid.refused.filter((i) => i.severity === 'error'),
          laid.current,
        ),
      };
    }
    current = await host.read();
    book = readBook(current);
  }
  const table = findTable(current, TABLES.history);
  if (table === null) throw new Error('The layout places the History table.');
  const order = Object.values(HISTORY_HEADERS).map(headerKey);
  const columnOf = table.headers.map((h) => order.indexOf(headerKey(h)));
  // Every cell already in the table is written back as it is: only rows are added.
  const kept = table.rows.map((row) => table.headers.map((_, j) => row[j] ?? null));
  const fresh = added.map((entry) => {
    const cells = historyRow(entry);
    return columnOf.map((k): CellValue => (k < 0 ? null : (cells[k] ?? null)));
  });
  await host.writeRows([{ table: table.name, headers: table.headers, rows: [...kept, ...fresh] }]);
  const outcome = await layOutAgain(host);
  if (wasRefused(outcome)) {
    return {
      ...result,
      refusal: checkedIssues(
        outcome.refused.filter((i) => i.severity === 'error'),
        outcome.current,
      ),
    };
  }
  return { ...result, written: true };
}

/**
 * The conditions on earlier years that this year's registrations meet, each with its years and the
 * decisions that give them, for the officer and the council to read beside the check's issues.
 * @param campaign - the campaign read from the workbook
 * @returns one explanation per met condition; none without a History table
 * @example
 * metPastRuns(campaign)[0]?.vi // 'Phạm Văn Bình đạt "Chiến sĩ thi đua cơ sở" (CSTDCS) 3 năm liên tục: …'
 */
export function metPastRuns(campaign: Campaign): PastRunExplanation[] {
  return explainPastRuns(campaign);
}

/** Why an earlier workbook gives no campaign: not a campaign workbook at all, or which cell stops it. */
function unreadableReason(book: Book): string {
  const refusal = bookRefusal(book);
  if (refusal?.kind === 'notCampaignBook') {
    return `tệp không phải sổ thi đua: không có trang nào của sổ ("${SHEETS.campaign}", "${SHEETS.registrations}", "${SHEETS.scores}"…) với bảng của nó.`;
  }
  const first = refusal?.issues[0];
  const where = first === undefined ? '' : ` Lỗi đầu tiên: ${first.message.replace(/\s*\n\s*/g, ' ')}`;
  return `không đọc được thông tin phong trào trong tệp; hãy mở tệp và kiểm tra sổ.${where}`;
}
