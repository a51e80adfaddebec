/**
 * `thidua print <book.xlsx> -o <out.pdf> [--sheet <name>]`: the workbook on paper, through LibreOffice,
 * as the sheets' page setup lays it out (A4, orientation, scale, repeated header rows, print areas).
 * In Excel the officer prints as usual; this is for a machine without Excel, or a PDF made by a script.
 *
 * The workbook is copied into a temporary folder first (LibreOffice leaves lock files beside what it
 * opens, and a chosen sheet is printed by hiding the others in the copy); the PDF is written beside its
 * target and renamed over it, so a failed print never leaves half a file.
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadWorkbookFile, saveWorkbookFile } from '../xlsx/workbookFile';
import { CliError, EXIT } from './cliError';
import type { Command } from './command';
import { fileProblem } from './fileProblem';
import { findSoffice, workbookToPdf } from './libreOffice';
import { resolvePath } from './resolvePath';

/** What the officer reads where LibreOffice is missing. */
export const NO_LIBREOFFICE =
  'Máy này chưa cài LibreOffice (không tìm thấy lệnh "soffice"), nên không in ra PDF được. ' +
  'Hãy cài LibreOffice (https://www.libreoffice.org, hoặc trên Debian/Ubuntu: ' +
  '"apt-get install libreoffice-calc") rồi chạy lại; trong Excel, in sổ như thường lệ (Tệp › In).';

/** The `print` command. */
export const printCommand: Command = {
  name: 'print',
  summary: 'In sổ thi đua (hoặc một trang) ra tệp PDF bằng LibreOffice, theo thiết lập trang in của sổ.',
  usage: 'thidua print <book.xlsx> -o <out.pdf> [--sheet <tên trang>]',
  help: [
    'In sổ ra PDF bằng LibreOffice (phải được cài trên máy), theo thiết lập trang in mà sổ đã có: khổ A4,',
    'chiều giấy, tỉ lệ, dòng tiêu đề lặp lại ở mỗi trang, vùng in (không in các cột phụ dùng cho công',
    'thức). Mọi công thức được tính lại trước khi in. Trong Excel, in như thường lệ (Tệp › In).',
    '',
    'Tệp PDF được ghi qua một tệp tạm rồi đổi tên (ghi đè tệp cũ cùng tên).',
    '',
    'Tuỳ chọn:',
    '  -o, --output <out.pdf>  tệp PDF cần ghi (bắt buộc)',
    '  --sheet <tên trang>     chỉ in một trang của sổ, ví dụ --sheet "Tổng hợp"',
    '  -h, --help              xem hướng dẫn này',
    '',
    'Mã thoát: 0 đã in, 2 không đọc hoặc không ghi được tệp, máy chưa cài LibreOffice, sai cú pháp lệnh.',
  ].join('\n'),
  args: { command: 'print', positionals: ['book.xlsx'], flags: {}, options: { output: ['o'], sheet: [] } },
  async run(args, io) {
    const shown = args.positionals[0] ?? '';
    const output = args.options.get('output');
    if (output === undefined || output.trim() === '') {
      throw new CliError('Thiếu tệp PDF cần ghi: thêm -o <tệp.pdf>, ví dụ: thidua print so.xlsx -o so.pdf');
    }
    if (path.extname(output).toLowerCase() !== '.pdf') {
      throw new CliError(`Tệp cần ghi "${output}" phải có đuôi .pdf.`);
    }
    const file = resolvePath(io.cwd, shown);
    const target = resolvePath(io.cwd, output);
    const soffice = await findSoffice(process.env.PATH);
    if (soffice === null) throw new CliError(NO_LIBREOFFICE);

    let workbook;
    try {
      workbook = await loadWorkbookFile(file);
    } catch (error) {
      throw fileProblem(error, shown, 'read');
    }
    const wanted = args.options.get('sheet');
    let printed = 'sổ';
    if (wanted !== undefined) {
      const sheets = workbook.worksheets.filter((sheet) => sheet.state !== 'veryHidden');
      const chosen = sheets.find((sheet) => sheet.name.trim().toLowerCase() === wanted.trim().toLowerCase());
      if (chosen === undefined) {
        const names = sheets.map((sheet) => `"${sheet.name}"`).join(', ');
        throw new CliError(`Sổ "${shown}" không có trang "${wanted}". Các trang của sổ: ${names}.`);
      }
      // LibreOffice prints the visible sheets, and a hidden one that has a print area: in the copy it
      // prints, the others are hidden and lose their print areas.
      for (const sheet of workbook.worksheets) {
        if (sheet === chosen) continue;
        if (sheet.state === 'visible') sheet.state = 'hidden';
        sheet.pageSetup.printArea = undefined;
      }
      chosen.state = 'visible';
      // The active sheet is shown, and printed, even when hidden: the chosen one becomes active.
      const index = workbook.worksheets.indexOf(chosen);
      const view = (workbook.views as typeof workbook.views | undefined)?.[0];
      workbook.views = [
        {
          x: 0,
          y: 0,
          width: 10000,
          height: 20000,
          visibility: 'visible',
          ...view,
          firstSheet: index,
          activeTab: index,
        },
      ];
      printed = `trang "${chosen.name}" của sổ`;
    }

    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'thidua-book-'));
    let pdf: Buffer;
    try {
      const copy = path.join(dir, `${path.basename(file, path.extname(file))}.xlsx`);
      await saveWorkbookFile(workbook, copy);
      pdf = await workbookToPdf(soffice, copy);
    } catch (error) {
      const words = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw new CliError(`LibreOffice không in được sổ "${shown}": ${words}`);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }

    const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
    try {
      await fs.writeFile(temporary, pdf);
      await fs.rename(temporary, target);
    } catch (error) {
      await fs.rm(temporary, { force: true });
      throw fileProblem(error, output, 'write');
    }
    io.stdout.write(`Đã in ${printed} "${shown}" ra "${output}".\n`);
    return EXIT.ok;
  },
};
