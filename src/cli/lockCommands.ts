/**
 * `thidua lock <book.xlsx> --by <name> [--date dd/mm/yyyy]` and
 * `thidua unlock <book.xlsx> --by <name> --reason <text> [--date dd/mm/yyyy]`: the council's results locked
 * with who and when, sealed by a SHA-256 fingerprint; unlocked only with who and why recorded. The file is
 * written through a temporary file and a rename, the previous one kept beside it.
 */
import { formatDateVi, readDateVi } from '../domain/dates';
import type { IsoDate } from '../domain/model';
import {
  lockResults,
  setUpCampaign,
  todayIso,
  unlockResults,
  type LockOutcome,
  type LockRefusal,
} from '../workflow';
import { saveWorkbookFile } from '../xlsx/workbookFile';
import { backupPath, refuseMacroWorkbook } from './bookFiles';
import { CliError, EXIT } from './cliError';
import type { Command } from './command';
import type { CliIo } from './cliIo';
import { fileProblem } from './fileProblem';
import { openCampaignBook, type CampaignBook } from './openCampaignBook';
import type { ParsedArgs } from './parseArgs';
import { resolvePath } from './resolvePath';

function dayOf(args: ParsedArgs): IsoDate {
  const typed = args.options.get('date');
  if (typed === undefined) return todayIso();
  const reading = readDateVi(typed);
  if ('iso' in reading) return reading.iso;
  throw new CliError(`Ngày "${typed}" không đúng: hãy viết ngày dạng dd/mm/yyyy, ví dụ 15/12/2021.`);
}

function nameOf(args: ParsedArgs, command: string): string {
  const by = args.options.get('by')?.trim() ?? '';
  if (by === '')
    throw new CliError(`Hãy ghi người ${command === 'lock' ? 'chốt' : 'mở khoá'}: --by "Họ và tên".`);
  return by;
}

function refusalText(shown: string, refusal: LockRefusal): string {
  switch (refusal.kind) {
    case 'noWriter':
    case 'noCampaign':
      return `Không ghi được bản chốt vào sổ "${shown}".`;
    case 'alreadyLocked':
      return `Kết quả của sổ "${shown}" đã được ${refusal.signer.by} chốt ngày ${formatDateVi(refusal.signer.at)}. Muốn chốt lại, hãy mở khoá có ghi lý do (thidua unlock) trước.`;
    case 'notLocked':
      return `Kết quả của sổ "${shown}" chưa được chốt: không có gì để mở khoá.`;
    case 'held':
      return `Chưa chốt được: ${refusal.units.length} đơn vị chờ sửa lỗi điểm (${refusal.units.slice(0, 3).join('; ')}${refusal.units.length > 3 ? '; …' : ''}). Chạy "thidua check" để xem các ô cần sửa.`;
    case 'recordEdited':
      return `Bản ghi chốt kết quả của sổ "${shown}" đã bị sửa bằng tay: ${refusal.issues.map((i) => i.message).join(' ')}`;
    case 'noReason':
      return 'Mở khoá phải ghi lý do: --reason "lý do, theo biên bản của Hội đồng".';
  }
}

/** Writes the lock record, lays the workbook out again (protection follows the lock) and saves it. */
async function finish(book: CampaignBook, file: string, shown: string, outcome: LockOutcome): Promise<void> {
  if (!outcome.done) throw new CliError(refusalText(shown, outcome.refusal), EXIT.errorsFound);
  await setUpCampaign(book.host, book.campaign);
  try {
    await saveWorkbookFile(book.workbook, file, { backup: backupPath(file) });
  } catch (error) {
    throw fileProblem(error, shown, 'write');
  }
}

async function openForWrite(
  args: ParsedArgs,
  io: CliIo,
): Promise<{ book: CampaignBook; file: string; shown: string }> {
  const shown = args.positionals[0] ?? '';
  const file = resolvePath(io.cwd, shown);
  refuseMacroWorkbook(file, shown);
  return { book: await openCampaignBook(file, shown), file, shown };
}

