import fc from 'fast-check';
import { TABLE_SHEETS, TABLES } from '../../../src/domain/contract';
import {
  ISSUES,
  ISSUE_STAGES,
  issueAt,
  issueCodesOf,
  makeIssue,
  placeWords,
} from '../../../src/domain/issues';
import type { IssueStage } from '../../../src/domain/issues';

const STAGES = Object.keys(ISSUE_STAGES) as IssueStage[];

describe('the issue catalogue by stage', () => {
  it('puts every code in exactly one stage', () => {
    const staged = STAGES.flatMap((stage) => issueCodesOf(stage));
    expect(new Set(staged).size).toBe(staged.length);
    expect([...staged].sort()).toEqual(Object.keys(ISSUES).sort());
  });

  it('lists the stages in pipeline order', () => {
    expect(STAGES).toEqual(['read', 'layout', 'campaign', 'registrations', 'scores', 'council', 'lock']);
  });
});

describe('placeWords', () => {
  it('names sheet, table by what it holds, row and column before the cell is known', () => {
    expect(placeWords({ table: TABLES.registrations, row: 5, column: 'Mã danh hiệu' })).toEqual({
      vi: 'Trang "Đăng ký", danh sách đăng ký, dòng thứ 5, cột "Mã danh hiệu"',
      en: 'Sheet "Đăng ký", registrations, row 5 of the table, column "Mã danh hiệu"',
    });
  });

  it('names a row of a field / value table by its field, not by its number', () => {
    const words = placeWords({ table: TABLES.campaign, row: 8, column: 'Giá trị', field: 'Ngày bắt đầu' });
    expect(words.vi).toBe('Trang "Phong trào", thông tin phong trào, dòng "Ngày bắt đầu"');
    expect(words.en).toBe('Sheet "Phong trào", campaign details, field "Ngày bắt đầu"');
  });

  it('names the sheet a table was found on when it is not where the contract puts it', () => {
    const words = placeWords({ table: TABLES.units, row: 1, column: 'Mã cụm', sheet: 'Trang khác' });
    expect(words.vi.startsWith('Trang "Trang khác", danh sách đơn vị')).toBe(true);
    expect(words.en.startsWith('Sheet "Trang khác", unit list')).toBe(true);
  });

  it("names every table of the contract by what it holds, and an officer's own table by its name", () => {
    expect(placeWords({ table: TABLES.proposals, row: null, column: null }).vi).toBe(
      'Trang "Tổng hợp", bảng đề nghị khen thưởng',
    );
    expect(placeWords({ table: 'Lạ', row: 2, column: null }).en).toBe('Table "Lạ", row 2 of the table');
  });

  it('opens with the cell once it is known, and leaves the table row out', () => {
    const located = { sheet: 'Đăng ký', cell: 'F7', sheetRow: (n: number) => n + 2 };
    expect(placeWords({ table: TABLES.registrations, row: 5, column: 'Ngày đăng ký' }, located)).toEqual({
      vi: 'Đăng ký!F7, cột "Ngày đăng ký"',
      en: 'Đăng ký!F7, column "Ngày đăng ký"',
    });
    const field = { table: TABLES.campaign, row: 5, column: 'Giá trị', field: 'Năm' };
    expect(placeWords(field, { ...located, sheet: 'Phong trào', cell: 'C8' }).vi).toBe(
      'Phong trào!C8, dòng "Năm"',
    );
    expect(placeWords({ table: TABLES.units, row: null, column: null }, located).vi).toBe(
      'Đăng ký!F7, danh sách đơn vị',
    );
  });

  it('names the sheet, row and column of any cell in both languages', () => {
    const tables = Object.values(TABLES).filter((t) => TABLE_SHEETS[t] !== undefined);
    fc.assert(
      fc.property(
        fc.constantFrom(...tables),
        fc.integer({ min: 1, max: 20_000 }),
        fc.string({ minLength: 1 }),
        (table, row, column) => {
          const sheet = TABLE_SHEETS[table] ?? '';
          const words = placeWords({ table, row, column });
          expect(words.vi.startsWith(sheet === '_meta' ? 'Trang ẩn' : `Trang "${sheet}", `)).toBe(true);
          expect(words.en.startsWith(sheet === '_meta' ? 'Hidden sheet' : `Sheet "${sheet}", `)).toBe(true);
          expect(words.vi.endsWith(`dòng thứ ${row}, cột "${column}"`)).toBe(true);
          expect(words.en.endsWith(`row ${row} of the table, column "${column}"`)).toBe(true);
          for (const text of [words.vi, words.en]) expect(text).not.toMatch(new RegExp(`\\b${table}\\b`));
        },
      ),
    );
  });
});

