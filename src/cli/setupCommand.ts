/**
 * `thidua setup <book.xlsx>`: lays an existing campaign workbook out again from the campaign it holds, as
 * the pane's "Tạo / cập nhật sổ thi đua" does: units, criteria or titles typed in `Danh mục` get their
 * rows and columns; formulas, dropdowns, formats and protection are put back; every typed cell is kept.
 * The file is written through a temporary file and a rename, and the previous file is kept beside it.
 */
import { setUpCampaign } from '../workflow';
import { saveWorkbookFile } from '../xlsx/workbookFile';
import { backupPath, refuseMacroWorkbook } from './bookFiles';
import { EXIT } from './cliError';
import type { Command } from './command';
import { fileProblem } from './fileProblem';
import { openCampaignBook } from './openCampaignBook';
import { resolvePath } from './resolvePath';

/** The `setup` command. */
export const setupCommand: Command = {
  name: 'setup',
  summary: 'Cập nhật bố cục sổ thi đua theo danh mục hiện có, giữ nguyên mọi ô đã nhập.',
  usage: 'thidua setup <book.xlsx>',
  help: [
    'Làm lại bố cục sổ như nút "Tạo / cập nhật sổ thi đua" của ngăn tác vụ: đơn vị, tiêu chí, danh hiệu',
    'mới nhập ở trang Danh mục được thêm dòng, thêm cột; công thức, danh sách chọn, định dạng và khoá ô',
    'công thức được đặt lại. Mọi ô đã nhập được giữ nguyên.',
    '',
    'Sổ được ghi qua một tệp tạm rồi đổi tên; bản trước đó được giữ ở <book>.bak.xlsx cùng thư mục',
    '(ghi đè bản .bak.xlsx cũ). Sổ .xlsm (có macro) chỉ đọc được, không ghi: hãy lưu thành .xlsx.',
    '',
    'Tuỳ chọn:',
    '  -h, --help  xem hướng dẫn này',
    '',
    'Mã thoát: 0 đã cập nhật, 1 sổ có lỗi cấu trúc nên không ghi gì (xem danh sách), 2 không đọc hoặc',
    'không ghi được tệp, sai cú pháp lệnh.',
  ].join('\n'),
  args: { command: 'setup', positionals: ['book.xlsx'], flags: {}, options: {} },
  async run(args, io) {
    const shown = args.positionals[0] ?? '';
    const file = resolvePath(io.cwd, shown);
    refuseMacroWorkbook(file, shown);
    const book = await openCampaignBook(file, shown, 'setUp');
    const result = await setUpCampaign(book.host, book.campaign);
    if (!result.applied) {
      const errors = result.issues.filter((issue) => issue.severity === 'error');
      io.stdout.write(`Không cập nhật sổ "${shown}": sổ có ${errors.length} lỗi cấu trúc, chưa ghi gì.\n`);
      for (const issue of errors) {
        const place =
          issue.sheet === undefined ? issue.table : `${issue.sheet}${issue.cell ? `!${issue.cell}` : ''}`;
        io.stdout.write(`  ${place}: ${issue.message}\n`);
      }
      return EXIT.errorsFound;
    }
    const backup = backupPath(file);
    try {
      await saveWorkbookFile(book.workbook, file, { backup });
    } catch (error) {
      throw fileProblem(error, shown, 'write');
    }
    io.stdout.write(`Đã cập nhật sổ "${shown}": ${book.campaign.name}.\n`);
    const lines = [
      ...result.added.map((what) => `Thêm: ${what.vi}`),
      ...result.refreshed.map((what) => `Làm mới: ${what.vi}`),
      ...result.kept.map((what) => `Giữ nguyên: ${what.vi}`),
      ...result.notes.map((note) => `Lưu ý: ${note}`),
    ];
    for (const line of lines) io.stdout.write(`  ${line}\n`);
    io.stdout.write(`Bản trước khi cập nhật: "${backupPath(shown)}".\n`);
    return EXIT.ok;
  },
};
