import { makeIssue } from '../../../src/domain/issues';
import { locateIssues, readCampaign } from '../../../src/domain/read';
import { applyEdits } from './_edits';
import { cleanWorkbook } from './_workbook';

describe('locateIssues', () => {
  it('points a cell issue at its cell: header origin plus column index and data row', () => {
    // Units has its header row at B3: data row 2, column "Số người" (index 3) is E5.
    const data = applyEdits(cleanWorkbook(), [
      { op: 'set', table: 'Units', row: 2, column: 'Số người', value: 'mười hai' },
    ]);
    const [issue] = locateIssues(readCampaign(data).issues, data);
    expect(issue).toMatchObject({ code: 'NUMBER_INVALID', sheet: 'Danh mục', cell: 'E5' });
  });

  it('points a missing column at the header row, a row issue at its first cell', () => {
    const data = cleanWorkbook();
    const located = locateIssues(
      [
        makeIssue(
          'COLUMN_MISSING',
          { table: 'Units', column: 'Số người' },
          { table: 'Units', row: null, column: 'Hạng' },
        ),
        makeIssue(
          'COLUMN_MISSING',
          { table: 'Units', column: 'x' },
          { table: 'Units', row: 4, column: null },
        ),
      ],
      data,
    );
    expect(located.map((i) => i.cell)).toEqual(['B3', 'B7']);
  });

  it('names the expected sheet of a missing table, and keeps what is already located', () => {
    const data = applyEdits(cleanWorkbook(), [{ op: 'removeTable', table: 'Criteria' }]);
    const [missing] = locateIssues(readCampaign(data).issues, data);
    expect(missing).toMatchObject({ code: 'TABLE_MISSING', sheet: 'Danh mục' });
    expect(missing?.cell).toBeUndefined();

    const placed = {
      ...makeIssue(
        'COLUMN_MISSING',
        { table: 'Units', column: 'x' },
        { table: 'Units', row: 1, column: null },
      ),
      cell: 'Z9',
    };
    expect(locateIssues([placed], data)[0]?.cell).toBe('Z9');
  });

  it('does not change the issues it is given', () => {
    const issue = makeIssue(
      'COLUMN_MISSING',
      { table: 'Units', column: 'x' },
      { table: 'Units', row: 1, column: null },
    );
    const before = { ...issue };
    locateIssues([issue], cleanWorkbook());
    expect(issue).toEqual(before);
  });
});
