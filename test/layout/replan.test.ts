import { CRITERION_HEADERS, SHEETS, TABLES } from '../../src/domain/contract';
import type { Campaign } from '../../src/domain/model';
import { blankCampaign, PRESETS } from '../../src/domain/presets';
import type { RawTable, WorkbookData } from '../../src/domain/workbook';
import { buildPlan } from '../../src/layout/buildPlan';
import type { TablePlan, WorkbookPlan } from '../../src/layout/plan';
import { applyPlanToData, typeInto } from './support/applyPlanToData';
import { smallCampaign } from './support/campaigns';
import { tablesOf } from './support/planChecks';

function tableOf(plan: WorkbookPlan, name: string): TablePlan {
  const table = tablesOf(plan).find((t) => t.name === name);
  if (table === undefined) throw new Error(`No table ${name} in the plan`);
  return table;
}

function raw(data: WorkbookData, name: string): RawTable {
  const table = data.tables[name];
  if (table === undefined) throw new Error(`No table ${name} in the data`);
  return table;
}

function cell(data: WorkbookData, table: string, unit: string, header: string): unknown {
  const t = raw(data, table);
  const row = t.rows.find((r) => r[0] === unit);
  return row?.[t.headers.indexOf(header)];
}

function expectNothingAdded(plan: WorkbookPlan): void {
  expect(plan.issues).toEqual([]);
  expect(plan.sheets.every((s) => s.existing && s.replace !== true)).toBe(true);
  for (const table of tablesOf(plan)) {
    expect({
      table: table.name,
      existing: table.existing,
      rows: table.rows,
      addColumns: table.addColumns,
      appendRows: table.appendRows,
    }).toEqual({
      table: table.name,
      existing: true,
      rows: [],
      addColumns: [],
      appendRows: [],
    });
  }
  expect(plan.report.added).toEqual([]);
}

/** Each table plan says where its table ends up: what a host reads back once the plan is applied. */
function expectGeometryOfApplied(plan: WorkbookPlan, after: WorkbookData): void {
  for (const table of tablesOf(plan)) {
    const applied = raw(after, table.name);
    expect({ table: table.name, sheet: table.sheet, origin: table.origin, headers: table.headers }).toEqual({
      table: applied.name,
      sheet: applied.sheet,
      origin: applied.origin,
      headers: applied.headers,
    });
    expect({ table: table.name, rows: table.rowCount }).toEqual({
      table: table.name,
      rows: applied.rows.length,
    });
  }
}

describe.each([
  ['blank', blankCampaign(2025)] as [string, Campaign],
  ['small', smallCampaign()] as [string, Campaign],
  ...PRESETS.map((p): [string, Campaign] => [p.id, p]),
])('planning the workbook a plan made: %s', (_id, campaign) => {
  it('adds nothing the second time, and applying that plan changes nothing', () => {
    const data = applyPlanToData(buildPlan(campaign));
    const again = buildPlan(campaign, data);
    expectNothingAdded(again);
    expect(applyPlanToData(again, data)).toEqual(data);
  });

  it('carries in each table plan the headers and rows the table has once applied', () => {
    const plan = buildPlan(campaign);
    const data = applyPlanToData(plan);
    expectGeometryOfApplied(plan, data);
    expectGeometryOfApplied(buildPlan(campaign, data), data);
  });

  it('takes the one blank row Excel keeps in an empty table for no row at all', () => {
    const data = applyPlanToData(buildPlan(campaign));
    for (const table of Object.values(data.tables)) {
      if (table.rows.length > 0) continue;
      table.rows.push(table.headers.map(() => null));
      table.formulas?.push(table.headers.map(() => null));
    }
    expectNothingAdded(buildPlan(campaign, data));
  });
});

