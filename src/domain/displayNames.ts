/**
 * The one place that names the workbook's parts to an officer: tables by what they hold, sheets by
 * their titles, settings by their labels and rule sets by their legal names, in Vietnamese and English.
 * The contract's identifiers (ASCII table names such as `Registrations`, setting keys such as
 * `flagsPerCluster`, rule set ids such as `vn-2013`) are for formulas, files and programs; messages,
 * reports and the task pane speak through here instead.
 */
import { SETTING_KEYS, SHEETS, TABLES } from './contract';
import { RULE_SETS } from './rules/ruleSets';

/** A piece of text in both languages an officer may read. */
export interface Words {
  vi: string;
  en: string;
}

/** A language of the words. */
export type WordsLanguage = keyof Words;

/** A table of the contract, by its ASCII name. */
export type TableName = (typeof TABLES)[keyof typeof TABLES];

/** A key of the Settings table. */
export type SettingKey = (typeof SETTING_KEYS)[number];

/** Each table of the contract by what it holds, as an officer calls it (lower case, for inside a sentence). */
export const TABLE_TITLES: Readonly<Record<TableName, Words>> = {
  [TABLES.campaign]: { vi: 'thông tin phong trào', en: 'campaign details' },
  [TABLES.phases]: { vi: 'các đợt thi đua', en: 'phases' },
  [TABLES.settings]: { vi: 'bảng tham số', en: 'settings' },
  [TABLES.clusters]: { vi: 'danh sách cụm', en: 'cluster list' },
  [TABLES.units]: { vi: 'danh sách đơn vị', en: 'unit list' },
  [TABLES.titles]: { vi: 'danh mục danh hiệu', en: 'title catalogue' },
  [TABLES.criteria]: { vi: 'bảng tiêu chí', en: 'criteria' },
  [TABLES.bands]: { vi: 'bảng xếp hạng theo mức điểm', en: 'rank bands' },
  [TABLES.tieBreaks]: { vi: 'bảng tiêu chí phụ', en: 'tie-break chain' },
  [TABLES.tiers]: { vi: 'bảng mức điểm', en: 'tiers table' },
  [TABLES.scoringTables]: { vi: 'danh sách bảng điểm', en: 'scoring table list' },
  [TABLES.exclusions]: { vi: 'quy tắc không xét', en: 'exclusion rules' },
  [TABLES.registrations]: { vi: 'danh sách đăng ký', en: 'registrations' },
  [TABLES.history]: { vi: 'lịch sử khen thưởng', en: 'award history' },
  [TABLES.scores]: { vi: 'bảng chấm điểm', en: 'reviewed scores' },
  [TABLES.selfScores]: { vi: 'bảng tự chấm', en: 'self-scores' },
  [TABLES.clusterSummary]: { vi: 'bảng so sánh các cụm', en: 'cluster comparison' },
  [TABLES.ranking]: { vi: 'bảng xếp hạng trong cụm', en: 'ranking within clusters' },
  [TABLES.titleSummary]: { vi: 'bảng đăng ký theo danh hiệu', en: 'registrations per title' },
  [TABLES.proposals]: { vi: 'bảng đề nghị khen thưởng', en: 'award proposals' },
  [TABLES.council]: { vi: 'danh sách thành viên Hội đồng', en: 'council members' },
  [TABLES.voteRules]: { vi: 'bảng quy tắc biểu quyết', en: 'vote rules' },
  [TABLES.votes]: { vi: 'bảng kết quả bỏ phiếu', en: 'vote tally' },
  [TABLES.reviews]: { vi: 'bảng điểm của các thành viên Hội đồng', en: "council members' scores" },
  [TABLES.recusals]: { vi: 'danh sách thành viên không chấm đơn vị', en: 'recusals' },
  [TABLES.awardList]: { vi: 'danh sách đề nghị khen thưởng', en: 'award list' },
  [TABLES.minutesMembers]: { vi: 'thành phần dự họp trong biên bản', en: 'members in the minutes' },
  [TABLES.minutesVotes]: { vi: 'kết quả biểu quyết trong biên bản', en: 'votes in the minutes' },
  [TABLES.registrationListUnit]: {
    vi: 'ô chọn đơn vị của danh sách đăng ký',
    en: 'unit of the registration list',
  },
  [TABLES.registrationList]: { vi: 'danh sách đăng ký thi đua của đơn vị', en: "a unit's registration list" },
  [TABLES.meta]: { vi: 'thông tin phiên bản của sổ', en: 'workbook version details' },
};

/**
 * The hidden sheet that keeps the workbook's version: never shown in Excel's tab bar, so an officer
 * reads what it is for rather than its name.
 */
const HIDDEN_SHEET_TITLE: Words = { vi: 'trang ẩn lưu phiên bản sổ', en: 'hidden sheet holding the version' };

/**
 * The labels of the settings, as the `Tham số` column of the Settings table shows them (Vietnamese)
 * and as the English pane reads them.
 */
