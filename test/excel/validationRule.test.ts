import { validationSettings } from '../../src/excel/validationRule';

describe('validation settings', () => {
  it('lists from a defined name, never a structured reference', () => {
    expect(
      validationSettings({ kind: 'listName', name: 'DS_DonVi', prompt: 'Chọn mã' }, 'Mã đơn vị')?.rule,
    ).toEqual({
      list: { inCellDropDown: true, source: '=DS_DonVi' },
    });
  });

  it('lists fixed values', () => {
    expect(
      validationSettings({ kind: 'listValues', values: ['Tập thể', 'Cá nhân'], prompt: '' }, 'Đối tượng')
        ?.rule,
    ).toEqual({ list: { inCellDropDown: true, source: 'Tập thể,Cá nhân' } });
  });

  it('bounds numbers and dates, each date bound optional', () => {
    expect(validationSettings({ kind: 'whole', min: 0, max: 5000, prompt: '' }, 'Số người')?.rule).toEqual({
      wholeNumber: { formula1: 0, formula2: 5000, operator: 'Between' },
    });
    expect(
      validationSettings({ kind: 'date', min: '2021-01-01', max: null, prompt: '' }, 'Ngày')?.rule,
    ).toEqual({
      date: { formula1: '2021-01-01', operator: 'GreaterThanOrEqualTo' },
    });
    expect(
      validationSettings({ kind: 'date', min: null, max: '2021-12-31', prompt: '' }, 'Ngày')?.rule,
    ).toEqual({
      date: { formula1: '2021-12-31', operator: 'LessThanOrEqualTo' },
    });
    expect(validationSettings({ kind: 'date', min: null, max: null, prompt: '' }, 'Ngày')).toBeNull();
  });

  it('keeps titles within 32 characters and messages within 255, as Excel requires', () => {
    const settings = validationSettings(
      { kind: 'decimal', min: 0, max: 10, prompt: 'x'.repeat(400) },
      'Tiêu chí rất dài về công tác xây dựng thể chế',
    );
    expect(settings?.prompt.title.length).toBeLessThanOrEqual(32);
    expect(settings?.errorAlert.title.length).toBeLessThanOrEqual(32);
    expect(settings?.prompt.message.length).toBe(255);
    expect(settings?.errorAlert).toMatchObject({ showAlert: true, style: 'Stop' });
  });
});
