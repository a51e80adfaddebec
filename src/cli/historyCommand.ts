/**
 * `thidua history import <book.xlsx> <earlier.xlsx>…`: brings earlier years' campaign workbooks into
 * this year's award history (trang "Lịch sử khen thưởng").
 */
import { importEarlierYears, type EarlierBook, type EarlierOutcome } from '../workflow';
import { saveWorkbookFile } from '../xlsx/workbookFile';
import { backupPath, refuseMacroWorkbook } from './bookFiles';
import { CliError, EXIT } from './cliError';
import type { Command } from './command';
import { fileProblem } from './fileProblem';
import { openCampaignBook } from './openCampaignBook';
import { resolvePath } from './resolvePath';

/** The `history` command. */
export const historyCommand: Command = {
  name: 'history',
  summary: 'Nhập lịch sử khen thưởng từ sổ thi đua các năm trước (xét CSTĐ bộ, tỉnh và toàn quốc).',
  usage: 'thidua history import <book.xlsx> <earlier.xlsx>…',
  help: [
    'Đưa danh hiệu các năm trước vào trang "Lịch sử khen thưởng" của sổ năm nay, để kiểm tra các danh',
    'hiệu cần nhiều năm liên tục (Chiến sĩ thi đua bộ, ban, ngành, tỉnh: 3 năm liên tục Chiến sĩ thi đua',
    'cơ sở; Chiến sĩ thi đua toàn quốc: 2 lần liên tục Chiến sĩ thi đua bộ, ban, ngành, tỉnh).',
    '',
    'Từ mỗi sổ năm trước, lệnh lấy: các dòng lịch sử khen thưởng của sổ đó, rồi các danh hiệu đăng ký',
    'năm đó (không lấy hình thức khen thưởng). Đăng ký chưa phải quyết định: cột "Số quyết định" để',
    'trống, hãy điền số quyết định và xoá dòng Hội đồng không công nhận.',
    '',
    'Chỉ thêm dòng: những gì đã có trong bảng được giữ nguyên. Dòng đã có (cùng năm, đối tượng, đơn vị,',
    'họ và tên, ngày sinh nếu có, mã danh hiệu) không thêm lại, nên nhập lại cùng một tệp không thay đổi',
    'gì. Sổ của cùng năm hoặc năm sau bị từ chối.',
    '',
    'Sổ được ghi qua một tệp tạm rồi đổi tên; bản trước đó được giữ ở <book>.bak.xlsx.',
    '',
    'Mã thoát: 0 đã nhập mọi tệp, 1 có tệp bị từ chối (các tệp khác vẫn được nhập) hoặc sổ có lỗi cấu',
    'trúc, 2 không đọc được một tệp, không ghi được sổ, sai cú pháp lệnh (khi đó không ghi gì).',
  ].join('\n'),
  args: {
    command: 'history',
    positionals: ['import', 'book.xlsx', 'earlier.xlsx'],
    repeatLast: true,
    flags: {},
    options: {},
  },
  async run(args, io) {
    const [action = '', shown = '', ...earlier] = args.positionals;
    if (action !== 'import') {
      throw new CliError(`Lệnh "history" chỉ có "import": thidua history import <book.xlsx> <earlier.xlsx>…`);
    }
    const file = resolvePath(io.cwd, shown);
    refuseMacroWorkbook(file, shown);
    const book = await openCampaignBook(file, shown);
    const books: EarlierBook[] = earlier.map((label) => ({
      label,
      read: async () => (await openCampaignBook(resolvePath(io.cwd, label), label)).host.read(),
    }));

    const result = await importEarlierYears(book.host, books);
    if (result.refusal.length > 0) {
      io.stdout.write(`Không nhập vào sổ "${shown}": sổ có lỗi, chưa ghi gì.\n`);
      for (const issue of result.refusal) io.stdout.write(`  ${issue.message}\n`);
      return EXIT.errorsFound;
    }
    if (result.written) {
      try {
        await saveWorkbookFile(book.workbook, file, { backup: backupPath(file) });
      } catch (error) {
        throw fileProblem(error, shown, 'write');
      }
    }
    io.stdout.write(report(shown, result.books, result.added));
    if (result.written) io.stdout.write(`Bản trước khi nhập: "${backupPath(shown)}".\n`);
    return result.books.every((b) => b.accepted) ? EXIT.ok : EXIT.errorsFound;
  },
};

/**
 * What the import did, in Vietnamese: per file, the rows added by year and title, and those already there.
 * @param shown - this year's file as the officer named it
 * @param books - what became of each earlier workbook
 * @param added - rows added in all
 * @returns the report's lines
 * @example
 * report('2024.xlsx', [], 0) // 'Sổ "2024.xlsx" không đổi: không có dòng lịch sử mới.\n'
 */
export function report(shown: string, books: readonly EarlierOutcome[], added: number): string {
  const lines = books.map((b) => {
    if (!b.accepted) return `  Từ chối "${b.label}": ${b.reason}`;
    const counts = new Map<string, number>();
    for (const e of b.added)
      counts.set(`${e.title} năm ${e.year}`, (counts.get(`${e.title} năm ${e.year}`) ?? 0) + 1);
    const detail = [...counts].map(([what, n]) => `${n} ${what}`).join(', ');
    const there = b.alreadyThere === 0 ? '' : `; ${b.alreadyThere} dòng đã có, không thêm lại`;
    return `  "${b.label}" (năm ${b.year}): thêm ${b.added.length} dòng${detail === '' ? '' : ` (${detail})`}${there}.`;
  });
  const head =
    added === 0
      ? `Sổ "${shown}" không đổi: không có dòng lịch sử mới.`
      : `Đã thêm ${added} dòng vào trang "Lịch sử khen thưởng" của sổ "${shown}". Hãy điền số quyết định cho các dòng lấy từ đăng ký.`;
  return [head, ...lines, ''].join('\n');
}