export const SETTING_TITLES: Readonly<Record<SettingKey, Words>> = {
  selfReviewGap: {
    vi: 'Chênh lệch giữa điểm tự chấm và điểm chấm cần giải trình (điểm)',
    en: 'Gap between self-score and reviewed score that needs an explanation (points)',
  },
  precision: {
    vi: 'Số chữ số thập phân khi làm tròn tổng điểm (có hiệu lực khi cập nhật sổ)',
    en: 'Decimals totals are rounded to (takes effect when the workbook is updated)',
  },
  registrationCheck: {
    vi: 'Kiểm tra đăng ký thi đua (Bắt buộc / Không bắt buộc / Không kiểm tra)',
    en: 'Registration check (Bắt buộc: required / Không bắt buộc: optional / Không kiểm tra: off)',
  },
  flagsPerCluster: {
    vi: 'Số đơn vị dẫn đầu mỗi cụm được đề nghị Cờ thi đua',
    en: 'Leading units per cluster proposed for the emulation flag',
  },
  flagTitle: {
    vi: 'Mã danh hiệu đề nghị cho đơn vị dẫn đầu cụm',
    en: 'Title code proposed for the leading unit of a cluster',
  },
  flagMinScore: {
    vi: 'Điểm tối thiểu để được đề nghị Cờ thi đua (để trống: không áp dụng)',
    en: 'Minimum total for the emulation flag (blank: none)',
  },
  flagBand: {
    vi: 'Mã hạng phải đạt để được đề nghị Cờ thi đua (để trống: không áp dụng)',
    en: 'Band a unit must be in to be proposed for the emulation flag (blank: none)',
  },
  reviewMethod: {
    vi: 'Cách kết hợp điểm của các thành viên Hội đồng (Trung bình / Trung vị / Trung bình bỏ cao nhất và thấp nhất; để trống: trung bình)',
    en: "How council members' scores are combined (Trung bình: mean / Trung vị: median / trimmed mean; blank: mean)",
  },
  reviewSpread: {
    vi: 'Điểm của một thành viên lệch so với trung bình của những người khác quá mức này thì đánh dấu (điểm; để trống: không đánh dấu)',
    en: "Flag a member's score further than this from the others' mean (points; blank: none)",
  },
};

function isTableName(table: string): table is TableName {
  return Object.prototype.hasOwnProperty.call(TABLE_TITLES, table);
}

/**
 * A table, named by what it holds. A table of the officer's own (not in the contract) keeps its name,
 * quoted: it is the officer's word already.
 * @param table - the table's name in the workbook
 * @returns its title in both languages
 * @example
 * tableTitle('Registrations').vi //=> 'danh sách đăng ký'
 * tableTitle('BangRieng').en //=> 'table "BangRieng"'
 */
export function tableTitle(table: string): Words {
  if (isTableName(table)) return TABLE_TITLES[table];
  return { vi: `bảng "${table}"`, en: `table "${table}"` };
}

/**
 * A sheet, named as its tab shows it; the hidden version sheet by what it is for.
 * @param sheet - the sheet's name
 * @returns e.g. `trang "Đăng ký"` / `sheet "Đăng ký"`
 * @example
 * sheetTitle('Danh mục').vi //=> 'trang "Danh mục"'
 * sheetTitle('_meta').vi //=> 'trang ẩn lưu phiên bản sổ'
 */
export function sheetTitle(sheet: string): Words {
  if (sheet === SHEETS.meta) return HIDDEN_SHEET_TITLE;
  return { vi: `trang "${sheet}"`, en: `sheet "${sheet}"` };
}

/**
 * A setting, by its label; a key the contract does not know is quoted as typed (the officer's own).
 * @param key - a key of the Settings table
 * @returns the label in both languages
 * @example
 * settingTitle('flagsPerCluster').vi //=> 'Số đơn vị dẫn đầu mỗi cụm được đề nghị Cờ thi đua'
 */
export function settingTitle(key: string): Words {
  const known = SETTING_KEYS.find((k) => k.toLowerCase() === key.trim().toLowerCase());
  return known === undefined ? { vi: `"${key}"`, en: `"${key}"` } : SETTING_TITLES[known];
}

/**
 * A rule set by its legal name (the law, decree and circular it follows).
 * @param id - the rule set's id
 * @returns its name in both languages, or null for an id no rule set has
 * @example
 * ruleSetTitle('vn-2013')?.vi //=> 'Luật Thi đua, khen thưởng 2003 (sửa đổi 2013), Nghị định 91/2017/NĐ-CP, Thông tư 05/2018/TT-BTP'
 */
export function ruleSetTitle(id: string): Words | null {
  const ruleSet = RULE_SETS.find((r) => r.id === id.trim());
  return ruleSet === undefined ? null : { vi: ruleSet.name, en: ruleSet.nameEn };
}

/**
 * The identifiers of the contract an officer should never read: table names, setting keys, rule set
 * ids, the hidden sheet's name. What the checks of the wording look for.
 * @returns every such identifier
 * @example
 * internalIdentifiers().includes('TieBreaks') //=> true
 */
export function internalIdentifiers(): string[] {
  return [...Object.values(TABLES), ...SETTING_KEYS, ...RULE_SETS.map((ruleSet) => ruleSet.id), SHEETS.meta];
}

/**
 * Capitalises the first letter, for words that open a sentence or a list item.
 * @param text - the text
 * @returns the same text with its first letter in upper case
 * @example
 * capitalise('danh sách đơn vị') //=> 'Danh sách đơn vị'
 */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
