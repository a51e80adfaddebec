/**
 * `thidua summary <book.xlsx> [-o <out.xlsx>]`: compares the clusters and lists the award proposals;
 * with `-o`, also writes a copy of the workbook with its set-up (summary tables included) brought up to
 * date with the units, criteria and rows it now holds.
 */
import type { CampaignSummary } from '../domain/rank';
import { saveWorkbookFile } from '../xlsx/workbookFile';
import { proposedAwards, rankBook, refreshSummary, summaryOf } from '../workflow';
import { heldResults } from './rankCommand';
import { CliError } from './cliError';
import type { Command } from './command';
import { fileProblem } from './fileProblem';
import { formatNumber } from './formatNumber';
import { openCampaignBook } from './openCampaignBook';
import { resolvePath } from './resolvePath';
import { textTable } from './textTable';

/** The `summary` command. */
export const summaryCommand: Command = {
  name: 'summary',
  summary:
    'So sánh các cụm (điểm trung bình, cao nhất, thấp nhất, dẫn đầu) và danh sách đề nghị khen thưởng.',
  usage: 'thidua summary <book.xlsx> [-o <out.xlsx>]',
  help: [
    'In bảng so sánh các cụm và danh sách đề nghị khen thưởng, tính từ điểm đã nhập trong sổ.',
    '',
    'Tuỳ chọn:',
    '  -o, --output <out.xlsx>  ghi một bản sao của sổ với trang Tổng hợp và các bảng được cập nhật',
    '                           theo đơn vị, tiêu chí hiện có (sổ gốc không bị thay đổi)',
    '  -h, --help               xem hướng dẫn này',
  ].join('\n'),
  args: { command: 'summary', positionals: ['book.xlsx'], flags: {}, options: { output: ['o'] } },
  async run(args, io) {
    const shown = args.positionals[0] ?? '';
    const book = await openCampaignBook(resolvePath(io.cwd, shown), shown);
    let summary = summaryOf(book.campaign);

    const output = args.options.get('output');
    let written = '';
    if (output !== undefined) {
      const refreshed = await refreshSummary(book.host);
      if (refreshed.report === null || refreshed.summary === null) {
        throw new CliError(`Không cập nhật được sổ "${shown}": ${refreshed.refusal[0]?.message ?? ''}`);
      }
      summary = refreshed.summary;
      try {
        await saveWorkbookFile(book.workbook, resolvePath(io.cwd, output));
      } catch (error) {
        throw fileProblem(error, output, 'write');
      }
      written =
        `\nĐã ghi sổ đã cập nhật vào "${output}".\n` +
        refreshed.notes.map((note) => `Lưu ý: ${note}\n`).join('');
    }

    io.stdout.write(`${book.campaign.name}\n\n`);
    io.stdout.write(summaryText(summary));
    io.stdout.write(written);
    return heldResults(shown, rankBook(book).rankings, io.stderr);
  },
};

/**
 * The summary as text: the cluster comparison, then the proposals.
 * @param summary - from `summarise`
 * @returns the text
 */
export function summaryText(summary: CampaignSummary): string {
  const comparison = textTable(
    [
      { header: 'Mã cụm' },
      { header: 'Tên cụm', maxWidth: 40 },
      { header: 'Đơn vị', align: 'right' },
      { header: 'Đã chấm', align: 'right' },
      { header: 'Trung bình', align: 'right' },
      { header: 'Cao nhất', align: 'right' },
      { header: 'Thấp nhất', align: 'right' },
      { header: 'Dẫn đầu', maxWidth: 40 },
      { header: 'Hơn hạng nhì', align: 'right' },
    ],
    summary.clusters.map((c) => [
      c.cluster,
      c.name,
      String(c.units),
      String(c.scored),
      formatNumber(c.mean),
      formatNumber(c.max),
      formatNumber(c.min),
      c.leaderName ?? '',
      formatNumber(c.margin),
    ]),
  );
  const proposed = proposedAwards(summary);
  const proposals =
    proposed.length === 0
      ? 'Chưa có đơn vị nào được đề nghị khen thưởng.\n'
      : textTable(
          [
            { header: 'Cụm' },
            { header: 'Hạng', align: 'right' },
            { header: 'Đơn vị', maxWidth: 40 },
            { header: 'Tổng điểm', align: 'right' },
            { header: 'Đề nghị' },
            { header: 'Lý do' },
          ],
          proposed.map((p) => [
            p.cluster,
            `${p.rank}${p.tied ? '=' : ''}`,
            p.name,
            formatNumber(p.total),
            p.proposal,
            p.reason,
          ]),
        );
  return `So sánh các cụm\n${comparison}\nĐề nghị khen thưởng\n${proposals}`;
}
