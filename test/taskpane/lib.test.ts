/**
 * @jest-environment node
 */
// Pure helpers of the pane: no DOM needed.
import { presetById } from '../../src/domain/presets';
import { rankCampaign } from '../../src/domain/rank';
import type { WorkbookData } from '../../src/domain/workbook';
import { campaignFromDraft, draftFromCampaign, renameCluster } from '../../src/taskpane/_lib/campaignDraft';
import { displayToIso, isoToDisplay } from '../../src/taskpane/_lib/dates';
import { explainIssue } from '../../src/taskpane/_lib/explainIssue';
import { unitOfIssue } from '../../src/workflow';
import { hasAnyScore, largestSelfReviewGaps, tiesNeedingVote } from '../../src/domain/rank';
import { formatUnitList, parseUnitList, renameClusterInList } from '../../src/taskpane/_lib/unitList';
import { languageFor, STRINGS } from '../../src/taskpane/i18n';
import './support/consoleGuard';

const hcm = () => {
  const campaign = presetById('hcm-2018');
  if (campaign === undefined) throw new Error('no preset');
  return campaign;
};

describe('dates as the workbook writes them', () => {
  it('shows ISO dates as dd/mm/yyyy and blank for null', () => {
    expect(isoToDisplay('2018-01-02')).toBe('02/01/2018');
    expect(isoToDisplay(null)).toBe('');
  });

  it('reads day/month/year with any usual separator and refuses dates that do not exist', () => {
    expect(displayToIso('30/01/2018')).toBe('2018-01-30');
    expect(displayToIso('2/1/2018')).toBe('2018-01-02');
    expect(displayToIso('29.02.2020')).toBe('2020-02-29');
    expect(displayToIso('29-02-2019')).toBeUndefined();
    expect(displayToIso('31/04/2018')).toBeUndefined();
    expect(displayToIso('2018-01-30')).toBeUndefined();
    expect(displayToIso('  ')).toBeNull();
  });
});

describe('pasted unit lists', () => {
  it('reads tab-separated lines, skipping a header and blank lines', () => {
    const text =
      'Mã đơn vị\tTên đơn vị\tMã cụm\tSố người\n\nVP\tVăn phòng Sở\tK1\t12\nTT\tThanh tra Sở\tK1\t\n';
    expect(parseUnitList(text, ['K1'])).toEqual({
      ok: true,
      units: [
        { code: 'VP', name: 'Văn phòng Sở', cluster: 'K1', headcount: 12 },
        { code: 'TT', name: 'Thanh tra Sở', cluster: 'K1', headcount: null },
      ],
    });
  });

  it('reads semicolons when a line has no tab', () => {
    expect(parseUnitList('VP; Văn phòng Sở; K1; 12', ['K1'])).toEqual({
      ok: true,
      units: [{ code: 'VP', name: 'Văn phòng Sở', cluster: 'K1', headcount: 12 }],
    });
  });

  it('names every line that does not read, with its line number', () => {
    const text =
      'VP\tVăn phòng Sở\nTT\tThanh tra\tK2\t8\n\tKhông mã\tK1\t3\nVP\tLặp\tK1\t2,5\nA\tB\tK1\t1\tthừa';
    const result = parseUnitList(text, ['K1']);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { kind: 'columns', line: 1, count: 2 },
      { kind: 'cluster', line: 2, cluster: 'K2' },
      { kind: 'code', line: 3 },
      { kind: 'headcount', line: 4, text: '2,5' },
      { kind: 'columns', line: 5, count: 5 },
    ]);
  });

  it('names a unit code met twice with the line it was first met on', () => {
    const result = parseUnitList('VP\tVăn phòng Sở\tK1\t3\nVP\tLặp\tK1\t2', ['K1']);
    expect(result).toEqual({ ok: false, errors: [{ kind: 'duplicate', line: 2, code: 'VP', firstLine: 1 }] });
  });

  it('writes units back as lines it reads again unchanged', () => {
    const units = hcm().units;
    const clusters = hcm().clusters.map((c) => c.code);
    expect(parseUnitList(formatUnitList(units), clusters)).toEqual({ ok: true, units });
  });

  it('renames a cluster code only in the cluster column', () => {
    expect(renameClusterInList('C1\tPhòng C1\tC1\t3\nX\tY\tC2\t1', 'C1', 'K1')).toBe(
      'C1\tPhòng C1\tK1\t3\nX\tY\tC2\t1',
    );
  });
});

