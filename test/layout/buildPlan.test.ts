import { SCORE_HEADERS, SHEETS, TABLE_SHEETS, TABLES } from '../../src/domain/contract';
import { SCORE_HELPER_HEADERS } from '../../src/layout/headers';
import { NAMES } from '../../src/layout/names';
import type { Campaign } from '../../src/domain/model';
import { blankCampaign, PRESETS } from '../../src/domain/presets';
import { buildPlan } from '../../src/layout/buildPlan';
import { toA1Formula, toFileFormula } from '../../src/geometry/formulaForms';
import { FUNCTIONS_USED } from '../../src/layout/formulas';
import type { WorkbookPlan } from '../../src/layout/plan';
import { parseA1 } from '../../src/domain/workbook';
import { intersects } from '../../src/geometry/bounds';
import { tableRect } from '../../src/geometry/tableGeometry';
import { identifiersIn } from '../support/identifiers';
import { smallCampaign } from './support/campaigns';
import { formulasOf, functionsIn, geometryOf, tablesOf } from './support/planChecks';

const CAMPAIGNS: [string, Campaign][] = [
  ['blank', blankCampaign(2025)],
  ['small', smallCampaign()],
  ...PRESETS.map((p): [string, Campaign] => [p.id, p]),
];

describe.each(CAMPAIGNS)('buildPlan for a new workbook: %s', (_id, campaign) => {
  const plan: WorkbookPlan = buildPlan(campaign);

  it('lays out every sheet of the contract, in order, the metadata very hidden', () => {
    expect(plan.sheets.map((s) => s.name)).toEqual([
      SHEETS.campaign,
      SHEETS.catalogue,
      SHEETS.registrations,
      SHEETS.scores,
      SHEETS.selfScores,
      SHEETS.summary,
      SHEETS.history,
      SHEETS.council,
      SHEETS.awardList,
      SHEETS.minutes,
      SHEETS.registrationList,
      SHEETS.meta,
    ]);
    expect(plan.sheets.find((s) => s.name === SHEETS.meta)?.visibility).toBe('veryHidden');
    expect(plan.sheets.every((s) => !s.existing && s.replace !== true)).toBe(true);
  });

  it('plans every table of the contract once, all new, with nothing to reconcile', () => {
    const names = tablesOf(plan).map((t) => t.name);
    expect([...names].sort()).toEqual([...Object.values(TABLES)].sort());
    expect(
      tablesOf(plan).every((t) => !t.existing && t.addColumns.length === 0 && t.appendRows.length === 0),
    ).toBe(true);
    expect(plan.issues).toEqual([]);
  });

  it('puts each table on the sheet the contract names', () => {
    for (const table of tablesOf(plan))
      expect([table.name, table.sheet]).toEqual([table.name, TABLE_SHEETS[table.name]]);
  });

  it('gives every row one value per column, and no value under a formula', () => {
    for (const table of tablesOf(plan)) {
      for (const row of table.rows) {
        expect(row).toHaveLength(table.columns.length);
        table.columns.forEach((column, i) => {
          if (column.formula !== undefined) expect(row[i]).toBeNull();
        });
      }
    }
  });

  it('never puts two tables, or a table and a free cell, on the same cells', () => {
    for (const sheet of plan.sheets) {
      const rects = sheet.tables.map((t) => tableRect(t.origin, t.columns.length, t.rows.length));
      rects.forEach((a, i) => rects.slice(i + 1).forEach((b) => expect(intersects(a, b)).toBe(false)));
      for (const cell of sheet.cells) {
        const pos = parseA1(cell.address);
        expect(pos).not.toBeNull();
        if (pos === null) continue;
        const spot = {
          top: pos.row,
          bottom: pos.row,
          left: pos.col,
          right: pos.col + (cell.mergeAcross ?? 1) - 1,
        };
        for (const rect of rects)
          expect({ cell: cell.address, over: intersects(spot, rect) }).toEqual({
            cell: cell.address,
            over: false,
          });
      }
    }
  });

  it('writes formulas that call only the functions every engine evaluates', () => {
    const allowed = new Set<string>(FUNCTIONS_USED);
    const formulas = [
      ...formulasOf(plan).map((f) => f.formula),
      ...plan.sheets.flatMap((s) => s.conditionalFormats.map((cf) => cf.formula)),
    ];
    for (const formula of formulas) {
      for (const fn of functionsIn(formula))
        expect({ formula, fn, allowed: allowed.has(fn) }).toEqual({ formula, fn, allowed: true });
      expect(formula).not.toMatch(/\b(TRUE|FALSE)\b(?!\()/);
    }
  });

  it('writes formulas whose every table and column exists (A1 and file forms)', () => {
    const tables = geometryOf(plan);
    const names = Object.fromEntries(plan.names.map((n) => [n.name, n.formula]));
    for (const f of formulasOf(plan)) {
      expect(() =>
        toA1Formula(f.formula, {
          tables,
          names,
          ...(f.sheet === undefined ? {} : { sheet: f.sheet }),
          ...(f.table === undefined ? {} : { table: f.table }),
          ...(f.row === undefined ? {} : { row: f.row }),
        }),
      ).not.toThrow();
      expect(() => toFileFormula(f.formula, f.table)).not.toThrow();
    }
  });

  it('writes conditional formats in A1 form, never with structured references', () => {
    for (const sheet of plan.sheets) {
      for (const cf of sheet.conditionalFormats) {
        expect(cf.formula).not.toMatch(/\[/);
        expect(cf.range).toMatch(/^[A-Z]+\d+:[A-Z]+\d+$/);
        expect(cf.sheet).toBe(sheet.name);
      }
    }
  });

  it('feeds every dropdown from a name the plan defines', () => {
    const names = new Set(plan.names.map((n) => n.name));
    for (const table of tablesOf(plan)) {
      for (const column of table.columns) {
        if (column.validation?.kind === 'listName') expect(names.has(column.validation.name)).toBe(true);
      }
    }
  });

  it('locks what is computed behind protection only where no table needs to grow by typing', () => {
    const protectedSheets = plan.sheets.filter((s) => s.protect).map((s) => s.name);
    expect(protectedSheets).toEqual([
      SHEETS.scores,
      SHEETS.selfScores,
      SHEETS.summary,
      SHEETS.awardList,
      SHEETS.minutes,
      SHEETS.registrationList,
    ]);
  });

  it('gives the scoring table one row per unit of the catalogue', () => {
    const scores = tablesOf(plan).find((t) => t.name === TABLES.scores);
    const codes = scores?.rows.map((r) => r[0]);
    expect(codes?.slice(0, campaign.units.length)).toEqual(campaign.units.map((u) => u.code));
  });

  it('keeps free text as text: code and text input columns carry the @ format', () => {
    const registrations = tablesOf(plan).find((t) => t.name === TABLES.registrations);
    const formats = Object.fromEntries((registrations?.columns ?? []).map((c) => [c.header, c.numberFormat]));
    expect(formats).toMatchObject({
      'Mã đơn vị': '@',
      'Họ và tên': '@',
      'Chức vụ': '@',
      'Ghi chú': '@',
      'Ngày đăng ký': 'dd/mm/yyyy',
    });
  });
});

describe('buildPlan details', () => {
  const campaign = smallCampaign();
  const plan = buildPlan(campaign);
  const table = (name: string) => tablesOf(plan).find((t) => t.name === name);

  it('writes the campaign dates as serials shown dd/mm/yyyy', () => {
    const campaignTable = table(TABLES.campaign);
    const row = campaignTable?.rows.findIndex((r) => r[0] === 'Hạn đăng ký') ?? -1;
    expect(campaignTable?.rows[row]?.[1]).toBe(45322);
    expect(campaignTable?.cellFormats).toContainEqual({ row, column: 'Giá trị', numberFormat: 'dd/mm/yyyy' });
  });

  it('keeps a registration note that starts with = as the text typed', () => {
    const registrations = table(TABLES.registrations);
    expect(registrations?.rows[1]?.[6]).toBe('=ghi chú giống công thức');
  });

  it('keeps the thresholds in the Settings table, where the names read them', () => {
    const settings = table(TABLES.settings);
    const key = settings?.headers.indexOf('Mã tham số') ?? -1;
    const value = settings?.headers.indexOf('Giá trị') ?? -1;
    expect(settings?.rows.map((r) => [r[key], r[value]])).toEqual([
      ['selfReviewGap', 5],
      ['precision', 2],
      ['registrationCheck', 'Không bắt buộc'],
      ['flagsPerCluster', 1],
      ['flagTitle', 'CTD'],
      ['flagMinScore', 85],
      ['flagBand', null],
      ['reviewMethod', null],
      ['reviewSpread', null],
    ]);
  });

  it('shows the officer each setting by its label, the key column hidden at the right end', () => {
    const settings = table(TABLES.settings);
    expect(settings?.headers).toEqual(['Tham số', 'Giá trị', 'Căn cứ', 'Mã tham số']);
    expect(settings?.columns.find((c) => c.header === 'Mã tham số')?.hidden).toBe(true);
    expect(settings?.columns.filter((c) => c.hidden === true)).toHaveLength(1);
  });

  it('shows the rule set by its legal name and keeps the campaign id out of the campaign sheet', () => {
    const rows = table(TABLES.campaign)?.rows ?? [];
    expect(rows.find((r) => r[0] === 'Bộ quy tắc')?.[1]).toMatch(/^Luật Thi đua, khen thưởng/);
    expect(rows.some((r) => r[0] === 'Mã phong trào')).toBe(false);
    const meta = table(TABLES.meta)?.rows ?? [];
    expect(meta.find((r) => r[0] === 'campaignId')?.[1]).toBe(campaign.id);
  });

  it('plans one ranking place per unit of each cluster and one proposal place per unit', () => {
    expect(table(TABLES.ranking)?.rows.map((r) => [r[0], r[3]])).toEqual([
      ['K1', 1],
      ['K1', 2],
      ['K1', 3],
      ['K2', 1],
      ['K2', 2],
    ]);
    expect(table(TABLES.proposals)?.rows.map((r) => r[0])).toEqual([1, 2, 3, 4, 5]);
    expect(table(TABLES.titleSummary)?.rows).toHaveLength(campaign.clusters.length * campaign.titles.length);
  });

  it('prints every visible sheet on A4, fit to the page width or split at a readable scale', () => {
    for (const sheet of plan.sheets.filter((s) => s.visibility === 'visible')) {
      expect(sheet.print).toMatchObject({ paper: 'A4' });
      if (sheet.print?.fitToWidth === false) expect(sheet.print.scale).toBeGreaterThanOrEqual(80);
    }
    expect(plan.sheets.find((s) => s.name === SHEETS.scores)?.print?.repeatRows).toBe('$1:$3');
  });

  it('leaves the helper columns of the scoring sheets out of the print area and repeats the unit columns', () => {
    for (const name of [SHEETS.scores, SHEETS.selfScores]) {
      const sheet = plan.sheets.find((s) => s.name === name);
      const table = sheet?.tables[0];
      const area = sheet?.print?.area ?? '';
      const last = /^\$A:\$([A-Z]+)$/.exec(area)?.[1];
      expect(last).toBeDefined();
      const printed = table?.headers.slice(0, (parseA1(`${last ?? 'A'}1`)?.col ?? -1) + 1) ?? [];
      expect(printed).toContain(name === SHEETS.scores ? SCORE_HEADERS.total : SCORE_HEADERS.name);
      for (const helper of Object.values(SCORE_HELPER_HEADERS)) expect(printed).not.toContain(helper);
      if (sheet?.print?.fitToWidth === false) expect(sheet.print.repeatColumns).toBe('$A:$B');
    }
  });

  it('prints each catalogue table from its own page', () => {
    const sheet = plan.sheets.find((s) => s.name === SHEETS.catalogue);
    expect(sheet?.print?.area?.split(',')).toHaveLength(sheet?.tables.length ?? -1);
  });

  it('charts the clusters by mean and highest total', () => {
    const chart = plan.sheets.find((s) => s.name === SHEETS.summary)?.charts[0];
    expect(chart).toMatchObject({
      table: TABLES.clusterSummary,
      categoryColumn: 'Tên cụm',
      valueColumns: ['Điểm TB', 'Cao nhất'],
    });
  });

  it('heads the summary with the national motto and ends it with the signature block', () => {
    const values = plan.sheets.find((s) => s.name === SHEETS.summary)?.cells.map((c) => c.value) ?? [];
    expect(values).toEqual(
      expect.arrayContaining([
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập – Tự do – Hạnh phúc',
        'NGƯỜI LẬP BIỂU',
        '(Ký tên, đóng dấu)',
      ]),
    );
    // The place, the signer's title and name come from the campaign sheet, by their defined names.
    const formulas =
      plan.sheets.find((s) => s.name === SHEETS.summary)?.cells.map((c) => c.formula ?? '') ?? [];
    for (const name of [NAMES.place, NAMES.signerTitle, NAMES.signerName]) {
      expect(formulas.some((f) => f.includes(name))).toBe(true);
    }
  });

  it('reports what it added in both languages, naming tables by what they hold', () => {
    expect(plan.report.added).toContainEqual({
      vi: 'Danh sách đơn vị (trang "Danh mục"): 5 dòng',
      en: 'Unit list (sheet "Danh mục"): 5 rows',
    });
    expect(plan.report.kept).toEqual([]);
    for (const line of [...plan.report.added, ...plan.report.refreshed]) {
      expect(identifiersIn(line.vi, 'vi')).toEqual([]);
      expect(identifiersIn(line.en, 'en')).toEqual([]);
    }
  });
});

describe('FUNCTIONS_USED', () => {
  it('lists exactly the functions the plans call', () => {
    const called = new Set<string>();
    for (const [, campaign] of CAMPAIGNS) {
      const plan = buildPlan(campaign);
      const formulas = [
        ...formulasOf(plan).map((f) => f.formula),
        ...plan.sheets.flatMap((s) => s.conditionalFormats.map((cf) => cf.formula)),
      ];
      for (const formula of formulas) for (const fn of functionsIn(formula)) called.add(fn);
    }
    expect([...called].sort()).toEqual([...FUNCTIONS_USED].sort());
  });

  it('leaves out what one of Excel 2019, LibreOffice 7.4 or HyperFormula lacks, and anything needing _xlfn.', () => {
    for (const banned of [
      'RANK',
      'RANK.EQ',
      'AVERAGEIFS',
      'MAXIFS',
      'MINIFS',
      'IFS',
      'FILTER',
      'SORTBY',
      'UNIQUE',
      'LET',
      'XLOOKUP',
      'MEDIAN',
    ]) {
      expect(FUNCTIONS_USED).not.toContain(banned);
    }
  });
});
