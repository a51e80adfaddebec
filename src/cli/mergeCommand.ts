/**
 * `thidua merge <cluster.xlsx> <unit.xlsx>… [--dry-run]`: consolidates the registrations and self-scores
 * each unit typed in its own copy of the campaign workbook into the cluster's workbook.
 */
import type { WorkbookData } from '../domain/workbook';
import { mergeUnitCopies, type CopyOutcome, type UnitCopy } from '../workflow';
import { readTablesOfFile } from '../xlsx/quickTables';
import { saveWorkbookFile } from '../xlsx/workbookFile';
import { backupPath, refuseMacroWorkbook } from './bookFiles';
import { EXIT } from './cliError';
import type { Command } from './command';
import { fileProblem } from './fileProblem';
import { openCampaignBook } from './openCampaignBook';
import { resolvePath } from './resolvePath';

/** The tables a unit's copy is read for: who it is from, and what it brings. */
const COPY_TABLES = ['Meta', 'Campaign', 'Registrations', 'SelfScores'];

/** The `merge` command. */
export const mergeCommand: Command = {
  name: 'merge',
  summary: 'Gộp đăng ký và điểm tự chấm các đơn vị gửi (mỗi đơn vị một bản sổ) vào sổ của cụm.',
  usage: 'thidua merge <cluster.xlsx> <unit.xlsx>… [--dry-run]',
  help: [
    'Mỗi đơn vị nhập đăng ký (trang Đăng ký) và điểm tự chấm (trang Tự chấm) vào bản sổ của mình rồi gửi',
    'cụm. Lệnh này đưa các dòng đó vào sổ cụm: chỉ dòng của đơn vị gửi được thêm hoặc thay, phần còn lại',
    'của sổ cụm giữ nguyên. Gộp lại cùng một tệp không thay đổi gì; thứ tự các tệp không ảnh hưởng kết quả.',
    '',
    'Đơn vị gửi được xác định từ nội dung tệp, không từ tên tệp:',
    '  - tệp phải cùng phong trào với sổ cụm: cùng mã phong trào lưu trong sổ (trang ẩn _meta), hoặc khi',
    '    một trong hai sổ không có mã, cùng tên và năm phong trào;',
    '  - tệp chỉ được có dòng của đúng một đơn vị: các dòng Đăng ký (theo Mã đơn vị) và dòng Tự chấm đã có',
    '    điểm. Đơn vị đó là đơn vị gửi, và phải có trong danh mục đơn vị của sổ cụm.',
    'Tệp có dòng của nhiều đơn vị, của phong trào khác, hoặc hai tệp của cùng một đơn vị bị từ chối, kèm',
    'lý do; các tệp khác vẫn được gộp.',
    '',
    'Dòng đăng ký của đơn vị gửi được thay bằng các dòng trong tệp, xếp thành một khối theo thứ tự đơn vị',
    'trong danh mục; dòng tự chấm của đơn vị được ghi đè bằng dòng trong tệp.',
    '',
    'Sổ cụm được ghi qua một tệp tạm rồi đổi tên; bản trước đó được giữ ở <cluster>.bak.xlsx.',
    '',
    'Tuỳ chọn:',
    '  --dry-run   chỉ liệt kê những gì sẽ thay đổi, không ghi gì',
    '  -h, --help  xem hướng dẫn này',
    '',
    'Mã thoát: 0 đã gộp mọi tệp, 1 có tệp bị từ chối (các tệp khác vẫn được gộp) hoặc sổ cụm có lỗi cấu',
    'trúc, 2 không đọc được một tệp, không ghi được sổ cụm, sai cú pháp lệnh (khi đó không ghi gì).',
  ].join('\n'),
  args: {
    command: 'merge',
    positionals: ['cluster.xlsx', 'unit.xlsx'],
    repeatLast: true,
    flags: { 'dry-run': [] },
    options: {},
  },
  async run(args, io) {
    const [shown = '', ...units] = args.positionals;
    const file = resolvePath(io.cwd, shown);
    const dryRun = args.flags.has('dry-run');
    if (!dryRun) refuseMacroWorkbook(file, shown);
    const book = await openCampaignBook(file, shown);
    const copies: UnitCopy[] = units.map((unit) => ({
      label: unit,
      read: () => readCopy(resolvePath(io.cwd, unit), unit),
    }));

    const result = await mergeUnitCopies(book.host, copies, { dryRun });
    if (result.refusal.length > 0) {
      io.stdout.write(`Không gộp vào sổ "${shown}": sổ cụm có lỗi cấu trúc, chưa ghi gì.\n`);
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
    io.stdout.write(report(shown, result.copies, { dryRun, changed: result.changed }));
    for (const note of result.notes) io.stdout.write(`Lưu ý: ${note}\n`);
    if (result.written) io.stdout.write(`Bản trước khi gộp: "${backupPath(shown)}".\n`);
    return result.copies.every((copy) => copy.accepted) ? EXIT.ok : EXIT.errorsFound;
  },
};

async function readCopy(file: string, shown: string): Promise<WorkbookData> {
  try {
    return await readTablesOfFile(file, COPY_TABLES);
  } catch (error) {
    throw fileProblem(error, shown, 'read');
  }
}

/**
 * What the merge did to each file, in Vietnamese.
 * @param cluster - the cluster's file as the officer named it
 * @param copies - what became of each unit's copy
 * @param state - a dry run or not, and whether anything changes
 * @returns the report's lines
 */
export function report(
  cluster: string,
  copies: readonly CopyOutcome[],
  state: { dryRun: boolean; changed: boolean },
): string {
  const lines = copies.map((copy) => {
    if (!copy.accepted) return `  Từ chối "${copy.label}": ${copy.reason}`;
    const { before, after, changed } = copy.registrations;
    const registrations = changed ? `đăng ký ${before} → ${after} dòng` : `đăng ký ${after} dòng, không đổi`;
    const self =
      copy.selfScores.length === 0 ? 'tự chấm không đổi' : `tự chấm đổi ${copy.selfScores.join(', ')}`;
    return `  "${copy.label}": ${copy.unit} (${copy.unitName}) — ${registrations}; ${self}.`;
  });
  const accepted = copies.filter((copy) => copy.accepted).length;
  const head = state.dryRun
    ? `Chạy thử, không ghi gì: ${accepted}/${copies.length} tệp gộp được vào sổ "${cluster}"${state.changed ? '' : ', sổ không đổi'}.`
    : state.changed
      ? `Đã gộp ${accepted}/${copies.length} tệp vào sổ "${cluster}".`
      : `Sổ "${cluster}" không đổi: ${accepted}/${copies.length} tệp gộp được, không có gì mới.`;
  return [head, ...lines, ''].join('\n');
}
