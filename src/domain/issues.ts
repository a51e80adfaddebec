import type { Issue, Severity } from './model';

/** Where an issue points in the workbook: table name, 1-based data row, header text. */
export interface IssueLocation {
  table: string;
  row: number | null;
  column: string | null;
}

/**
 * One entry of the issue catalogue: its severity and how to word it. `explain` is the short rule text
 * the task pane shows beside the issue, with the legal source where there is one.
 */
export interface IssueTemplate<P> {
  severity: Severity;
  vi: (p: P) => string;
  en: (p: P) => string;
  explain: { vi: string; en: string; source: string | null };
}

function template<P>(t: IssueTemplate<P>): IssueTemplate<P> {
  return t;
}

/**
 * The one catalogue of issue codes. Each stage adds its codes in its own section.
 * Messages say what is wrong and how to fix it, in Vietnamese first.
 */
export const ISSUES = {
  // --- reading the workbook (cells and tables) ---
  TABLE_MISSING: template<{ table: string; sheet: string }>({
    severity: 'error',
    vi: (p) => `Không tìm thấy bảng "${p.table}" (trang "${p.sheet}"). Hãy chạy lại "Tạo / cập nhật sổ thi đua".`,
    en: (p) => `Table "${p.table}" (sheet "${p.sheet}") is missing. Run "Set up / update the workbook" again.`,
    explain: {
      vi: 'Sổ thi đua lưu mọi dữ liệu trong các bảng có tên; thiếu bảng thì không đọc được.',
      en: 'The workbook keeps its data in named tables; a missing table cannot be read.',
      source: null,
    },
  }),
  COLUMN_MISSING: template<{ table: string; column: string }>({
    severity: 'error',
    vi: (p) =>
      `Bảng "${p.table}" thiếu cột "${p.column}" (cột bị đổi tên hoặc bị xoá). Hãy đặt lại đúng tên cột "${p.column}".`,
    en: (p) => `Table "${p.table}" has no column "${p.column}" (renamed or deleted). Restore the header "${p.column}".`,
    explain: {
      vi: 'Tên cột là một phần của mẫu sổ; đổi tên cột làm công thức và kiểm tra không tìm được dữ liệu.',
      en: 'Column headers are part of the workbook contract; a renamed column breaks formulas and checks.',
      source: null,
    },
  }),
  // --- campaign, registrations, scores: added by their validation stages ---
} as const;

/** A code of the catalogue. */
export type IssueCode = keyof typeof ISSUES;

/** The parameters a catalogue entry needs to word its message. */
export type IssueParams<K extends IssueCode> = Parameters<(typeof ISSUES)[K]['vi']>[0];

/**
 * Builds an issue from the catalogue.
 * @param code - catalogue code
 * @param params - values the message names
 * @param where - table, data row and column the issue points at
 * @param severity - overrides the catalogue's severity where a setting decides it (registration optional)
 * @returns the issue with its Vietnamese and English messages
 * @example
 * makeIssue('COLUMN_MISSING', { table: 'Scores', column: 'Mã cụm' }, { table: 'Scores', row: null, column: 'Mã cụm' })
 */
export function makeIssue<K extends IssueCode>(
  code: K,
  params: IssueParams<K>,
  where: IssueLocation,
  severity?: Severity,
): Issue {
  const entry = ISSUES[code] as IssueTemplate<IssueParams<K>>;
  return {
    code,
    severity: severity ?? entry.severity,
    table: where.table,
    row: where.row,
    column: where.column,
    message: entry.vi(params),
    messageEn: entry.en(params),
  };
}
