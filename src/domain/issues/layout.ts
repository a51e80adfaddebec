import { template } from './catalogue';
import { capitalise, tableTitle } from '../displayNames';
import { cellWords, sheetWords, tableWords } from './place';

/**
 * Issues of applying the layout to a workbook that already holds data: the layout never writes
 * over what an officer typed, so it stops and says what to move.
 */
export const LAYOUT_ISSUES = {
  LAYOUT_TABLE_OVER_DATA: template<{
    table: string;
    sheet: string;
    range: string;
    what: string;
    whatEn: string;
  }>({
    severity: 'error',
    vi: (p) =>
      `Không thể ${p.what} ${tableTitle(p.table).vi} ở vùng ${cellWords(p.sheet, p.range)}: vùng này đã có dữ liệu. Hãy chuyển dữ liệu đó sang chỗ khác rồi chạy lại "Tạo / cập nhật sổ thi đua".`,
    en: (p) =>
      `Cannot ${p.whatEn} the ${tableTitle(p.table).en} at ${cellWords(p.sheet, p.range)}: the range already holds data. Move that data elsewhere and run "Set up / update the workbook" again.`,
    explain: {
      vi: 'Sổ thi đua không bao giờ ghi đè lên ô đã có dữ liệu; vùng dành cho bảng phải trống.',
      en: 'The workbook never writes over cells that hold data; the range a table needs must be empty.',
      source: null,
    },
  }),
  LAYOUT_TABLE_ELSEWHERE: template<{ table: string; sheet: string; actual: string }>({
    severity: 'error',
    vi: (p) =>
      `${capitalise(tableTitle(p.table).vi)} đang nằm ở ${sheetWords(p.actual).vi}, không phải ${sheetWords(p.sheet).vi}. Hãy chuyển bảng về ${sheetWords(p.sheet).vi} rồi chạy lại "Tạo / cập nhật sổ thi đua".`,
    en: (p) =>
      `The ${tableTitle(p.table).en} is on ${sheetWords(p.actual).en}, not ${sheetWords(p.sheet).en}. Move it back and run "Set up / update the workbook" again.`,
    explain: {
      vi: 'Mỗi bảng có chỗ cố định trong sổ để định dạng, kiểm tra và in ấn đặt đúng chỗ.',
      en: 'Each table has a fixed sheet so that formats, checks and print setup land in the right place.',
      source: null,
    },
  }),
  LAYOUT_TYPED_IN_COMPUTED: template<{ table: string; column: string; count: number }>({
    severity: 'warning',
    vi: (p) =>
      `Cột "${p.column}" của ${tableWords(p.table).vi} là cột tính tự động nhưng có ${p.count} ô được gõ tay; công thức của cột không được ghi lại để giữ các giá trị đó. Hãy xoá các giá trị gõ tay rồi chạy lại "Tạo / cập nhật sổ thi đua".`,
    en: (p) =>
      `Column "${p.column}" of the ${tableWords(p.table).en} is computed but ${p.count} cell(s) hold typed values; its formula was not rewritten to keep them. Clear the typed values and run "Set up / update the workbook" again.`,
    explain: {
      vi: 'Giá trị gõ tay không bao giờ bị ghi đè; cột tính tự động chỉ được làm mới khi không còn giá trị gõ tay.',
      en: 'Typed values are never overwritten; a computed column is refreshed only when it holds no typed value.',
      source: null,
    },
  }),
  LAYOUT_SUMMARY_USER_TABLE: template<{ table: string; sheet: string }>({
    severity: 'error',
    vi: (p) =>
      `Trang "${p.sheet}" có bảng "${p.table}" không thuộc mẫu sổ; trang này cần được tạo lại nên bảng đó sẽ mất. Hãy chuyển bảng "${p.table}" sang trang khác rồi chạy lại "Tạo / cập nhật sổ thi đua".`,
    en: (p) =>
      `Sheet "${p.sheet}" holds table "${p.table}", which is not part of the workbook; the sheet must be rebuilt and the table would be lost. Move "${p.table}" to another sheet and run "Set up / update the workbook" again.`,
    explain: {
      vi: 'Trang tổng hợp chỉ chứa công thức và được tạo lại khi số cụm, đơn vị hay danh hiệu thay đổi.',
      en: 'The summary sheet holds formulas only and is rebuilt when clusters, units or titles change.',
      source: null,
    },
  }),
} as const;