describe('makeIssue', () => {
  const place = { table: TABLES.registrations, row: 3, column: 'Mã đơn vị' };

  it('opens a placed message with the words of its place, in each language', () => {
    const issue = makeIssue('REGISTRATION_DATE_MISSING', {}, place);
    const words = placeWords(place);
    expect(issue.message.startsWith(`${words.vi}: `)).toBe(true);
    expect(issue.messageEn.startsWith(`${words.en}: `)).toBe(true);
    expect(issue).toMatchObject({ table: 'Registrations', row: 3, column: 'Mã đơn vị' });
  });

  it('keeps a field label and a found sheet out of the issue: they only word the place', () => {
    const issue = makeIssue('VALUE_REQUIRED', { field: 'Năm' }, { ...place, field: 'Năm', sheet: 'Khác' });
    expect(Object.keys(issue).sort()).toEqual([
      'code',
      'column',
      'message',
      'messageEn',
      'row',
      'severity',
      'table',
    ]);
  });

  it('words an unknown unit code the same for registrations and scores', () => {
    for (const key of ['message', 'messageEn'] as const) {
      expect(makeIssue('REGISTRATION_UNIT_UNKNOWN', { unit: 'U9' }, place)[key]).toBe(
        makeIssue('SCORE_UNIT_UNKNOWN', { unit: 'U9' }, place)[key],
      );
    }
    expect(makeIssue('SCORE_UNIT_UNKNOWN', { unit: 'U9' }, place).message).toContain(
      'mã đơn vị "U9" không có trong danh sách đơn vị. Hãy chọn một mã đơn vị có trong danh sách đơn vị (trang "Danh mục").',
    );
  });

  it('says what a row without a unit code is in each stage', () => {
    expect(makeIssue('REGISTRATION_UNIT_UNKNOWN', { unit: '' }, place).message).toContain(
      ': chưa ghi mã đơn vị.',
    );
    expect(makeIssue('SCORE_UNIT_UNKNOWN', { unit: '' }, place).messageEn).toContain(
      ': a row with points but no unit code.',
    );
  });

  it('names the earlier row of a repeat as the place names a row, whichever stage reports it', () => {
    const repeats = [
      makeIssue('VALUE_DUPLICATE', { field: 'Năm', firstRow: 2 }, { ...place, table: TABLES.campaign }),
      makeIssue('UNIT_DUPLICATE', { unit: 'U1', firstRow: 2 }, { ...place, table: TABLES.units }),
      makeIssue('SCORE_UNIT_DUPLICATE', { unit: 'U1', firstRow: 2 }, { ...place, table: TABLES.scores }),
    ];
    for (const issue of repeats) {
      expect(issue.message).toContain('ở dòng thứ 2');
      expect(issue.messageEn).toContain('row 2');
    }
  });
});

describe('issueAt', () => {
  const located = { sheet: 'Đăng ký', cell: 'G7', sheetRow: (n: number) => n + 2 };

  it('words a located issue again: its cell first, every row it names as the sheet numbers it', () => {
    const issue = makeIssue(
      'REGISTRATION_DUPLICATE',
      { unit: 'U1', person: '', title: 'LĐTT', firstRow: 2 },
      { table: TABLES.registrations, row: 5, column: null },
    );
    const placed = issueAt(issue, located);
    expect(placed).toMatchObject({ sheet: 'Đăng ký', cell: 'G7', table: 'Registrations', row: 5 });
    expect(placed.message.startsWith('Đăng ký!G7: trùng với đăng ký ở dòng 4 ')).toBe(true);
    expect(placed.messageEn.startsWith('Đăng ký!G7: repeats the registration of row 4 ')).toBe(true);
    expect(placed.message).not.toContain('dòng thứ');
  });

  it('keeps the messages of an issue the catalogue did not make', () => {
    const own = { ...makeIssue('REGISTRATION_DATE_MISSING', {}, { table: 'X', row: 1, column: null }) };
    const handMade = {
      code: 'OWN',
      severity: 'error' as const,
      table: 'X',
      row: 1,
      column: null,
      message: 'm',
      messageEn: 'e',
    };
    expect(issueAt(handMade, located)).toEqual({ ...handMade, sheet: 'Đăng ký', cell: 'G7' });
    expect(issueAt(own, located).message.startsWith('Đăng ký!G7')).toBe(true);
  });
});
