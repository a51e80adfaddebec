import { SCORE_HEADERS, SHEETS, TABLES } from '../../src/domain/contract';

describe('workbook contract', () => {
  it('keeps the Vietnamese sheet names of DESIGN.md', () => {
    expect(Object.values(SHEETS)).toEqual(
      expect.arrayContaining(['Phong trào', 'Danh mục', 'Đăng ký', 'Chấm điểm', 'Tổng hợp', '_meta']),
    );
  });

  it('names every table in ASCII', () => {
    for (const name of Object.values(TABLES)) expect(name).toMatch(/^[A-Za-z][A-Za-z0-9_]*$/);
  });

  it('keeps the computed columns of the Scores table', () => {
    expect([SCORE_HEADERS.total, SCORE_HEADERS.rank, SCORE_HEADERS.leading, SCORE_HEADERS.proposal]).toEqual([
      'Tổng điểm',
      'Xếp hạng',
      'Dẫn đầu',
      'Đề nghị',
    ]);
  });
});
