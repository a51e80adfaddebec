/**
 * Office errors turned into messages an emulation officer can act on. Office.js rejects with an
 * `OfficeExtension.Error` whose `code` is stable and not localised (`InvalidOperationInCellEditMode`,
 * `AccessDenied`, …) and whose `message` is meant for developers; the pane shows ours instead.
 */

/** What the host was doing when Excel refused: the first words of the message say it. */
export type ExcelStage = 'read' | 'write' | 'goTo' | 'setup';

/** Vietnamese guidance by Office error code: what happened and what to do. */
export const OFFICE_ERROR_GUIDANCE: Readonly<Record<string, string>> = {
  InvalidOperationInCellEditMode: 'Excel đang ở chế độ sửa ô: nhấn Enter hoặc Esc rồi thử lại.',
  AccessDenied:
    'Excel không cho phép thay đổi vì trang tính hoặc sổ đang được bảo vệ (có thể bằng mật khẩu). ' +
    'Hãy bỏ bảo vệ (Xem lại › Bỏ bảo vệ trang tính) rồi thử lại.',
  BadPassword:
    'Trang tính được bảo vệ bằng mật khẩu nên tiện ích không mở khoá được. ' +
    'Hãy bỏ bảo vệ trang (Xem lại › Bỏ bảo vệ trang tính, nhập mật khẩu) rồi thử lại.',
  RequestPayloadSizeLimitExceeded:
    'Lượng dữ liệu ghi vào Excel trong một lần quá lớn (Excel trên web giới hạn 5 MB mỗi yêu cầu). ' +
    'Hãy thử lại; nếu vẫn lỗi, hãy mở sổ bằng Excel trên máy tính.',
  ResponsePayloadSizeLimitExceeded:
    'Dữ liệu đọc từ sổ quá lớn để Excel trên web gửi trong một lần (giới hạn 5 MB). ' +
    'Hãy xoá các dòng trống thừa ở cuối bảng, hoặc mở sổ bằng Excel trên máy tính.',
  ItemAlreadyExists:
    'Trong sổ đã có một trang, bảng hoặc tên trùng với tên cần tạo. Hãy đổi tên hoặc xoá mục trùng rồi thử lại.',
  ItemNotFound:
    'Không tìm thấy trang, bảng hoặc tên cần dùng (có thể vừa bị xoá hoặc đổi tên). ' +
    'Hãy chạy lại "Tạo / cập nhật sổ thi đua".',
  InvalidArgument:
    'Excel từ chối một giá trị, công thức hoặc quy tắc được ghi vào sổ. ' +
    'Hãy kiểm tra các ô vừa dán (ký tự lạ, công thức sai) rồi thử lại.',
  InvalidReference:
    'Một địa chỉ ô hoặc vùng không hợp lệ với thao tác này. Hãy chạy lại "Tạo / cập nhật sổ thi đua".',
  InvalidOperation:
    'Excel không thực hiện được thao tác này lúc này (có thể đang mở một hộp thoại, hoặc vùng ghi chồng lên ô đã trộn). ' +
    'Hãy đóng hộp thoại rồi thử lại.',
  MergedRangeConflict:
    'Không tạo được bảng vì vùng ghi chồng lên ô đã trộn hoặc một bảng khác. Hãy bỏ trộn ô hoặc dời dữ liệu rồi thử lại.',
  InsertDeleteConflict:
    'Không chèn được dòng hoặc cột vì xung đột với bảng hoặc ô đã trộn bên cạnh. Hãy dời dữ liệu rồi thử lại.',
  NonBlankCellOffSheet:
    'Không thêm được dòng hoặc cột vì sẽ đẩy dữ liệu ra ngoài trang tính. ' +
    'Hãy xoá các ô có dữ liệu hoặc định dạng thừa ở cuối trang rồi thử lại.',
  OperationCellsExceedLimit:
    'Thao tác chạm tới quá nhiều ô. Hãy xoá dữ liệu hoặc định dạng thừa ở các cột xa bên phải bảng rồi thử lại.',
  RangeExceedsLimit:
    'Vùng dữ liệu vượt quá số ô Excel cho phép trong một lần. Hãy chia nhỏ dữ liệu rồi thử lại.',
  FormulaLengthExceedsLimit:
    'Một công thức vượt quá độ dài Excel cho phép. Hãy giảm số tiêu chí phụ hoặc số cột điểm.',
  Conflict: 'Có người khác đang sửa cùng vùng của sổ (đồng tác giả). Chờ một lát rồi thử lại.',
  InactiveWorkbook:
    'Đang mở nhiều sổ và sổ này không còn được chọn. Hãy bấm vào cửa sổ của sổ thi đua rồi thử lại.',
  ActivityLimitReached: 'Excel đang bận. Chờ một lát rồi thử lại.',
  RequestAborted: 'Excel đã huỷ yêu cầu giữa chừng. Hãy thử lại.',
  ApiNotFound:
    'Bản Excel này không có chức năng cần dùng. Hãy cập nhật Excel (Excel 2019, Microsoft 365 hoặc Excel trên web).',
  UnsupportedSheet: 'Trang này là trang biểu đồ hoặc trang macro, không ghi dữ liệu vào được.',
  UnsupportedOperation: 'Bản Excel này không hỗ trợ thao tác cần dùng. Hãy cập nhật Excel rồi thử lại.',
  GeneralException:
    'Excel gặp lỗi nội bộ khi thực hiện yêu cầu. Hãy lưu sổ, đóng rồi mở lại Excel và thử lại.',
};

