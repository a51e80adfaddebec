import {
  describeOfficeError,
  ExcelHostError,
  hostError,
  OFFICE_ERROR_GUIDANCE,
  officeErrorCode,
  toExcelHostError,
} from '../../src/excel/errors';

describe('Office errors in Vietnamese', () => {
  it('tells the officer to leave cell edit mode', () => {
    expect(describeOfficeError({ code: 'InvalidOperationInCellEditMode', message: 'x' })).toBe(
      'Excel đang ở chế độ sửa ô: nhấn Enter hoặc Esc rồi thử lại.',
    );
  });

  it.each([
    ['AccessDenied', /bảo vệ.*Bỏ bảo vệ trang tính/],
    ['RequestPayloadSizeLimitExceeded', /5 MB/],
    ['ItemAlreadyExists', /trùng/],
    ['InvalidArgument', /từ chối/],
    ['GeneralException', /lỗi nội bộ/],
  ])('words %s with what to do', (code, pattern) => {
    expect(describeOfficeError({ code })).toMatch(pattern);
  });

  it('ends every known message with a full stop', () => {
    for (const message of Object.values(OFFICE_ERROR_GUIDANCE)) expect(message).toMatch(/\.$/);
  });

  it('keeps the code and Excel’s text for an unknown code', () => {
    expect(describeOfficeError({ code: 'SomethingNew', message: 'boom' })).toBe(
      'Excel báo lỗi SomethingNew: boom. Hãy thử lại; nếu vẫn lỗi, hãy gửi nội dung thông báo này cho người hỗ trợ.',
    );
  });

  it('reads the code of an Office error and nothing else', () => {
    expect(officeErrorCode({ code: 'AccessDenied' })).toBe('AccessDenied');
    expect(officeErrorCode(new Error('plain'))).toBeNull();
    expect(officeErrorCode('text')).toBeNull();
  });

  it('wraps a rejection with what failed first, keeping code and cause', () => {
    const cause = { code: 'AccessDenied', message: 'denied' };
    const error = toExcelHostError(cause, 'write');

    expect(error).toBeInstanceOf(ExcelHostError);
    expect(error.message).toBe(`Không ghi được vào sổ: ${OFFICE_ERROR_GUIDANCE.AccessDenied}`);
    expect(error).toMatchObject({ code: 'AccessDenied', stage: 'write', cause });
  });

  it('passes a host error through unchanged', () => {
    const error = hostError('kế hoạch không khớp.', 'write');
    expect(toExcelHostError(error, 'read')).toBe(error);
    expect(error.code).toBe('HostError');
  });
});