/** The `lock` command. */
export const lockCommand: Command = {
  name: 'lock',
  summary: 'Chốt kết quả: ghi ngày, người chốt, dấu vân tay SHA-256 và bản lưu các giá trị đã chốt.',
  usage: 'thidua lock <book.xlsx> --by <họ và tên> [--date dd/mm/yyyy]',
  help: [
    'Chốt điểm, tự chấm, danh mục và các quy tắc xếp hạng của sổ: lưu các giá trị đó, ngày chốt, người chốt',
    'và dấu vân tay SHA-256 vào trang ẩn của sổ. Sau đó "thidua check" nêu từng ô bị sửa (ví dụ "Kết quả chốt',
    'ngày 15/12/2021 đã bị sửa: Chấm điểm!F7 từ 8 thành 9") và mọi chỗ sửa tay bản ghi chốt.',
    'Không chốt được khi còn đơn vị chờ sửa lỗi điểm.',
    '',
    'Tuỳ chọn:',
    '  --by <tên>     người chốt (bắt buộc)',
    '  --date <ngày>  ngày chốt dd/mm/yyyy (mặc định: hôm nay)',
    '  -h, --help     xem hướng dẫn này',
    '',
    'Mã thoát: 0 đã chốt; 1 không chốt (đã chốt rồi, còn lỗi điểm, bản ghi bị sửa tay); 2 không đọc hoặc',
    'không ghi được tệp, sai cú pháp lệnh.',
  ].join('\n'),
  args: { command: 'lock', positionals: ['book.xlsx'], flags: {}, options: { by: [], date: [] } },
  async run(args, io) {
    const by = nameOf(args, 'lock');
    const at = dayOf(args);
    const { book, file, shown } = await openForWrite(args, io);
    const outcome = await lockResults(book.host, { at, by });
    await finish(book, file, shown, outcome);
    if (outcome.done) {
      io.stdout.write(
        `Đã chốt kết quả sổ "${shown}" ngày ${formatDateVi(at)}, người chốt: ${by}; ${outcome.cells} ô của ${outcome.tables.length} bảng.\n` +
          `Dấu vân tay SHA-256: ${outcome.fingerprint}\n`,
      );
    }
    return EXIT.ok;
  },
};

/** The `unlock` command. */
export const unlockCommand: Command = {
  name: 'unlock',
  summary: 'Mở khoá kết quả đã chốt, ghi lại người mở, ngày và lý do.',
  usage: 'thidua unlock <book.xlsx> --by <họ và tên> --reason <lý do> [--date dd/mm/yyyy]',
  help: [
    'Mở khoá kết quả đã chốt để sửa theo quyết định của Hội đồng. Lần mở khoá được ghi lại trong sổ',
    '(người mở, ngày, lý do, lần chốt được mở), không bao giờ âm thầm. Sửa xong, chốt lại bằng "thidua lock".',
    '',
    'Tuỳ chọn:',
    '  --by <tên>       người mở khoá (bắt buộc)',
    '  --reason <text>  lý do (bắt buộc), ví dụ theo biên bản họp Hội đồng',
    '  --date <ngày>    ngày mở khoá dd/mm/yyyy (mặc định: hôm nay)',
    '  -h, --help       xem hướng dẫn này',
    '',
    'Mã thoát: 0 đã mở khoá; 1 sổ chưa chốt; 2 không đọc hoặc không ghi được tệp, thiếu lý do, sai cú pháp.',
  ].join('\n'),
  args: {
    command: 'unlock',
    positionals: ['book.xlsx'],
    flags: {},
    options: { by: [], reason: [], date: [] },
  },
  async run(args, io) {
    const by = nameOf(args, 'unlock');
    const reason = args.options.get('reason')?.trim() ?? '';
    if (reason === '') throw new CliError(refusalText('', { kind: 'noReason' }));
    const at = dayOf(args);
    const { book, file, shown } = await openForWrite(args, io);
    const outcome = await unlockResults(book.host, { at, by }, reason);
    await finish(book, file, shown, outcome);
    io.stdout.write(
      `Đã mở khoá kết quả sổ "${shown}" ngày ${formatDateVi(at)}, người mở: ${by}; lý do: ${reason}.\n`,
    );
    return EXIT.ok;
  },
};
