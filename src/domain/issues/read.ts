import { template } from './catalogue';
import { formatDecimal } from '../cellCodecs/text';
import { capitalise, settingTitle, tableTitle } from '../displayNames';
import { sheetWords, tableWords } from './place';

/** What makes a typed code differ from its code for the sheet's formulas, in both languages. */
function formWords(typed: string): { vi: string; en: string } {
  const spaced =
    typed.normalize('NFC') !==
    typed
      .normalize('NFC')
      .replace(/[\s\u00a0]+/gu, ' ')
      .trim();
  if (spaced) {
    return {
      vi: `có dấu cách thừa hoặc dấu cách không ngắt ("${typed.replace(/\u00a0/gu, '⍽')}")`,
      en: 'has extra or non-breaking spaces',
    };
  }
  return {
    vi: 'được gõ bằng chữ có dấu dạng tổ hợp (Unicode NFD, thường do dán từ chương trình khác)',
    en: 'is written with decomposed accented letters (Unicode NFD, usually pasted from another program)',
  };
}

/**
 * Issues of reading the workbook back: tables and columns that must be there, cells whose text
 * cannot be read as their column's kind, fields and settings given twice or missing.
 */
export const READ_ISSUES = {
  TABLE_MISSING: template<{ table: string; sheet: string }>({
    severity: 'error',
    vi: (p) =>
      `Không tìm thấy ${tableTitle(p.table).vi} (${sheetWords(p.sheet).vi}). Hãy chạy lại "Tạo / cập nhật sổ thi đua".`,
    en: (p) =>
      `The ${tableTitle(p.table).en} (${sheetWords(p.sheet).en}) is missing. Run "Set up / update the workbook" again.`,
    explain: {
      vi: 'Sổ thi đua lưu mọi dữ liệu trong các bảng có tên; thiếu bảng thì không đọc được.',
      en: 'The workbook keeps its data in named tables; a missing table cannot be read.',
      source: null,
    },
  }),
  COLUMN_MISSING: template<{ table: string; column: string }>({
    severity: 'error',
    vi: (p) =>
      `${capitalise(tableWords(p.table).vi)} thiếu cột "${p.column}" (cột bị đổi tên hoặc bị xoá). Hãy đặt lại đúng tên cột "${p.column}".`,
    en: (p) =>
      `The ${tableWords(p.table).en} has no column "${p.column}" (renamed or deleted). Restore the header "${p.column}".`,
    explain: {
      vi: 'Tên cột là một phần của mẫu sổ; đổi tên cột làm công thức và kiểm tra không tìm được dữ liệu.',
      en: 'Column headers are part of the workbook contract; a renamed column breaks formulas and checks.',
      source: null,
    },
  }),
  NUMBER_DECIMAL_COMMA: template<{ text: string; value: number }>({
    severity: 'warning',
    vi: (p, at) =>
      `${at}: đã hiểu "${p.text}" là ${p.value}; nên nhập số (ô đang chứa chữ, Excel không cộng được).`,
    en: (p, at) =>
      `${at}: read "${p.text}" as ${p.value}; enter a number instead (the cell holds text, which Excel does not add up).`,
    explain: {
      vi: 'Số có dấu phẩy thập phân gõ vào ô định dạng chữ (hoặc dán từ Word) được Excel giữ nguyên là chữ: công thức tính tổng bỏ qua ô này.',
      en: 'A number with a decimal comma typed into a text cell (or pasted from Word) stays text in Excel: total formulas skip it.',
      source: null,
    },
  }),
  NUMBER_AS_TEXT: template<{ text: string; value: number }>({
    severity: 'warning',
    vi: (p, at) =>
      `${at}: "${p.text}" được nhập dưới dạng chữ; đã hiểu là ${p.value}. Nên nhập lại dưới dạng số.`,
    en: (p, at) => `${at}: "${p.text}" was entered as text; read as ${p.value}. Enter it again as a number.`,
    explain: {
      vi: 'Ô chứa số dưới dạng chữ không được công thức của Excel tính vào tổng.',
      en: 'A number stored as text is not counted by Excel formulas.',
      source: null,
    },
  }),
  NUMBER_INVALID: template<{ text: string }>({
    severity: 'error',
    vi: (p, at) =>
      `${at}: không đọc được "${p.text}" là số. Hãy nhập một số (ví dụ 9 hoặc 9,5) hoặc để trống.`,
    en: (p, at) =>
      `${at}: cannot read "${p.text}" as a number. Enter a number (e.g. 9 or 9.5) or leave it blank.`,
    explain: {
      vi: 'Cột này chỉ nhận số; chữ như "chín" hay "9 điểm" không tính được.',
      en: 'This column takes numbers only; text such as "chín" or "9 điểm" cannot be computed.',
      source: null,
    },
  }),
  NUMBER_PERCENT: template<{ text: string; value: number }>({
    severity: 'warning',
    vi: (p, at) =>
      `${at}: "${p.text}" là phần trăm; đã hiểu là ${formatDecimal(p.value)} như Excel hiểu. Nếu đây là số điểm, hãy nhập số (ví dụ ${formatDecimal(p.value * 100)}) không kèm dấu %.`,
    en: (p, at) =>
      `${at}: "${p.text}" is a percentage; read as ${p.value}, as Excel reads it. If this is a number of points, enter the number (e.g. ${p.value * 100}) without the % sign.`,
    explain: {
      vi: 'Excel đọc "90%" là 0,9: ghi phần trăm vào cột điểm thì điểm chỉ còn một phần trăm giá trị định ghi.',
      en: 'Excel reads "90%" as 0.9: a percentage in a points column counts for a hundredth of what was meant.',
      source: null,
    },
  }),
  POINTS_ARE_DATE: template<{ serial: number; date: string }>({
    severity: 'error',
    vi: (p, at) =>
      `${at}: ô chứa ngày ${p.date} (Excel đổi một giá trị như "15/3" gõ vào ô thành ngày, lưu là số ${p.serial}), không phải số điểm; đơn vị được tạm giữ. Hãy nhập lại số điểm (ví dụ 15,3 hoặc 15.3 tuỳ máy).`,
    en: (p, at) =>
      `${at}: the cell holds the date ${p.date} (Excel turns a value such as "15/3" typed there into a date, stored as ${p.serial}), not points; the unit is held. Enter the points again.`,
    explain: {
      vi: 'Một ngày trong ô điểm được Excel lưu là số thứ tự ngày (hàng chục nghìn), sẽ bị cộng như điểm; sổ không tính ô này.',
      en: 'A date in a points cell is stored by Excel as its serial number (tens of thousands) and would be added as points; the workbook does not count it.',
      source: null,
    },
  }),
  DATE_TWO_DIGIT_YEAR: template<{ text: string; date: string }>({
    severity: 'warning',
    vi: (p, at) =>
      `${at}: ngày "${p.text}" ghi năm bằng hai chữ số; đã hiểu là ${p.date} như Excel hiểu (00–29 là năm 20xx, 30–99 là năm 19xx). Hãy ghi năm đủ bốn chữ số.`,
    en: (p, at) =>
      `${at}: the date "${p.text}" has a two-digit year; read as ${p.date}, as Excel reads it (00–29 are 20xx, 30–99 are 19xx). Write the year in four digits.`,
    explain: {
      vi: 'Excel đọc năm hai chữ số theo quy ước 00–29 là 2000–2029, 30–99 là 1930–1999; năm đủ bốn chữ số tránh nhầm thế kỷ.',
      en: 'Excel reads a two-digit year as 2000–2029 for 00–29 and 1930–1999 for 30–99; a four-digit year leaves no doubt.',
      source: null,
    },
  }),
  CODE_CASE_MATCHED: template<{ typed: string; code: string; what: string; whatEn: string }>({
    severity: 'warning',
    vi: (p, at) =>
      `${at}: ${p.what} "${p.typed}" được hiểu là "${p.code}" của danh mục (công thức Excel không phân biệt chữ hoa, chữ thường, dấu cách thừa). Hãy ghi đúng "${p.code}".`,
    en: (p, at) =>
      `${at}: ${p.whatEn} "${p.typed}" is read as the catalogue's "${p.code}" (Excel's formulas ignore case and extra spaces). Write "${p.code}".`,
    explain: {
      vi: 'MATCH và COUNTIFS của Excel coi "lđtt" và "LĐTT" là một mã; sổ cũng đọc như vậy, nhưng mã ghi đúng như danh mục thì tránh nhầm lẫn.',
      en: 'Excel\'s MATCH and COUNTIFS treat "lđtt" and "LĐTT" as one code; the workbook reads them alike too, but a code written as in the catalogue avoids confusion.',
      source: null,
    },
  }),
  CODE_FORM_DIFFERS: template<{ typed: string; code: string }>({
    severity: 'warning',
    vi: (p, at) =>
      `${at}: mã "${p.code}" ${formWords(p.typed).vi}; công thức đếm của sổ (COUNTIFS, MATCH) không nhận ra nên không tính dòng này, dù phần kiểm tra đã đọc được. Hãy gõ lại mã "${p.code}".`,
    en: (p, at) =>
      `${at}: the code "${p.code}" ${formWords(p.typed).en}; the sheet's formulas (COUNTIFS, MATCH) do not find it and leave this row out, though the checks read it. Type "${p.code}" again.`,
    explain: {
      vi: 'Excel không bỏ dấu cách và không đổi dạng Unicode khi so sánh mã: "U1 " khác "U1", chữ "ê" dạng tổ hợp (e + dấu mũ, thường do dán từ chương trình khác) khác "ê" dựng sẵn, nên các bảng tổng hợp trên trang sẽ thiếu dòng này.',
      en: 'Excel neither trims nor changes the Unicode form when comparing codes: "U1 " is not "U1", and an "ê" pasted decomposed (e + a combining circumflex) is not the composed "ê", so the sheet\'s summaries leave this row out.',
      source: null,
    },
  }),
  DATE_AS_TEXT: template<{ text: string; date: string }>({
    severity: 'warning',
    vi: (p, at) =>
      `${at}: ngày "${p.text}" được nhập dưới dạng chữ; đã hiểu là ${p.date}. Nên nhập lại dưới dạng ngày.`,
    en: (p, at) =>
      `${at}: the date "${p.text}" was entered as text; read as ${p.date}. Enter it again as a date.`,
    explain: {
      vi: 'Ngày lưu dưới dạng chữ không so sánh được với hạn đăng ký hay thời gian các đợt trong công thức của Excel.',
      en: 'A date stored as text cannot be compared with deadlines or phase dates by Excel formulas.',
      source: null,
    },
  }),
  DATE_INVALID: template<{ text: string; detail: string; detailEn: string }>({
    severity: 'error',
    vi: (p, at) => `${at}: ${p.detail}.`,
    en: (p, at) => `${at}: ${p.detailEn}.`,
    explain: {
      vi: 'Cột này chỉ nhận ngày có thật (ngày/tháng/năm).',
      en: 'This column takes real dates only (day/month/year).',
      source: null,
    },
  }),
  TEXT_FORMULA_LIKE: template<{ text: string }>({
    severity: 'warning',
    vi: (p, at) =>
      `${at}: giá trị bắt đầu bằng "=" ("${p.text}"), giống một công thức được dán dưới dạng chữ; đã giữ nguyên như đã nhập. Hãy kiểm tra lại ô này.`,
    en: (p, at) =>
      `${at}: the value starts with "=" ("${p.text}"), like a formula pasted as text; kept as typed. Check this cell.`,
    explain: {
      vi: 'Một công thức dán vào ô định dạng chữ không được tính; giá trị thật của ô có thể đã mất.',
      en: 'A formula pasted into a text cell is not computed; the value the cell should hold may be lost.',
      source: null,
    },
  }),
  VALUE_INVALID: template<{ detail: string; detailEn: string }>({
    severity: 'error',
    vi: (p, at) => `${at}: ${p.detail}.`,
    en: (p, at) => `${at}: ${p.detailEn}.`,
    explain: {
      vi: 'Các cột quy tắc và danh sách chọn được viết theo mẫu cố định để phần mềm đọc lại đúng quy tắc.',
      en: 'Rule columns and dropdown columns follow a fixed wording so the rules are read back exactly.',
      source: null,
    },
  }),
  VALUE_REQUIRED: template<{ field: string }>({
    severity: 'error',
    vi: (p, at) => `${at}: chưa có "${p.field}". Hãy nhập giá trị này.`,
    en: (p, at) => `${at}: "${p.field}" is missing. Enter this value.`,
    explain: {
      vi: 'Không có giá trị này thì không dựng lại được phong trào (thời gian, thang điểm, mã trong danh mục).',
      en: 'Without this value the campaign cannot be built (its dates, scale, catalogue codes).',
      source: null,
    },
  }),
  VALUE_DUPLICATE: template<{ field: string; firstRow: number }>({
    severity: 'warning',
    vi: (p, at, row) =>
      `${at}: "${p.field}" đã có ở ${row(p.firstRow)}; dòng này bị bỏ qua. Hãy xoá một trong hai dòng.`,
    en: (p, at, row) =>
      `${at}: "${p.field}" is already on ${row(p.firstRow)}; this row is ignored. Delete one of the two rows.`,
    explain: {
      vi: 'Mỗi thông tin của phong trào và mỗi tham số chỉ được khai một lần.',
      en: 'Each campaign field and each setting is given once.',
      source: null,
    },
  }),
  SETTING_MISSING: template<{ key: string; value: string; valueEn: string }>({
    severity: 'warning',
    vi: (p, at) =>
      `${at}: chưa có giá trị cho tham số "${settingTitle(p.key).vi}"; tạm dùng giá trị mặc định ${p.value}. Hãy nhập giá trị, hoặc chạy lại "Tạo / cập nhật sổ thi đua" nếu dòng tham số đã bị xoá.`,
    en: (p, at) =>
      `${at}: the setting "${settingTitle(p.key).en}" has no value; the default ${p.valueEn} is used. Enter a value, or run "Set up / update the workbook" again if the row was deleted.`,
    explain: {
      vi: 'Các ngưỡng (chênh lệch tự chấm, số chữ số thập phân, kiểm tra đăng ký, số cờ mỗi cụm) là dữ liệu trong sổ; thiếu dòng thì dùng giá trị mặc định.',
      en: 'Thresholds (self-score gap, decimals, registration check, flags per cluster) live in the workbook; a missing row falls back to its default.',
      source: null,
    },
  }),
  SETTING_UNKNOWN: template<{ key: string }>({
    severity: 'warning',
    vi: (p, at) =>
      `${at}: sổ không có tham số "${p.key}"; dòng này bị bỏ qua. Hãy xoá dòng này: các tham số của sổ được ghi lại khi chạy "Tạo / cập nhật sổ thi đua".`,
    en: (p, at) =>
      `${at}: the workbook has no setting "${p.key}"; this row is ignored. Delete it: the workbook's settings are written again by "Set up / update the workbook".`,
    explain: {
      vi: 'Mỗi dòng tham số có mã riêng do sổ tạo; đổi mã làm tham số không còn tác dụng.',
      en: 'Each setting row carries a code the workbook wrote; a changed code has no effect.',
      source: null,
    },
  }),
} as const;