const STAGE_PREFIX: Readonly<Record<ExcelStage, string>> = {
  read: 'Không đọc được sổ',
  write: 'Không ghi được vào sổ',
  goTo: 'Không chuyển được tới ô cần xem',
  setup: 'Không dùng được tiện ích',
};

/** An Office error (or a failure of the host itself), worded for the officer. */
export class ExcelHostError extends Error {
  /** Office error code (`AccessDenied`, …), or `HostError` for a failure of the host's own checks. */
  readonly code: string;
  readonly stage: ExcelStage;
  /** The original error, for the log. */
  override readonly cause: unknown;

  constructor(message: string, code: string, stage: ExcelStage, cause?: unknown) {
    super(message);
    this.name = 'ExcelHostError';
    this.code = code;
    this.stage = stage;
    this.cause = cause;
  }
}

/**
 * The Office error code carried by a rejection, whatever wraps it.
 * @param error - what `Excel.run` or `context.sync` rejected with
 * @returns the code (`AccessDenied`, …) or null when the error is not an Office error
 * @example
 * officeErrorCode({ code: 'AccessDenied', message: '…' }) // 'AccessDenied'
 */
export function officeErrorCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && code.length > 0 ? code : null;
}

/**
 * Vietnamese guidance for an Office error: what happened and what to do.
 * @param error - what Office.js rejected with
 * @returns the guidance; for an unknown code, the code and Excel's own message with a plea to retry
 * @example
 * describeOfficeError({ code: 'InvalidOperationInCellEditMode' })
 * // 'Excel đang ở chế độ sửa ô: nhấn Enter hoặc Esc rồi thử lại.'
 */
export function describeOfficeError(error: unknown): string {
  const code = officeErrorCode(error);
  const known = code === null ? undefined : OFFICE_ERROR_GUIDANCE[code];
  if (known !== undefined) return known;
  const message =
    typeof error === 'object' && error !== null ? (error as { message?: unknown }).message : error;
  const detail = typeof message === 'string' ? message : '';
  const label = code === null ? 'Lỗi' : `Excel báo lỗi ${code}`;
  return `${label}${detail ? `: ${detail}` : ''}. Hãy thử lại; nếu vẫn lỗi, hãy gửi nội dung thông báo này cho người hỗ trợ.`;
}

/**
 * Wraps any rejection into an {@link ExcelHostError} whose message starts with what failed.
 * An `ExcelHostError` passes through unchanged.
 * @param error - the rejection
 * @param stage - what the host was doing
 * @returns the error to throw
 * @example
 * toExcelHostError({ code: 'AccessDenied' }, 'write').message
 * // 'Không ghi được vào sổ: Excel không cho phép thay đổi vì …'
 */
export function toExcelHostError(error: unknown, stage: ExcelStage): ExcelHostError {
  if (error instanceof ExcelHostError) return error;
  const code = officeErrorCode(error) ?? 'HostError';
  return new ExcelHostError(`${STAGE_PREFIX[stage]}: ${describeOfficeError(error)}`, code, stage, error);
}

/**
 * A failure of the host's own checks (not an Office error), with its Vietnamese message.
 * @param message - what is wrong and what to do
 * @param stage - what the host was doing
 * @returns the error to throw
 * @example
 * hostError('Kế hoạch không khớp với sổ.', 'write').code // 'HostError'
 */
export function hostError(message: string, stage: ExcelStage): ExcelHostError {
  return new ExcelHostError(`${STAGE_PREFIX[stage]}: ${message}`, 'HostError', stage);
}
