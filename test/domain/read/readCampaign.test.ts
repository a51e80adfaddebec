import { readCampaign } from '../../../src/domain/read';
import type { RawTable, WorkbookData } from '../../../src/domain/workbook';
import { applyEdits } from './_edits';
import { cleanWorkbook } from './_workbook';

describe('readCampaign', () => {
  const { campaign, issues } = readCampaign(cleanWorkbook());

  it('reads the campaign fields, with dates as ISO and labels as values', () => {
    expect(issues).toEqual([]);
    expect(campaign).toMatchObject({
      id: 'hcm-2018',
      planNumber: '25/KH-STP-VP',
      issueDate: '2018-01-02',
      year: 2018,
      kind: 'regular',
      start: '2018-01-01',
      end: '2018-12-31',
      registrationDeadline: '2018-01-30',
      scale: 100,
      ruleSet: 'vn-2013',
      sampleData: true,
    });
  });

  it('reads the rule set by its legal name, as the sheet shows it, or by its id', () => {
    const byName = applyEdits(cleanWorkbook(), [
      {
        op: 'set',
        table: 'Campaign',
        match: { column: 'Thông tin', value: 'Bộ quy tắc' },
        column: 'Giá trị',
        value: ' luật thi đua, khen thưởng 06/2022/QH15,  Nghị định 98/2023/NĐ-CP, Thông tư 11/2023/TT-BTP ',
      },
    ]);
    expect(readCampaign(byName).campaign?.ruleSet).toBe('vn-2022');
    const byId = applyEdits(cleanWorkbook(), [
      {
        op: 'set',
        table: 'Campaign',
        match: { column: 'Thông tin', value: 'Bộ quy tắc' },
        column: 'Giá trị',
        value: 'vn-2022',
      },
    ]);
    expect(readCampaign(byId).campaign?.ruleSet).toBe('vn-2022');
    const unknown = applyEdits(cleanWorkbook(), [
      {
        op: 'set',
        table: 'Campaign',
        match: { column: 'Thông tin', value: 'Bộ quy tắc' },
        column: 'Giá trị',
        value: 'Luật cũ',
      },
    ]);
    expect(readCampaign(unknown).campaign?.ruleSet).toBe('Luật cũ');
  });

  it("reads the campaign's id from a Campaign row that shows it, else from the hidden Meta table", () => {
    // The clean workbook is an older one: its Campaign table still shows the id.
    expect(campaign?.id).toBe('hcm-2018');
    const withoutRow = applyEdits(cleanWorkbook(), [
      { op: 'removeRow', table: 'Campaign', match: { column: 'Thông tin', value: 'Mã phong trào' } },
    ]);
    expect(readCampaign(withoutRow)).toMatchObject({ campaign: { id: '' }, issues: [] });
    const meta: RawTable = {
      name: 'Meta',
      sheet: '_meta',
      origin: { row: 0, col: 0 },
      headers: ['Khoá', 'Giá trị'],
      rows: [
        ['schemaVersion', 1],
        ['campaignId', 'hcm-2018'],
      ],
    };
    expect(readCampaign({ ...withoutRow, tables: { ...withoutRow.tables, Meta: meta } }).campaign?.id).toBe(
      'hcm-2018',
    );
  });

  it('takes the year of a dd/mm milestone from its phase', () => {
    expect(campaign?.phases.map((p) => p.milestones)).toEqual([
      [
        { date: '2018-02-03', label: 'Kỷ niệm thành lập Đảng' },
        { date: '2018-04-30', label: 'Ngày Giải phóng miền Nam' },
      ],
      [{ date: '2018-09-02', label: 'Quốc khánh' }],
    ]);
  });

  it('splits the Settings table into settings and award rules', () => {
    expect(campaign?.settings).toEqual({ selfReviewGap: 5, precision: 2, registrationCheck: 'required' });
    expect(campaign?.awardRules).toEqual({
      flagsPerCluster: 1,
      flagTitle: 'CTĐ-TP',
      flagMinScore: 90,
      bands: [
        {
          code: 'A',
          name: 'Hạng A',
          minScore: 90,
          gates: [{ criterion: 'I.1', min: 25 }],
          proposal: 'CTĐ-TP',
        },
        { code: 'B', name: 'Hạng B', minScore: 80, gates: [], proposal: 'GK' },
      ],
    });
  });

  it('reads the title rules through their codecs', () => {
    expect(campaign?.titles.find((t) => t.code === 'CSTĐCS')).toEqual({
      code: 'CSTĐCS',
      name: 'Chiến sĩ thi đua cơ sở',
      subject: 'individual',
      kind: 'title',
      prerequisites: [{ kind: 'alsoHolds', title: 'LĐTT' }],
      cap: { of: 'LĐTT', percent: 15, rounding: 'floor' },
      counts: ['LĐTT'],
    });
    expect(campaign?.titles.find((t) => t.code === 'GK')?.kind).toBe('form');
  });

  it('orders the tie-break chain by its order column', () => {
    expect(campaign?.tieBreaks).toEqual([
      { kind: 'group', group: 'I', direction: 'desc', label: 'Điểm nhóm I cao hơn' },
      { kind: 'deductions', direction: 'asc', label: 'Ít điểm trừ hơn' },
      {
        kind: 'input',
        key: 'ty_le_phieu_bau',
        header: 'Tỷ lệ phiếu bầu (%)',
        direction: 'desc',
        label: 'Nhiều phiếu bầu hơn',
      },
    ]);
  });

  it('skips blank rows but keeps the table row numbers', () => {
    expect(campaign?.registrations.map((r) => r.row)).toEqual([1, 2, 4, 5]);
    expect(campaign?.registrations[2]).toEqual({
      row: 4,
      unit: 'VP',
      subject: 'collective',
      person: '',
      position: '',
      title: 'TTLĐXS',
      date: '2018-01-16',
      note: 'Đăng ký cả năm',
    });
  });

  it('reads an unscored unit as blank values, never 0, and the tie-break inputs by key', () => {
    expect(campaign?.scores).toEqual([
      {
        row: 1,
        unit: 'VP',
        values: { 'I.1': 28, 'I.2': 18, 'II.1': 45, 'T.1': 2, 'D.1': null },
        inputs: { ty_le_phieu_bau: 80 },
      },
      {
        row: 2,
        unit: 'TTr',
        values: { 'I.1': null, 'I.2': null, 'II.1': null, 'T.1': null, 'D.1': null },
        inputs: { ty_le_phieu_bau: null },
      },
      {
        row: 3,
        unit: 'CC1',
        values: { 'I.1': 25, 'I.2': 15, 'II.1': 40, 'T.1': null, 'D.1': 1 },
        inputs: { ty_le_phieu_bau: 60 },
      },
    ]);
    expect(campaign?.selfScores).toEqual([
      { row: 1, unit: 'VP', values: { 'I.1': 29, 'I.2': 19, 'II.1': 46, 'T.1': 2, 'D.1': null }, inputs: {} },
    ]);
  });

  it('ignores campaign rows it does not know and columns the officer added', () => {
    const data = applyEdits(cleanWorkbook(), [
      {
        op: 'addRow',
        table: 'Campaign',
        values: { 'Thông tin': 'Người phụ trách', 'Giá trị': 'Huỳnh Văn Hạnh' },
      },
    ]);
    expect(readCampaign(data)).toEqual({ campaign, issues: [] });
  });

  it('reads criteria without a group name when the table has no Tên nhóm column', () => {
    expect(campaign?.criteria[0]).toEqual({
      code: 'I.1',
      group: 'I',
      text: 'Báo cáo đúng hạn',
      max: 30,
      kind: 'standard',
    });
    expect(campaign?.criteria.some((c) => 'groupName' in c)).toBe(false);
  });

  it('reads the Tên nhóm column where it sits, a blank cell as no group name', () => {
    const data = cleanWorkbook();
    const criteria = data.tables.Criteria!;
    criteria.headers.splice(2, 0, 'Tên nhóm');
    const names = ['Thực hiện chế độ báo cáo', ' Thực hiện chế độ báo cáo ', null, null, ''];
    criteria.rows.forEach((row, i) => row.splice(2, 0, names[i] ?? null));
    const read = readCampaign(data);
    expect(read.issues).toEqual([]);
    expect(read.campaign?.criteria.map((c) => c.groupName)).toEqual([
      'Thực hiện chế độ báo cáo',
      'Thực hiện chế độ báo cáo',
      undefined,
      undefined,
      undefined,
    ]);
    expect(read.campaign?.criteria.map(({ groupName: _, ...rest }) => rest)).toEqual(campaign?.criteria);
  });

  it('finds tables whatever the case of their name', () => {
    const data = cleanWorkbook();
    const units = data.tables['Units'];
    if (!units) throw new Error('fixture without Units');
    delete data.tables['Units'];
    data.tables['UNITS'] = { ...units, name: 'UNITS' };
    expect(readCampaign(data).campaign?.units).toEqual(campaign?.units);
  });

  it('completes a blank subject from the title registered', () => {
    const data = applyEdits(cleanWorkbook(), [
      { op: 'set', table: 'Registrations', row: 4, column: 'Đối tượng', value: null },
      { op: 'set', table: 'Registrations', row: 5, column: 'Đối tượng', value: null },
    ]);
    const read = readCampaign(data);
    expect(read.issues).toEqual([]);
    expect(read.campaign?.registrations.map((r) => r.subject)).toEqual([
      'individual',
      'individual',
      'collective',
      'individual',
    ]);
  });

  it('uses the rule set defaults passed for a missing setting', () => {
    const data = applyEdits(cleanWorkbook(), [
      { op: 'removeRow', table: 'Settings', match: { column: 'Mã tham số', value: 'selfReviewGap' } },
    ]);
    expect(readCampaign(data).campaign?.settings.selfReviewGap).toBe(5);
    expect(
      readCampaign(data, { settingDefaults: { selfReviewGap: 8 } }).campaign?.settings.selfReviewGap,
    ).toBe(8);
  });

  it('reads a workbook with no table at all as no campaign, naming every required table', () => {
    const empty: WorkbookData = { sheets: [], tables: {} };
    const read = readCampaign(empty);
    expect(read.campaign).toBeNull();
    expect(read.issues.filter((i) => i.severity === 'error').map((i) => i.table)).toEqual([
      'Campaign',
      'Settings',
      'Clusters',
      'Units',
      'Titles',
      'Criteria',
      'Registrations',
      'Scores',
    ]);
  });

  it('does not change the workbook data it reads', () => {
    const data = cleanWorkbook();
    const before = JSON.stringify(data);
    readCampaign(data);
    expect(JSON.stringify(data)).toBe(before);
  });
});