describe('the campaign form', () => {
  it('gives back the campaign it was made from, unchanged', () => {
    const campaign = hcm();
    expect(campaignFromDraft(draftFromCampaign(campaign)).campaign).toEqual(campaign);
  });

  it('names the fields it cannot read and gives no campaign', () => {
    const draft = { ...draftFromCampaign(hcm()), name: ' ', start: '31/02/2018', year: '18', scale: '0' };
    const { campaign, problems } = campaignFromDraft(draft);
    expect(campaign).toBeNull();
    expect(problems).toEqual({ name: 'required', start: 'date', year: 'year', scale: 'scale' });
  });

  it('reads criterion points with a decimal comma', () => {
    const draft = draftFromCampaign(hcm());
    const criteria = draft.criteria.map((c, i) => (i === 0 ? { ...c, max: '2,5' } : c));
    expect(campaignFromDraft({ ...draft, criteria }).campaign?.criteria[0]?.max).toBe(2.5);
  });

  it('moves the units with a renamed cluster', () => {
    const draft = renameCluster(draftFromCampaign(hcm()), 0, 'KHOI1');
    const campaign = campaignFromDraft(draft).campaign;
    expect(campaign?.clusters[0]?.code).toBe('KHOI1');
    expect(campaign?.units.filter((u) => u.cluster === 'KHOI1').length).toBe(
      hcm().units.filter((u) => u.cluster === hcm().clusters[0]?.code).length,
    );
  });

  it('follows the rules of another rule set when the officer switches to it', () => {
    const campaign = hcm();
    expect(campaign.settings.registrationCheck).toBe('required');
    const switched = campaignFromDraft({ ...draftFromCampaign(campaign), ruleSet: 'vn-2022' }).campaign;
    expect(switched?.ruleSet).toBe('vn-2022');
    expect(switched?.settings.registrationCheck).toBe('optional');
    expect(switched?.titles.find((t) => t.code === 'CSTDCS')?.cap).toBeNull();
    // The names the campaign gave its titles stay.
    for (const title of campaign.titles) {
      expect(switched?.titles.find((t) => t.code === title.code)?.name).toBe(title.name);
    }
  });

  it('leaves the rules alone when the rule set stays the same', () => {
    const campaign = hcm();
    const same = campaignFromDraft({ ...draftFromCampaign(campaign), ruleSet: '' }).campaign;
    expect(same?.ruleSet).toBeNull();
    expect(same?.titles).toEqual(campaign.titles);
    expect(same?.settings).toEqual(campaign.settings);
  });
});

describe('issues tied to units', () => {
  const data: WorkbookData = {
    sheets: [],
    tables: {
      Registrations: {
        name: 'Registrations',
        sheet: 'Đăng ký',
        origin: { row: 0, col: 0 },
        headers: ['Mã đơn vị', 'Đối tượng'],
        rows: [
          [' VP ', 'Tập thể'],
          [null, 'Cá nhân'],
        ],
      },
    },
  };
  const issue = {
    code: 'X',
    severity: 'error' as const,
    table: 'registrations',
    row: 1,
    column: null,
    message: '',
    messageEn: '',
  };

  it('reads the unit typed in the issue row, whatever the case of the table name', () => {
    expect(unitOfIssue(issue, data)).toBe('VP');
  });

  it('gives no unit for a blank code, a missing row or a table without units', () => {
    expect(unitOfIssue({ ...issue, row: 2 }, data)).toBeNull();
    expect(unitOfIssue({ ...issue, row: null }, data)).toBeNull();
    expect(unitOfIssue({ ...issue, table: 'Clusters' }, data)).toBeNull();
  });
});

describe('what the score check adds to the ranking', () => {
  it('groups the units a cluster cannot separate, first places marked', () => {
    const campaign = hcm();
    const rankings = rankCampaign(campaign);
    const [first] = rankings;
    const [a, b, c] = first?.units ?? [];
    if (first === undefined || a === undefined || b === undefined || c === undefined)
      throw new Error('small sample');
    const tied = [
      {
        ...first,
        units: [
          { ...a, rank: 1, tied: true },
          { ...b, rank: 1, tied: true },
          { ...c, rank: 3, tied: false },
        ],
      },
    ];
    expect(tiesNeedingVote(tied)).toEqual([
      {
        cluster: first.cluster,
        clusterName: first.name,
        rank: 1,
        units: tied[0]?.units.slice(0, 2),
        forFirstPlace: true,
      },
    ]);
  });

  it('lists the largest self/reviewed gaps first and marks those over the threshold', () => {
    const campaign = hcm();
    const gaps = largestSelfReviewGaps(campaign, 3);
    expect(gaps.length).toBeLessThanOrEqual(3);
    for (let i = 1; i < gaps.length; i += 1)
      expect(gaps[i - 1]?.gap).toBeGreaterThanOrEqual(gaps[i]?.gap ?? 0);
    for (const gap of gaps) expect(gap.overThreshold).toBe(gap.gap > campaign.settings.selfReviewGap);
  });

  it('knows when nothing is scored', () => {
    expect(hasAnyScore(hcm())).toBe(true);
    expect(hasAnyScore({ ...hcm(), scores: [], selfScores: [] })).toBe(false);
  });
});

describe('languages', () => {
  it('speaks Vietnamese for vi display languages and English otherwise', () => {
    expect(languageFor('vi-VN')).toBe('vi');
    expect(languageFor('VI')).toBe('vi');
    expect(languageFor('en-US')).toBe('en');
    expect(languageFor('fr-FR')).toBe('en');
  });

  it('has the same keys in both catalogues', () => {
    const keys = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        typeof v === 'object' && v !== null ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
      );
    expect(keys(STRINGS.en).sort()).toEqual(keys(STRINGS.vi).sort());
  });

  it('explains an issue from the catalogue, with its legal source', () => {
    expect(explainIssue('CAP_EXCEEDED', 'vi')?.source).toContain('Nghị định 91/2017/NĐ-CP');
    expect(explainIssue('CAP_EXCEEDED', 'en')?.text).toContain('Decree 91/2017');
    expect(explainIssue('NOT_A_CODE', 'vi')).toBeNull();
    expect(explainIssue('toString', 'vi')).toBeNull();
  });
});
