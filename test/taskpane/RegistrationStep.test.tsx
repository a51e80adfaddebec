import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import './support/consoleGuard';
import { fakeActions, nothingResult, registrationResult, tableMissingResult } from './support/fakeActions';
import { openStep, renderPane } from './support/renderPane';

function check(): void {
  fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra đăng ký' }));
}

describe('step 2, registrations', () => {
  it('groups the issues by severity and unit, with counts', async () => {
    await renderPane(fakeActions());
    openStep(/Đăng ký/);
    check();
    expect(await screen.findByText('1 lỗi, 2 cảnh báo')).toBeTruthy();
    const errors = screen.getByRole('region', { name: 'Lỗi (1)' });
    expect(within(errors).getByRole('list', { name: 'Văn phòng Sở (VP)' })).toBeTruthy();
    const warnings = screen.getByRole('region', { name: 'Cảnh báo (2)' });
    expect(within(warnings).getByRole('list', { name: 'Thanh tra Sở (TTRA)' })).toBeTruthy();
    expect(within(warnings).getByRole('list', { name: 'Chung, không thuộc riêng đơn vị nào' })).toBeTruthy();
  });

  it('goes to the cell of an issue when it is clicked', async () => {
    const actions = fakeActions();
    await renderPane(actions);
    openStep(/Đăng ký/);
    check();
    const button = await screen.findByRole('button', {
      name: /^Đăng ký!E4, cột "Mã danh hiệu": mã danh hiệu "XYZ"/,
    });
    fireEvent.click(button);
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
    expect(actions.goTo).toHaveBeenCalledTimes(1);
    expect(actions.goTo.mock.calls[0]?.[0]).toMatchObject({
      code: 'REGISTRATION_TITLE_UNKNOWN',
      sheet: 'Đăng ký',
      cell: 'E4',
    });
    // An issue with no place in the workbook is text, not a button.
    expect(screen.getByText(/Cụm 9/).closest('button')).toBeNull();
    expect(screen.getAllByText('Không gắn với ô nào trong sổ.')).toHaveLength(1);
  });

  it('explains each rule with its source', async () => {
    await renderPane(fakeActions());
    openStep(/Đăng ký/);
    check();
    await screen.findByText('1 lỗi, 2 cảnh báo');
    expect(screen.getAllByText('Vì sao').length).toBeGreaterThanOrEqual(3);
    expect(screen.getByText(/Quy tắc áp dụng: Luật Thi đua, khen thưởng 2003/)).toBeTruthy();
    expect(screen.getByText(/không quá 15% số người đạt Lao động tiên tiến/)).toBeTruthy();
    expect(screen.getAllByText(/Căn cứ: Nghị định 91\/2017\/NĐ-CP, Điều 9/).length).toBeGreaterThan(0);
  });

  it('lists a missing table and says the workbook holds no readable campaign', async () => {
    const actions = fakeActions();
    actions.checkRegistrations.mockResolvedValue(tableMissingResult());
    await renderPane(actions);
    openStep(/Đăng ký/);
    check();
    const missing = await screen.findByText(/Không tìm thấy danh sách đăng ký \(trang "Đăng ký"\)/);
    expect(missing.closest('button')).toBeNull();
    expect(screen.getByText('Trang "Đăng ký"')).toBeTruthy();
    expect(screen.getByText(/Sổ đang mở chưa có phong trào đọc được/)).toBeTruthy();
    expect(screen.getByText('1 lỗi, 0 cảnh báo')).toBeTruthy();
  });

  it('says plainly when there is nothing to check', async () => {
    const actions = fakeActions();
    actions.checkRegistrations.mockResolvedValue(nothingResult());
    await renderPane(actions);
    openStep(/Đăng ký/);
    check();
    expect(await screen.findByText(/Không có gì để kiểm tra: bảng đăng ký/)).toBeTruthy();
    expect(screen.queryByText('Không có lỗi hay cảnh báo nào.')).toBeNull();
  });

  it('shows the host failure with what to do', async () => {
    const actions = fakeActions();
    actions.checkRegistrations.mockRejectedValue(new Error('Không đọc được sổ: Excel đang bận.'));
    await renderPane(actions);
    openStep(/Đăng ký/);
    check();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Không kiểm tra đăng ký được');
    expect(alert.textContent).toContain('Excel đang bận.');
    expect(screen.getByRole('button', { name: 'Kiểm tra đăng ký' })).toHaveProperty('disabled', false);
  });

  it('shows the failure of going to a cell', async () => {
    const actions = fakeActions();
    actions.goTo.mockRejectedValue(new Error('Không chuyển được tới ô cần xem.'));
    await renderPane(actions);
    openStep(/Đăng ký/);
    check();
    fireEvent.click(await screen.findByRole('button', { name: /^Đăng ký!E4/ }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Không chuyển tới ô cần sửa được');
  });

  it('words the issues in English when the pane is in English', async () => {
    await renderPane(fakeActions());
    fireEvent.click(screen.getByRole('switch', { name: 'English' }));
    openStep(/Registrations/);
    fireEvent.click(screen.getByRole('button', { name: 'Check registrations' }));
    expect(await screen.findByText('1 error(s), 2 warning(s)')).toBeTruthy();
    expect(screen.getByText(/title code "XYZ" is not in the title catalogue/)).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Errors (1)' })).toBeTruthy();
  });
  it("lists the conditions on earlier years that registrations meet, with years and decisions, in the pane's language", async () => {
    const actions = fakeActions();
    const met = {
      row: 3,
      unit: 'VP',
      person: 'Phạm Văn Bình',
      title: 'CSTD_BO',
      vi: 'Phạm Văn Bình đạt "Chiến sĩ thi đua cơ sở" (CSTDCS) 3 năm liên tục: 2022 (QĐ 32/QĐ-STP ngày 20/12/2022), 2023 (QĐ 33/QĐ-STP), 2024 (đăng ký năm nay).',
      en: 'Phạm Văn Bình holds "Chiến sĩ thi đua cơ sở" (CSTDCS) 3 years in a row: 2022 (decision 32/QĐ-STP of 20/12/2022), 2023 (decision 33/QĐ-STP), 2024 (this year\'s registration).',
    };
    actions.checkRegistrations.mockResolvedValue({ ...registrationResult(), met: [met] });
    await renderPane(actions);
    openStep(/Đăng ký/);
    check();
    const summary = await screen.findByText('Điều kiện các năm trước đã đạt (1)');
    fireEvent.click(summary);
    expect(screen.getByText(met.vi)).toBeTruthy();
    expect(screen.getByText(/Theo trang "Lịch sử khen thưởng"/)).toBeTruthy();

    fireEvent.click(screen.getByRole('switch', { name: 'English' }));
    expect(await screen.findByText(met.en)).toBeTruthy();
  });

  it('has no such list when no condition on earlier years is met', async () => {
    await renderPane(fakeActions());
    openStep(/Đăng ký/);
    check();
    await screen.findByText('1 lỗi, 2 cảnh báo');
    expect(screen.queryByText(/Điều kiện các năm trước đã đạt/)).toBeNull();
  });
});
