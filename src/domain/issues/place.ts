import { TABLE_SHEETS, TABLES } from '../contract';

/** Where an issue points in the workbook: table name, 1-based data row, header text. */
export interface IssueLocation {
  table: string;
  row: number | null;
  column: string | null;
}

/**
 * Where an issue points, with what its message needs to name the place as an officer finds it.
 */
export interface Place extends IssueLocation {
  /**
   * The field the row holds, in a field / value table (`Năm`, `precision`): officers find such a
   * row by its label, not by its number.
   */
  field?: string;
  /** The sheet the table was found on, where the reader knows it; else the contract's sheet. */
  sheet?: string;
}

/** A piece of a message in both languages. */
export interface Words {
  vi: string;
  en: string;
}

/**
 * How to name each table to an officer; its sheet comes from TABLE_SHEETS. A table missing here is
 * named by its table name alone.
 */
const TABLE_WORDING: Readonly<Record<string, Words>> = {
  [TABLES.campaign]: { vi: 'thông tin phong trào', en: 'campaign details' },
  [TABLES.phases]: { vi: 'các đợt thi đua', en: 'phases' },
  [TABLES.settings]: { vi: 'tham số', en: 'settings' },
  [TABLES.clusters]: { vi: 'danh sách cụm', en: 'cluster list' },
  [TABLES.units]: { vi: 'danh sách đơn vị', en: 'unit list' },
  [TABLES.titles]: { vi: 'danh mục danh hiệu', en: 'title catalogue' },
  [TABLES.criteria]: { vi: 'bảng tiêu chí', en: 'criteria' },
  [TABLES.bands]: { vi: 'bảng xếp hạng theo mức điểm', en: 'rank bands' },
  [TABLES.tieBreaks]: { vi: 'tiêu chí phụ', en: 'tie-break chain' },
  [TABLES.tiers]: { vi: 'bảng mức điểm', en: 'tiers table' },
  [TABLES.scoringTables]: { vi: 'danh sách bảng điểm', en: 'scoring table list' },
  [TABLES.exclusions]: { vi: 'quy tắc không xét', en: 'exclusion rules' },
  [TABLES.registrations]: { vi: 'danh sách đăng ký', en: 'registrations' },
  [TABLES.scores]: { vi: 'bảng chấm điểm', en: 'reviewed scores' },
  [TABLES.selfScores]: { vi: 'bảng tự chấm', en: 'self-scores' },
};

/**
 * The sheet a table sits on, as the messages name it.
 * @param table - a table name from TABLES
 * @returns the Vietnamese sheet name, or null for a table no message names in words
 * @example
 * sheetOf('Registrations') //=> 'Đăng ký'
 */
export function sheetOf(table: string): string | null {
  return TABLE_WORDING[table] ? (TABLE_SHEETS[table] ?? null) : null;
}

/**
 * A sheet, named inside a sentence.
 * @param sheet - the sheet name
 * @returns e.g. `trang "Danh mục"` / `sheet "Danh mục"`
 * @example
 * sheetWords('Danh mục').vi //=> 'trang "Danh mục"'
 */
export function sheetWords(sheet: string): Words {
  return { vi: `trang "${sheet}"`, en: `sheet "${sheet}"` };
}

/**
 * A data row of a table, named inside a sentence: the 1-based row below the header, as the checks
 * count it.
 * @param row - 1-based data row
 * @returns e.g. `dòng thứ 3` / `row 3`
 * @example
 * rowWords(3).en //=> 'row 3'
 */
export function rowWords(row: number): Words {
  return { vi: `dòng thứ ${row}`, en: `row ${row}` };
}

/**
 * A table, named inside a sentence by what it holds and where it sits, for a message that sends
 * the officer there.
 * @param table - a table name from TABLES that has a wording
 * @returns e.g. `danh sách đơn vị (trang "Danh mục")` / `unit list (sheet "Danh mục")`
 * @example
 * tableWords('Units').vi //=> 'danh sách đơn vị (trang "Danh mục")'
 */
export function tableWords(table: string): Words {
  const wording = TABLE_WORDING[table] ?? { vi: `bảng ${table}`, en: `table ${table}` };
  const sheet = TABLE_SHEETS[table];
  if (sheet === undefined) return wording;
  const on = sheetWords(sheet);
  return { vi: `${wording.vi} (${on.vi})`, en: `${wording.en} (${on.en})` };
}

/**
 * The place a message opens with: sheet, table (in words, with its name), then the field of a
 * field / value table or the row and column. Sheet, field and header names stay Vietnamese in
 * English, as in the file. The one wording of a place in every message that names one.
 * @param place - where the issue points
 * @returns the place in both languages
 * @example
 * placeWords({ table: 'Units', row: 2, column: 'Mã cụm' }).vi
 * //=> 'Trang "Danh mục", danh sách đơn vị (bảng Units), dòng thứ 2, cột "Mã cụm"'
 * placeWords({ table: 'Units', row: 2, column: 'Mã cụm' }).en
 * //=> 'Sheet "Danh mục", unit list (table Units), row 2, column "Mã cụm"'
 */
export function placeWords(place: Place): Words {
  const wording = TABLE_WORDING[place.table];
  const sheet = place.sheet ?? TABLE_SHEETS[place.table];
  const vi: string[] = [];
  const en: string[] = [];
  if (sheet !== undefined) {
    vi.push(`Trang "${sheet}"`);
    en.push(`Sheet "${sheet}"`);
  }
  if (wording !== undefined) {
    vi.push(`${wording.vi} (bảng ${place.table})`);
    en.push(`${wording.en} (table ${place.table})`);
  } else {
    vi.push(`bảng ${place.table}`);
    en.push(`table ${place.table}`);
  }
  if (place.field !== undefined) {
    vi.push(`dòng "${place.field}"`);
    en.push(`field "${place.field}"`);
  } else {
    if (place.row !== null) {
      const row = rowWords(place.row);
      vi.push(row.vi);
      en.push(row.en);
    }
    if (place.column !== null) {
      vi.push(`cột "${place.column}"`);
      en.push(`column "${place.column}"`);
    }
  }
  return { vi: capitalise(vi.join(', ')), en: capitalise(en.join(', ')) };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
