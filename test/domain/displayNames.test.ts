import { SETTING_KEYS, TABLES } from '../../src/domain/contract';
import {
  internalIdentifiers,
  ruleSetTitle,
  settingTitle,
  sheetTitle,
  tableTitle,
  TABLE_TITLES,
} from '../../src/domain/displayNames';
import { RULE_SETS } from '../../src/domain/rules';
import { identifiersIn } from '../support/identifiers';

describe('display names', () => {
  it('names every table of the contract in both languages without its ASCII name', () => {
    for (const table of Object.values(TABLES)) {
      const title = TABLE_TITLES[table];
      expect(title.vi).not.toBe('');
      expect(title.en).not.toBe('');
      expect(identifiersIn(title.vi, 'vi')).toEqual([]);
      expect(identifiersIn(title.en, 'en')).toEqual([]);
    }
  });

  it("keeps an officer's own table by its name, quoted", () => {
    expect(tableTitle('BangCuaToi')).toEqual({ vi: 'bảng "BangCuaToi"', en: 'table "BangCuaToi"' });
  });

  it('names settings by their labels and rule sets by their legal names', () => {
    for (const key of SETTING_KEYS) {
      expect(identifiersIn(settingTitle(key).vi, 'vi')).toEqual([]);
      expect(identifiersIn(settingTitle(key).en, 'en')).toEqual([]);
    }
    expect(settingTitle('FLAGSPERCLUSTER')).toEqual(settingTitle('flagsPerCluster'));
    for (const ruleSet of RULE_SETS)
      expect(ruleSetTitle(ruleSet.id)).toEqual({ vi: ruleSet.name, en: ruleSet.nameEn });
    expect(ruleSetTitle('vn-1999')).toBeNull();
  });

  it('names the hidden sheet by what it is for', () => {
    expect(sheetTitle('_meta').vi).toBe('trang ẩn lưu phiên bản sổ');
    expect(sheetTitle('Đăng ký')).toEqual({ vi: 'trang "Đăng ký"', en: 'sheet "Đăng ký"' });
  });

  it('lists the identifiers an officer never reads', () => {
    expect(internalIdentifiers()).toEqual(
      expect.arrayContaining(['TieBreaks', 'SelfScores', 'selfReviewGap', 'vn-2013', '_meta']),
    );
  });
});

describe('finding identifiers in text', () => {
  it('finds any identifier in Vietnamese text, whole words only', () => {
    expect(identifiersIn('Thiếu bảng Registrations', 'vi')).toEqual(['Registrations']);
    expect(identifiersIn('Bộ quy tắc vn-2013', 'vi')).toEqual(['vn-2013']);
    expect(identifiersIn('Tên định nghĩa: DS_MaDonVi', 'vi')).toEqual(['DS_MaDonVi']);
    expect(identifiersIn('Campaigns và Unitsx', 'vi')).toEqual([]);
  });

  it('takes an English word for English unless it names the table', () => {
    expect(identifiersIn('Units (12)', 'en')).toEqual([]);
    expect(identifiersIn('1. Campaign', 'en')).toEqual([]);
    expect(identifiersIn('Table "Units" is missing', 'en')).toEqual(['Units']);
    expect(identifiersIn('unit list (table Units)', 'en')).toEqual(['Units']);
    expect(identifiersIn('The TieBreaks are read', 'en')).toEqual(['TieBreaks']);
    expect(identifiersIn('setting "precision"', 'en')).toEqual(['precision']);
  });
});