describe('re-planning a workbook the officer has worked in', () => {
  const campaign = smallCampaign();
  const before = applyPlanToData(buildPlan(campaign));
  typeInto(before, TABLES.scores, 2, 'I.1', 25);
  typeInto(before, TABLES.registrations, 2, 'Mã đơn vị', 'HC');
  typeInto(before, TABLES.registrations, 2, 'Họ và tên', 'Trần Thị Bình');
  const units = raw(before, TABLES.units);
  units.headers.push('Ghi chú thêm');
  units.rows.forEach((row, i) => row.push(i === 0 ? 'đơn vị mới thành lập' : null));
  units.formulas?.forEach((row) => row.push(null));
  const snapshot = structuredClone(before);

  const grown: Campaign = {
    ...campaign,
    units: [...campaign.units, { code: 'PC', name: 'Phòng Công chứng số 2', cluster: 'K2', headcount: 7 }],
    criteria: [
      ...campaign.criteria,
      { code: 'II.2', group: 'II', text: 'Cải cách hành chính', max: 10, kind: 'standard' },
    ],
  };
  const plan = buildPlan(grown, before);

  it('does not change what it was given', () => {
    expect(before).toEqual(snapshot);
  });

  it('carries the widened headers and the appended rows in the plans of the tables it completes', () => {
    expectGeometryOfApplied(plan, applyPlanToData(plan, before));
  });

  it('keeps every table, adding only the new unit, the new criterion and their columns', () => {
    expect(plan.issues).toEqual([]);
    expect(
      tablesOf(plan)
        // The sheets of formulas only are rebuilt for the new unit.
        .filter((t) => t.sheet !== SHEETS.summary && t.sheet !== SHEETS.awardList)
        .every((t) => t.existing && t.rows.length === 0),
    ).toBe(true);
    expect(tableOf(plan, TABLES.units).appendRows).toEqual([['PC', 'Phòng Công chứng số 2', 'K2', 7, null]]);
    expect(tableOf(plan, TABLES.units).addColumns).toEqual([]);
    expect(tableOf(plan, TABLES.criteria).appendRows).toEqual([
      ['II.2', 'II', null, 'Cải cách hành chính', 10, 'chuẩn', null, 'nhập điểm', null, null, null],
    ]);
    expect(tableOf(plan, TABLES.scores).addColumns).toEqual(['II.2', 'Điểm tính II.2']);
    expect(tableOf(plan, TABLES.selfScores).addColumns).toEqual(['II.2']);
    const scoreRows = tableOf(plan, TABLES.scores).appendRows;
    expect(scoreRows).toHaveLength(1);
    expect(scoreRows[0]?.[0]).toBe('PC');
    expect(scoreRows[0]).toHaveLength(raw(before, TABLES.scores).headers.length + 2);
    expect(tableOf(plan, TABLES.registrations).appendRows).toEqual([]);
  });

  it('rewrites only computed columns that hold formulas, never a typed column', () => {
    for (const table of tablesOf(plan).filter((t) => t.existing)) {
      const current = raw(before, table.name);
      for (const column of table.columns.filter((c) => c.role === 'computed' && c.formula !== undefined)) {
        const at = current.headers.indexOf(column.header);
        if (at < 0) continue;
        current.rows.forEach((row, r) => {
          const typed = current.formulas?.[r]?.[at] === null && row[at] !== null;
          expect({ table: table.name, column: column.header, row: r, typed }).toEqual({
            table: table.name,
            column: column.header,
            row: r,
            typed: false,
          });
        });
      }
    }
  });

  it('sums the criterion added at the right end of the scoring table', () => {
    const total = tableOf(plan, TABLES.scores).columns.find((c) => c.header === 'Tổng điểm')?.formula;
    expect(total).toBe(
      '=IF(COUNT([@[Điểm tính I.1]:[Điểm tính TR.2]],[@[Điểm tính II.2]])=0,"",ROUND(SUM([@[Điểm tính I.1]:[Điểm tính II.1]],[@[Điểm tính II.2]])+SUM([@[Điểm tính TH.1]])-SUM([@[Điểm tính TR.1]:[Điểm tính TR.2]]),2))',
    );
  });

  it('rebuilds the summary, whose places changed, and says so', () => {
    const summary = plan.sheets.find((s) => s.name === SHEETS.summary);
    expect(summary?.replace).toBe(true);
    expect(summary?.tables.every((t) => !t.existing)).toBe(true);
    expect(tableOf(plan, TABLES.ranking).rows.filter((r) => r[0] === 'K2')).toHaveLength(3);
    expect(plan.report.refreshed).toContainEqual({
      vi: 'Trang “Tổng hợp” được tạo lại theo danh sách cụm, đơn vị, danh hiệu mới',
      en: 'Sheet “Tổng hợp” rebuilt for the new clusters, units and titles',
    });
  });

  it('reports what it added and kept, naming tables by what they hold', () => {
    expect(plan.report.added.map((line) => line.vi)).toEqual(
      expect.arrayContaining([
        '1 dòng vào danh sách đơn vị (PC)',
        'Cột “II.2” vào bảng chấm điểm',
        '1 dòng vào bảng chấm điểm (PC)',
      ]),
    );
    expect(plan.report.added.map((line) => line.en)).toContain('Column “II.2” to the reviewed scores');
    expect(plan.report.kept).toContainEqual({
      vi: 'Danh sách đơn vị: 5 dòng đã có, cột riêng “Ghi chú thêm”',
      en: 'Unit list: 5 rows already there, own columns “Ghi chú thêm”',
    });
  });

  it('keeps typed cells through the update, and the next plan adds nothing', () => {
    const after = applyPlanToData(plan, before);
    expect(cell(after, TABLES.scores, 'HC', 'I.1')).toBe(25);
    expect(raw(after, TABLES.units).rows[0]?.[4]).toBe('đơn vị mới thành lập');
    expect(raw(after, TABLES.registrations).rows[2]?.[2]).toBe('Trần Thị Bình');
    expect(cell(after, TABLES.scores, 'PC', 'Mã đơn vị')).toBe('PC');
    expectNothingAdded(buildPlan(grown, after));
  });
});

