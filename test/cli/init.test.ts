import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { rankJson } from '../../src/cli/rankCommand';
import { rankCampaign } from '../../src/domain/rank';
import { PRESET_IDS, presetById } from '../../src/domain/presets';
import { runCli } from './runCli';
import { candidateVotes } from '../../src/workflow';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'thidua-init-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('thidua init', () => {
  it('knows the five seed scenarios and the THADS ranking', () => {
    expect([...PRESET_IDS].sort()).toEqual(
      [
        'cum-2-bo-tu-phap-2021',
        'hcm-2018',
        'hue-2021',
        'mien-nui-phia-bac-2017',
        'thads-2015',
        'tien-giang-2018',
      ].sort(),
    );
  });

  it.each([...PRESET_IDS])(
    'sets up %s, and the ranking read back from the file is the domain ranking',
    async (id) => {
      const file = `${id}.xlsx`;
      const init = await runCli(['init', file, '--scenario', id], dir);
      expect(init.stderr).toBe('');
      expect(init.code).toBe(0);
      expect(init.stdout).toContain(`Đã tạo sổ thi đua "${file}"`);

      const rank = await runCli(['rank', file, '--json'], dir);
      expect(rank.stderr).toBe('');
      expect(rank.code).toBe(0);
      const preset = presetById(id);
      if (preset === undefined) throw new Error(id);
      expect(JSON.parse(rank.stdout)).toEqual(
        rankJson(rankCampaign(preset), candidateVotes({ campaign: preset })),
      );
    },
  );

  it('prints the ranking as aligned Vietnamese tables', async () => {
    await runCli(['init', 'bang.xlsx', '--scenario', 'cum-2-bo-tu-phap-2021'], dir);
    const rank = await runCli(['rank', 'bang.xlsx'], dir);
    expect(rank.code).toBe(0);
    expect(rank.stdout).toMatch(/Hạng\s+Mã\s+Tên đơn vị\s+Tổng điểm\s+Ghi chú\s+Đề nghị/);
    expect(rank.stdout).toContain('Trường Đại học Luật Hà Nội');
    expect(rank.stdout).toBe(rank.stdout.normalize('NFC'));
  });

  it('refuses to overwrite a file without --force, and overwrites it with --force', async () => {
    const file = path.join(dir, 'co-san.xlsx');
    await fs.writeFile(file, 'bản cũ');
    const refused = await runCli(['init', 'co-san.xlsx', '--scenario', 'hue-2021'], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('thidua init: Tệp "co-san.xlsx" đã có. Dùng --force để ghi đè.\n');
    expect(await fs.readFile(file, 'utf8')).toBe('bản cũ');

    const forced = await runCli(['init', 'co-san.xlsx', '--scenario', 'hue-2021', '--force'], dir);
    expect(forced.code).toBe(0);
    expect((await runCli(['check', 'co-san.xlsx', '--json'], dir)).code).not.toBe(2);
  });

  it('sets up a blank workbook without a scenario', async () => {
    const init = await runCli(['init', 'trang.xlsx'], dir);
    expect(init.code).toBe(0);
    const rank = await runCli(['rank', 'trang.xlsx', '--json'], dir);
    expect(rank.code).toBe(0);
    expect(JSON.parse(rank.stdout)).toEqual({
      clusters: [{ cluster: 'C1', name: 'Cụm thi đua số 1', units: [] }],
      votes: [],
    });
  });

  it('sets up a campaign from a JSON file', async () => {
    const campaign = presetById('hue-2021');
    if (campaign === undefined) throw new Error('hue-2021');
    campaign.id = 'hue-2021-sua';
    campaign.name = 'Phong trào thi đua thử';
    const first = campaign.scores[0];
    if (first === undefined) throw new Error('no scores');
    const criterion = campaign.criteria[0]?.code ?? '';
    first.values[criterion] = 0;
    await fs.writeFile(path.join(dir, 'phong-trao.json'), JSON.stringify(campaign));
    const init = await runCli(['init', 'tu-json.xlsx', '--campaign', 'phong-trao.json'], dir);
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('Phong trào thi đua thử');
    const rank = await runCli(['rank', 'tu-json.xlsx', '--json'], dir);
    expect(JSON.parse(rank.stdout)).toEqual(rankJson(rankCampaign(campaign), candidateVotes({ campaign })));
  });

  it('refuses a campaign file of the wrong shape, naming the field, and writes nothing', async () => {
    const campaign = presetById('hue-2021') as unknown as Record<string, unknown>;
    (campaign.clusters as Record<string, unknown>[])[0] = { code: 'K1' };
    await fs.writeFile(path.join(dir, 'sai.json'), JSON.stringify(campaign));
    const run = await runCli(['init', 'sai.xlsx', '--campaign', 'sai.json'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'thidua init: Tệp "sai.json" không đúng dạng một phong trào: thiếu trường clusters[0].name.\n',
    );
    await expect(fs.access(path.join(dir, 'sai.xlsx'))).rejects.toThrow();

    await fs.writeFile(path.join(dir, 'hong.json'), '{ "id": ');
    const broken = await runCli(['init', 'hong.xlsx', '--campaign', 'hong.json'], dir);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^thidua init: Tệp "hong.json" không phải JSON hợp lệ/);
    await expect(fs.access(path.join(dir, 'hong.xlsx'))).rejects.toThrow();
  });

  it('refuses an unknown scenario and both sources at once', async () => {
    const unknown = await runCli(['init', 'x.xlsx', '--scenario', 'hcm-2019'], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Không có kịch bản "hcm-2019"');
    const both = await runCli(['init', 'x.xlsx', '--scenario', 'hcm-2018', '--campaign', 'a.json'], dir);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('Chỉ dùng một trong hai');
    await expect(fs.access(path.join(dir, 'x.xlsx'))).rejects.toThrow();
  });
});

describe('thidua --help', () => {
  it('lists the commands globally and explains each one', async () => {
    const global = await runCli(['--help'], dir);
    expect(global.code).toBe(0);
    for (const usage of [
      'thidua init <out.xlsx> [--scenario <id> | --campaign <file.json>] [--force]',
      'thidua check <book.xlsx> [--json]',
      'thidua rank <book.xlsx> [--json]',
      'thidua summary <book.xlsx> [-o <out.xlsx>]',
      'thidua setup <book.xlsx>',
      'thidua merge <cluster.xlsx> <unit.xlsx>… [--dry-run]',
    ]) {
      expect(global.stdout).toContain(usage);
    }
    for (const command of ['init', 'check', 'rank', 'summary', 'setup', 'merge']) {
      const help = await runCli([command, '--help'], dir);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`^Cách dùng: thidua ${command} `));
      expect(help.stderr).toBe('');
    }
    expect((await runCli(['help', 'rank'], dir)).stdout).toContain('Cách dùng: thidua rank');
  });

  it('gives exit 2 and a usage line for no command, an unknown command or a wrong option', async () => {
    const none = await runCli([], dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Cách dùng:');
    const unknown = await runCli(['xep-hang'], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe(
      'thidua: không có lệnh "xep-hang". Các lệnh: init, check, rank, summary, setup, merge, history, explain, lock, unlock, print. Xem "thidua --help".\n',
    );
    const option = await runCli(['rank', 'so.xlsx', '--csv'], dir);
    expect(option.code).toBe(2);
    expect(option.stderr).toBe(
      'thidua rank: Lệnh "rank" không có tuỳ chọn --csv. Xem "thidua rank --help".\n',
    );
  });
});
