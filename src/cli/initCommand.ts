/**
 * `thidua init <out.xlsx> [--scenario <id> | --campaign <file.json>] [--force]`: sets up a new campaign
 * workbook from a seed scenario, a campaign file, or blank.
 */
import { promises as fs } from 'fs';
import type { Campaign } from '../domain/model';
import { blankCampaign, PRESET_IDS, presetById } from '../domain/presets';
import { createFileHost } from '../xlsx/fileHost';
import { newWorkbook, saveWorkbookFile } from '../xlsx/workbookFile';
import { setUpCampaign } from '../workflow';
import { CliError, EXIT } from './cliError';
import type { Command } from './command';
import { fileProblem } from './fileProblem';
import { readCampaignJson } from './readCampaignJson';
import { resolvePath } from './resolvePath';

/** The `init` command. */
export const initCommand: Command = {
  name: 'init',
  summary: 'Tạo sổ thi đua mới (.xlsx) từ một kịch bản mẫu, một tệp phong trào JSON hoặc trang trắng.',
  usage: 'thidua init <out.xlsx> [--scenario <id> | --campaign <file.json>] [--force]',
  help: [
    'Tạo sổ thi đua: các trang Phong trào, Danh mục, Đăng ký, Chấm điểm, Tổng hợp với bảng, công thức',
    'xếp hạng, danh sách chọn và khoá ô công thức.',
    '',
    'Tuỳ chọn:',
    '  --scenario <id>        dùng kịch bản mẫu; các mã: ' + PRESET_IDS.join(', '),
    '  --campaign <file.json> dùng phong trào trong tệp JSON (dạng Campaign)',
    '  --force                ghi đè tệp <out.xlsx> nếu đã có',
    '  -h, --help             xem hướng dẫn này',
    '',
    'Không có --scenario hay --campaign: tạo sổ trắng cho năm nay.',
    '',
    'Ví dụ:',
    '  thidua init hcm-2018.xlsx --scenario hcm-2018',
  ].join('\n'),
  args: {
    command: 'init',
    positionals: ['out.xlsx'],
    flags: { force: ['f'] },
    options: { scenario: [], campaign: [] },
  },
  async run(args, io) {
    const shown = args.positionals[0] ?? '';
    const out = resolvePath(io.cwd, shown);
    const scenario = args.options.get('scenario');
    const campaignFile = args.options.get('campaign');
    if (scenario !== undefined && campaignFile !== undefined) {
      throw new CliError('Chỉ dùng một trong hai: --scenario hoặc --campaign. Xem "thidua init --help".');
    }
    if (!args.flags.has('force') && (await exists(out))) {
      throw new CliError(`Tệp "${shown}" đã có. Dùng --force để ghi đè.`);
    }

    let campaign: Campaign;
    if (scenario !== undefined) {
      const preset = presetById(scenario);
      if (preset === undefined) {
        throw new CliError(`Không có kịch bản "${scenario}". Các kịch bản: ${PRESET_IDS.join(', ')}.`);
      }
      campaign = preset;
    } else if (campaignFile !== undefined) {
      campaign = await readCampaignJson(resolvePath(io.cwd, campaignFile), campaignFile);
    } else {
      campaign = blankCampaign(new Date().getFullYear());
    }

    const workbook = newWorkbook(campaign.name);
    const host = createFileHost(workbook);
    const result = await setUpCampaign(host, campaign);
    if (!result.applied) {
      const first = result.issues.find((issue) => issue.severity === 'error');
      throw new CliError(`Không tạo được sổ "${shown}": ${first?.message ?? ''}`);
    }
    try {
      await saveWorkbookFile(workbook, out);
    } catch (error) {
      throw fileProblem(error, shown, 'write');
    }

    const made = await host.read();
    const tables = Object.keys(made.tables).length;
    const visible = made.sheets.filter((sheet) => sheet.visibility === 'visible').length;
    io.stdout.write(`Đã tạo sổ thi đua "${shown}": ${campaign.name}.\n`);
    io.stdout.write(
      `${visible} trang, ${tables} bảng, ${campaign.units.length} đơn vị, ${campaign.criteria.length} tiêu chí.\n`,
    );
    if (campaign.sampleData)
      io.stdout.write('Lưu ý: đơn vị, đăng ký và điểm trong sổ là dữ liệu mẫu, không phải kết quả thật.\n');
    for (const note of result.notes) io.stdout.write(`Lưu ý: ${note}\n`);
    return EXIT.ok;
  },
};

async function exists(file: string): Promise<boolean> {
  try {
    await fs.lstat(file);
    return true;
  } catch {
    return false;
  }
}