describe('what re-planning refuses to guess', () => {
  const campaign = smallCampaign();
  const fresh = (): WorkbookData => applyPlanToData(buildPlan(campaign));
  const codes = (plan: WorkbookPlan): string[] =>
    plan.issues.map((i) => `${i.severity} ${i.code} ${i.table}`);

  it('reports a renamed typed column instead of adding it again', () => {
    const data = fresh();
    const units = raw(data, TABLES.units);
    units.headers[1] = 'Tên';
    const plan = buildPlan(campaign, data);
    expect(codes(plan)).toEqual(['error COLUMN_MISSING Units']);
    expect(plan.issues[0]).toMatchObject({ column: 'Tên đơn vị', sheet: SHEETS.catalogue });
    expect(tableOf(plan, TABLES.units).addColumns).toEqual([]);
  });

  it('re-adds a deleted computed column: nothing typed is lost by it', () => {
    const data = fresh();
    const scores = raw(data, TABLES.scores);
    const at = scores.headers.indexOf('Đồng hạng');
    scores.headers.splice(at, 1);
    scores.rows.forEach((row) => row.splice(at, 1));
    scores.formulas?.forEach((row) => row.splice(at, 1));
    const plan = buildPlan(campaign, data);
    expect(plan.issues).toEqual([]);
    expect(tableOf(plan, TABLES.scores).addColumns).toEqual(['Đồng hạng']);
  });

  it('reports a table that would land on data of the officer', () => {
    const data = fresh();
    delete data.tables[TABLES.registrations];
    const plan = buildPlan(campaign, data);
    expect(codes(plan)).toEqual(['error LAYOUT_TABLE_OVER_DATA Registrations']);
    expect(plan.issues[0]).toMatchObject({ sheet: SHEETS.registrations, cell: 'A3:K5' });
  });

  it('keeps typed values found in a computed column, leaving its formula unwritten', () => {
    const data = fresh();
    typeInto(data, TABLES.registrations, 0, 'Tên đơn vị', 'Văn phòng (gõ tay)');
    const plan = buildPlan(campaign, data);
    expect(codes(plan)).toEqual(['warning LAYOUT_TYPED_IN_COMPUTED Registrations']);
    expect(tableOf(plan, TABLES.registrations).columns.map((c) => c.header)).not.toContain('Tên đơn vị');
  });

  it('reports a table moved to another sheet', () => {
    const data = fresh();
    raw(data, TABLES.units).sheet = 'Trang khác';
    data.sheets.push({
      name: 'Trang khác',
      visibility: 'visible',
      used: { top: 0, left: 0, bottom: 10, right: 3 },
    });
    expect(codes(buildPlan(campaign, data))).toEqual(['error LAYOUT_TABLE_ELSEWHERE Units']);
  });

  it('will not rebuild a summary that holds a table of the officer', () => {
    const data = fresh();
    data.tables['GhiChu'] = {
      name: 'GhiChu',
      sheet: SHEETS.summary,
      origin: { row: 200, col: 0 },
      headers: ['Ghi chú'],
      rows: [['họp ngày 15/12']],
    };
    const grown = {
      ...campaign,
      units: [...campaign.units, { code: 'PC', name: 'Phòng Công chứng số 2', cluster: 'K2', headcount: 7 }],
    };
    const plan = buildPlan(grown, data);
    expect(codes(plan)).toEqual(['error LAYOUT_SUMMARY_USER_TABLE GhiChu']);
    expect(plan.sheets.find((s) => s.name === SHEETS.summary)?.replace).toBeUndefined();
  });

  it('puts a table missing from a side-by-side sheet after everything the sheet holds', () => {
    const data = fresh();
    delete data.tables[TABLES.bands];
    const catalogue = data.sheets.find((s) => s.name === SHEETS.catalogue);
    if (catalogue?.used) catalogue.used.right = 60;
    const plan = buildPlan(campaign, data);
    expect(plan.issues).toEqual([]);
    expect(tableOf(plan, TABLES.bands)).toMatchObject({ existing: false, origin: { row: 1, col: 62 } });
  });
});

describe('re-planning a workbook made before the Tên nhóm column', () => {
  const campaign = smallCampaign();
  const before = applyPlanToData(buildPlan(campaign));
  const criteria = raw(before, TABLES.criteria);
  const at = criteria.headers.indexOf(CRITERION_HEADERS.groupName);
  criteria.headers.splice(at, 1);
  criteria.rows.forEach((row) => row.splice(at, 1));
  criteria.formulas?.forEach((row) => row.splice(at, 1));
  const plan = buildPlan(campaign, before);

  it('adds the column at the right end of the table, with no issue', () => {
    expect(at).toBe(2);
    expect(plan.issues).toEqual([]);
    expect(tableOf(plan, TABLES.criteria).addColumns).toEqual([CRITERION_HEADERS.groupName]);
    expect(tableOf(plan, TABLES.criteria).appendRows).toEqual([]);
    const after = applyPlanToData(plan, before);
    expect(raw(after, TABLES.criteria).headers).toEqual([...criteria.headers, CRITERION_HEADERS.groupName]);
  });
});
