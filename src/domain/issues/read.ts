import { template } from './catalogue';
import { capitalise, settingTitle, tableTitle } from '../displayNames';
import { sheetWords, tableWords } from './place';

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
