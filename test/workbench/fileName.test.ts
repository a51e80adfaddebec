import { fileNameFor } from '../../src/workbench/export/fileName';

describe('fileNameFor: the name an exported workbook is saved under', () => {
  it('uses the campaign id', () => {
    expect(fileNameFor({ id: 'cum-2-bo-tu-phap-2021', name: 'Phong trào' })).toBe(
      'thi-dua-cum-2-bo-tu-phap-2021.xlsx',
    );
  });

  it('falls back to the name without diacritics, đ included, and never leaves the name empty', () => {
    expect(fileNameFor({ id: '', name: 'Phong trào thi đua Cụm số 2' })).toBe(
      'thi-dua-phong-trao-thi-dua-cum-so-2.xlsx',
    );
    expect(fileNameFor({ id: ' ', name: '—' })).toBe('thi-dua-so.xlsx');
  });

  it('keeps names short and free of characters a file system refuses', () => {
    const name = fileNameFor({ id: '', name: `${'Đánh giá/xếp hạng: "năm" '.repeat(10)}` });
    expect(name.length).toBeLessThanOrEqual('thi-dua-'.length + 60 + '.xlsx'.length);
    expect(name).toMatch(/^thi-dua-[a-z0-9-]+\.xlsx$/);
    expect(name).not.toMatch(/--|-\.xlsx$/);
  });
});
