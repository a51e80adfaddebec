import { template } from './catalogue';

/**
 * Issues of the results lock ("Chốt kết quả"): a locked value changed since, and a lock record edited by
 * hand. Both are errors: a council's results must not change quietly.
 */
export const LOCK_ISSUES = {
  LOCKED_VALUE_CHANGED: template<{
    /** The day of the lock, dd/mm/yyyy. */
    lockedOn: string;
    by: string;
    /** `Chấm điểm!F7`. */
    cell: string;
    before: string;
    after: string;
  }>({
    severity: 'error',
    vi: (p) =>
      `Kết quả chốt ngày ${p.lockedOn} đã bị sửa: ${p.cell} từ ${p.before} thành ${p.after}. Hãy trả lại giá trị đã chốt; nếu Hội đồng quyết định sửa, người có thẩm quyền mở khoá có ghi lý do ("Mở khoá kết quả", thidua unlock) rồi chốt lại.`,
    en: (p) =>
      `The results locked on ${p.lockedOn} were changed: ${p.cell} from ${p.before} to ${p.after}. Put the locked value back; if the council decides to change it, unlock with a reason (thidua unlock) and lock again.`,
    explain: {
      vi: `Sau khi Hội đồng chốt kết quả (người chốt và ngày chốt được ghi lại), không số liệu nào được sửa mà không có lần mở khoá ghi rõ người mở và lý do.`,
      en: 'Once the council has locked the results (who and when are recorded), no value may change without an unlocking that records who and why.',
      source: null,
    },
  }),
  LOCK_RECORD_EDITED: template<{ detail: string }>({
    severity: 'error',
    vi: (p, at) =>
      `${at}: bản ghi chốt kết quả đã bị sửa bằng tay (${p.detail}); không còn đối chiếu được kết quả đã chốt. Hãy lấy lại bản sổ lưu lúc chốt, hoặc mở khoá có ghi lý do rồi chốt lại.`,
    en: (p, at) =>
      `${at}: the record of the locked results was edited by hand (${p.detail}); the locked results can no longer be checked. Restore the workbook saved at the lock, or unlock with a reason and lock again.`,
    explain: {
      vi: 'Bản ghi chốt (ngày, người chốt, các giá trị đã chốt) được niêm phong bằng dấu vân tay SHA-256; sửa tay thì dấu vân tay không còn khớp.',
      en: 'The lock record (day, who, the locked values) is sealed by a SHA-256 fingerprint; a hand edit no longer matches it.',
      source: null,
    },
  }),
} as const;
