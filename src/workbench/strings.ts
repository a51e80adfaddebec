/**
 * Text of the workbench around the task pane (toolbar, formula bar, grid, messages). It plays the part
 * of Excel, whose own language is the officer's: Vietnamese, whatever language the pane is switched to.
 */
export const WB = {
  title: 'Thi đua — bàn làm việc',
  subtitle:
    'Sổ thi đua trong bộ nhớ trình duyệt, công thức tính bằng HyperFormula: xem tiện ích chạy mà không cần Excel.',
  paneLabel: 'Ngăn tác vụ Thi đua',
  export: 'Xuất .xlsx',
  exporting: 'Đang xuất…',
  exported: (file: string, size: string) => `Đã xuất tệp ${file} (${size}).`,
  exportFailed: 'Không xuất được tệp .xlsx',
  dismiss: 'Đóng',
  nameBox: 'Ô đang chọn',
  nameBoxHint: 'Gõ địa chỉ ô (ví dụ D6) rồi Enter để tới ô đó',
  formula: 'Nội dung ô (công thức hoặc giá trị)',
  grid: (sheet: string) => `Trang tính ${sheet}`,
  sheets: 'Các trang tính',
  cellInfo: {
    table: (table: string, column: string) => `Bảng ${table}, cột "${column}"`,
    header: 'tiêu đề cột',
    formula: 'công thức',
    lockedFormula: 'công thức, ô khoá',
    locked: 'ô khoá',
    input: 'ô nhập liệu',
    free: 'ngoài bảng',
  },
  legend: {
    input: 'Ô nhập liệu',
    locked: 'Ô khoá (công thức, trang được bảo vệ)',
    protectedSheet: 'Trang được bảo vệ (không mật khẩu)',
    openSheet: 'Trang không bảo vệ',
  },
  locked: {
    title: 'Ô được bảo vệ',
    body: 'Ô hoặc biểu đồ bạn đang cố thay đổi nằm trên một trang tính được bảo vệ.',
    why: 'Các ô công thức được khoá để không ai ghi đè nhầm khi xem sổ; chỉ nhập vào các ô nhập liệu (nền trắng).',
    ok: 'OK',
  },
  hiddenSheet: (sheet: string, cell: string) =>
    `Ô ${cell} nằm trên trang ẩn "${sheet}": trang này không hiện trong bàn làm việc.`,
  noSuchCell: (text: string) => `"${text}" không phải địa chỉ ô (ví dụ D6).`,
} as const;
