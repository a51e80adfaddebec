/**
 * `thidua check <book.xlsx> [--json]`: reads a campaign workbook and reports what is wrong in it.
 * Exit 0 when no error is found (warnings allowed), 1 when errors are, 2 only when the file cannot be
 * read or lacks a table or column the contract needs: a cell that cannot be read is an error at its cell.
 */
import type { Issue } from '../domain/model';
import { metPastRuns, wholeCheck } from '../workflow';
import type { Command } from './command';
import { EXIT } from './cliError';
import { openBookToCheck } from './openCampaignBook';
import { resolvePath } from './resolvePath';
import { textTable } from './textTable';

/** An issue as `check --json` prints it. */
export interface CheckIssueJson {
  code: string;
  severity: 'error' | 'warning';
  sheet: string | null;
  table: string;
  /** 1-based data row of the table. */
  row: number | null;
  column: string | null;
  /** A1 address. */
  cell: string | null;
  message: string;
}

/** What `check --json` prints. */
export interface CheckJson {
  ok: boolean;
  issues: CheckIssueJson[];
}

/** The `check` command. */
export const checkCommand: Command = {
  name: 'check',
  summary: 'Kiểm tra sổ thi đua: ô nhập sai, mã không có trong danh mục, đăng ký, điểm.',
  usage: 'thidua check <book.xlsx> [--json]',
  help: [
    'Đọc các bảng của sổ và liệt kê lỗi, cảnh báo kèm trang và ô (ví dụ Chấm điểm!E7).',
    '',
    'Tuỳ chọn:',
    '  --json      in kết quả dạng JSON: {"ok": …, "issues": [{"code", "severity", "sheet", "table",',
    '              "row", "column", "cell", "message"}]}; "row" là dòng dữ liệu của bảng (từ 1)',
    '  -h, --help  xem hướng dẫn này',
    '',
    'Mã thoát: 0 không có lỗi, 1 có lỗi, 2 không đọc được tệp hoặc sai cú pháp lệnh.',
  ].join('\n'),
  args: { command: 'check', positionals: ['book.xlsx'], flags: { json: [] }, options: {} },
  async run(args, io) {
    const shown = args.positionals[0] ?? '';
    const book = await openBookToCheck(resolvePath(io.cwd, shown), shown);
    const { issues, counts } = wholeCheck(book);
    const result: CheckJson = { ok: counts.errors === 0, issues: issues.map(toJson) };

    if (args.flags.has('json')) {
      io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    } else {
      io.stdout.write(humanReport(shown, result));
      if (book.campaign !== null) io.stdout.write(pastRunReport(metPastRuns(book.campaign)));
    }
    return counts.errors === 0 ? EXIT.ok : EXIT.errorsFound;
  },
};

function toJson(issue: Issue): CheckIssueJson {
  return {
    code: issue.code,
    severity: issue.severity,
    sheet: issue.sheet ?? null,
    table: issue.table,
    row: issue.row,
    column: issue.column,
    cell: issue.cell ?? null,
    message: issue.message,
  };
}

const SEVERITY_LABELS = { error: 'Lỗi', warning: 'Cảnh báo' } as const;

function humanReport(shown: string, result: CheckJson): string {
  const errors = result.issues.filter((issue) => issue.severity === 'error').length;
  const warnings = result.issues.length - errors;
  if (result.issues.length === 0) return `Sổ "${shown}": không có lỗi.\n`;
  const head = `Sổ "${shown}": ${errors} lỗi, ${warnings} cảnh báo.\n\n`;
  // Each message opens with its place, the cell first (`Chấm điểm!E7, cột "I.1": …`), as the pane words it.
  const rows = result.issues.map((issue) => [SEVERITY_LABELS[issue.severity], issue.message]);
  return head + textTable([{ header: 'Mức' }, { header: 'Nội dung' }], rows);
}

/**
 * The conditions on earlier years that registrations meet, so the council reads why a CSTĐ bộ passed
 * the check: the years, and the decisions that give them.
 */
function pastRunReport(met: readonly { vi: string }[]): string {
  if (met.length === 0) return '';
  return `\nĐiều kiện các năm trước đã đạt (${met.length}):\n${met.map((m) => `  ${m.vi}\n`).join('')}`;
}
