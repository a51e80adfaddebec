import { CAMPAIGN_SHAPE, shapeProblem } from '../../src/cli/campaignShape';
import { fileProblem } from '../../src/cli/fileProblem';
import { formatNumber } from '../../src/cli/formatNumber';
import { parseArgs, type ArgSpec } from '../../src/cli/parseArgs';
import { textTable } from '../../src/cli/textTable';
import { presetById } from '../../src/domain/presets';
import { NotAWorkbookError } from '../../src/xlsx/workbookFile';

const INIT: ArgSpec = {
  command: 'init',
  positionals: ['out.xlsx'],
  flags: { force: [] },
  options: { scenario: [], output: ['o'] },
};

describe('parseArgs', () => {
  it('reads positionals, flags, options with a space or an equals sign, and aliases', () => {
    const args = parseArgs(['so.xlsx', '--force', '--scenario=hcm-2018', '-o', 'ra.xlsx'], INIT);
    expect(args.positionals).toEqual(['so.xlsx']);
    expect([...args.flags]).toEqual(['force']);
    expect(args.options.get('scenario')).toBe('hcm-2018');
    expect(args.options.get('output')).toBe('ra.xlsx');
  });

  it('refuses an unknown option, a missing value, a missing or extra argument, in Vietnamese', () => {
    expect(() => parseArgs(['so.xlsx', '--foo'], INIT)).toThrow('Lệnh "init" không có tuỳ chọn --foo');
    expect(() => parseArgs(['so.xlsx', '--scenario'], INIT)).toThrow('Thiếu giá trị sau --scenario');
    expect(() => parseArgs([], INIT)).toThrow('Thiếu <out.xlsx> cho lệnh "init"');
    expect(() => parseArgs(['a.xlsx', 'b.xlsx'], INIT)).toThrow('Thừa tham số "b.xlsx"');
  });

  it('accepts --help without the positionals', () => {
    expect(parseArgs(['--help'], INIT).flags.has('help')).toBe(true);
    expect(parseArgs(['-h'], INIT).flags.has('help')).toBe(true);
  });

  it('takes everything after -- as positionals', () => {
    expect(parseArgs(['--', '--la-ten-tep.xlsx'], INIT).positionals).toEqual(['--la-ten-tep.xlsx']);
  });
});

describe('textTable', () => {
  it('aligns columns holding Vietnamese letters whatever their Unicode form', () => {
    const decomposed = 'Phòng Hộ tịch'.normalize('NFD');
    const text = textTable(
      [{ header: 'Tên đơn vị' }, { header: 'Điểm', align: 'right' }],
      [
        [decomposed, '95,5'],
        ['Văn phòng Sở', '8'],
      ],
    );
    const lines = text.trimEnd().split('\n');
    expect(lines).toEqual([
      'Tên đơn vị     Điểm',
      '─────────────  ────',
      'Phòng Hộ tịch  95,5',
      'Văn phòng Sở      8',
    ]);
  });

  it('cuts a cell longer than its column allows', () => {
    expect(textTable([{ header: 'A', maxWidth: 5 }], [['Trường Đại học Luật']])).toContain('Trườ…');
  });
});

describe('formatNumber', () => {
  it('writes a decimal comma without trailing zeros', () => {
    expect(formatNumber(95.5)).toBe('95,5');
    expect(formatNumber(88)).toBe('88');
    expect(formatNumber(0.125, 2)).toBe('0,13');
    expect(formatNumber(null)).toBe('');
  });
});

describe('fileProblem', () => {
  const failure = (code: string): Error => Object.assign(new Error(code), { code });

  it('names the file and the problem in one Vietnamese line, with exit code 2', () => {
    const cases: [unknown, string][] = [
      [failure('ENOENT'), 'Không tìm thấy tệp "so.xlsx".'],
      [failure('EACCES'), 'Không có quyền đọc tệp "so.xlsx".'],
      [failure('EBUSY'), 'Không đọc được tệp "so.xlsx": tệp đang bị khoá (có thể đang mở trong Excel).'],
      [failure('EISDIR'), '"so.xlsx" là một thư mục, không phải tệp .xlsx.'],
      [
        new NotAWorkbookError('so.xlsx', 'zip'),
        'Tệp "so.xlsx" không phải là sổ Excel (.xlsx) hoặc đã bị hỏng.',
      ],
    ];
    for (const [error, message] of cases) {
      const problem = fileProblem(error, 'so.xlsx', 'read');
      expect(problem.message).toBe(message);
      expect(problem.exitCode).toBe(2);
      expect(problem.message).not.toContain('\n');
    }
  });
});

describe('campaign shape', () => {
  it('accepts every preset', () => {
    for (const id of [
      'hcm-2018',
      'tien-giang-2018',
      'hue-2021',
      'mien-nui-phia-bac-2017',
      'cum-2-bo-tu-phap-2021',
    ]) {
      const preset = presetById(id);
      expect(preset).toBeDefined();
      expect(shapeProblem(preset, { object: CAMPAIGN_SHAPE }, '')).toBeNull();
    }
  });

  it('names the first wrong field by its path', () => {
    const campaign = presetById('hcm-2018') as unknown as Record<string, unknown>;
    const units = campaign.units as Record<string, unknown>[];
    units[2] = { ...units[2], headcount: 'mười' };
    expect(shapeProblem(campaign, { object: CAMPAIGN_SHAPE }, '')).toBe(
      'units[2].headcount phải là số (đang là chuỗi "mười")',
    );
    delete campaign.year;
    expect(shapeProblem(campaign, { object: CAMPAIGN_SHAPE }, '')).toBe('thiếu trường year');
    campaign.year = 2018;
    campaign.start = '2018-02-30';
    expect(shapeProblem(campaign, { object: CAMPAIGN_SHAPE }, '')).toBe(
      'start phải là ngày dạng "yyyy-mm-dd" (đang là chuỗi "2018-02-30")',
    );
  });

  it('accepts criteria with or without a group name, a string when there', () => {
    const campaign = presetById('hcm-2018') as unknown as Record<string, unknown>;
    const criteria = campaign.criteria as Record<string, unknown>[];
    delete criteria[0]?.groupName;
    expect(shapeProblem(campaign, { object: CAMPAIGN_SHAPE }, '')).toBeNull();
    criteria[1] = { ...criteria[1], groupName: 5 };
    expect(shapeProblem(campaign, { object: CAMPAIGN_SHAPE }, '')).toBe(
      'criteria[1].groupName phải là chuỗi ký tự (đang là số 5)',
    );
  });
});
