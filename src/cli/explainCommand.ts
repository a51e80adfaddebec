/**
 * `thidua explain <book.xlsx> <unit> [--json]`: why a unit stands where it does — its points by group,
 * its self-score gap, the units just above and below and what parted them, each band and flag condition
 * with its numbers, and why it gets its proposal or none. Computed from the scores typed in the workbook.
 */
import { explainResult, rankBook } from '../workflow';
import { CliError, EXIT } from './cliError';
import type { Command } from './command';
import { openCampaignBook } from './openCampaignBook';
import { resolvePath } from './resolvePath';

/** The `explain` command. */
export const explainCommand: Command = {
  name: 'explain',
  summary:
    'Giải thích kết quả của một đơn vị: điểm theo nhóm, đơn vị liền trên, liền dưới, điều kiện, đề nghị.',
  usage: 'thidua explain <book.xlsx> <đơn vị> [--json]',
  help: [
    'Đơn vị được nêu bằng mã (VP) hoặc tên (“Văn phòng Sở”, không phân biệt hoa thường).',
    'In ra: tổng điểm và điểm theo nhóm tiêu chí; điểm kết hợp của Hội đồng (nếu thành viên chấm);',
    'chênh lệch tự chấm và thẩm định; đơn vị liền trên,',
    'liền dưới và cách nhau bao nhiêu điểm; tiêu chí phụ đã tách đơn vị với đơn vị bằng điểm; từng điều',
    'kiện xếp hạng, cờ thi đua đạt hay không với số liệu; lý do đề nghị hoặc không đề nghị.',
    '',
    'Tuỳ chọn:',
    '  --json      in dạng JSON: {"unit", "name", "cluster", "clusterName", "status", "total", "rank",',
    '              "tied", "tiedWith", "groups", "council", "self", "above", "below", "conditions",',
    '              "proposal", "reason", "sentences"}',
    '  -h, --help  xem hướng dẫn này',
    '',
    'Mã thoát: 0 xong; 1 khi đơn vị đang chờ sửa lỗi điểm (chưa có hạng); 2 không đọc được tệp, không có',
    'đơn vị đó, hoặc sai cú pháp lệnh.',
  ].join('\n'),
  args: { command: 'explain', positionals: ['book.xlsx', 'đơn vị'], flags: { json: [] }, options: {} },
  async run(args, io) {
    const shown = args.positionals[0] ?? '';
    const asked = args.positionals[1] ?? '';
    const book = await openCampaignBook(resolvePath(io.cwd, shown), shown);
    const outcome = explainResult(rankBook(book), asked);
    if (outcome.kind === 'ambiguous') {
      const listed = outcome.matches.map((u) => `${u.code} (${u.name})`).join('; ');
      throw new CliError(
        `Có ${outcome.matches.length} đơn vị khớp với "${asked}": ${listed}. Hãy nêu mã đơn vị.`,
      );
    }
    if (outcome.kind === 'unknown') {
      throw new CliError(
        `Sổ "${shown}" không có đơn vị "${asked}" ở trang Danh mục (bảng Đơn vị). Hãy nêu mã hoặc tên đơn vị như trong danh mục.`,
      );
    }
    const { explanation } = outcome;
    if (args.flags.has('json')) io.stdout.write(`${JSON.stringify(explanation, null, 2)}\n`);
    else io.stdout.write(explanation.sentences.map((s) => `${s}\n`).join(''));
    if (explanation.status === 'held') {
      io.stderr.write(
        `Đơn vị "${explanation.name}" chờ sửa lỗi điểm: chưa xếp hạng. Chạy "thidua check" để xem các ô cần sửa.\n`,
      );
      return EXIT.errorsFound;
    }
    return EXIT.ok;
  },
};
