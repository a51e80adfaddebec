import { fireEvent, screen } from '@testing-library/react';
import './support/consoleGuard';
import { fakeActions } from './support/fakeActions';
import { EXCEL_VI, openStep, renderPane } from './support/renderPane';

describe('task pane shell', () => {
  it('speaks Vietnamese when Office is in Vietnamese and names the four steps', async () => {
    await renderPane(fakeActions());
    expect(screen.getByRole('heading', { name: 'Thi đua', level: 1 })).toBeTruthy();
    expect(screen.getByText('Đang chạy trong Excel (PC).')).toBeTruthy();
    expect(screen.getAllByRole('tab')).toHaveLength(4);
    for (const name of ['1. Phong trào', '2. Đăng ký', '3. Chấm điểm', '4. Tổng hợp']) {
      expect(screen.getByRole('tab', { name })).toBeTruthy();
    }
    expect(screen.getByRole('tab', { selected: true }).id).toBe('thidua-tab-campaign');
    expect(screen.getByRole('tablist', { name: 'Các bước' })).toBeTruthy();
    // Fluent's own labels are worded too: the preset picker's clear button is not left in English.
    expect(document.querySelector('[aria-label="Clear selection"]')).toBeNull();
    expect(document.querySelector('[aria-label="Bỏ chọn"]')).not.toBeNull();
  });

  it('speaks English when Office is in another language', async () => {
    await renderPane(fakeActions(), { ...EXCEL_VI, language: 'en-US' });
    for (const name of ['1. Campaign', '2. Registrations', '3. Scoring', '4. Summary']) {
      expect(screen.getByRole('tab', { name })).toBeTruthy();
    }
    expect(screen.getByRole('switch', { name: 'English' })).toHaveProperty('checked', true);
  });

  it('switches language both ways with the switch', async () => {
    await renderPane(fakeActions());
    const toggle = screen.getByRole('switch', { name: 'English' });
    expect(toggle).toHaveProperty('checked', false);
    fireEvent.click(toggle);
    expect(screen.getByRole('tab', { name: '2. Registrations' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Read the campaign from the open workbook' })).toBeTruthy();
    fireEvent.click(screen.getByRole('switch', { name: 'English' }));
    expect(screen.getByRole('tab', { name: '2. Đăng ký' })).toBeTruthy();
  });

  it('says no workbook is connected outside Office and turns the workbook buttons off', async () => {
    await renderPane(undefined, { inOffice: false, host: null, platform: null, language: 'vi-VN' });
    expect(screen.getByText('Đang chạy ngoài Office, trong trình duyệt.')).toBeTruthy();
    expect(screen.getByText(/Chưa kết nối với sổ Excel nào/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Đọc phong trào từ sổ đang mở' })).toHaveProperty(
      'disabled',
      true,
    );
    openStep(/Đăng ký/);
    expect(screen.getByRole('button', { name: 'Kiểm tra đăng ký' })).toHaveProperty('disabled', true);
    openStep(/Chấm điểm/);
    expect(screen.getByRole('button', { name: 'Kiểm tra điểm' })).toHaveProperty('disabled', true);
    openStep(/Tổng hợp/);
    expect(screen.getByRole('button', { name: 'Cập nhật trang Tổng hợp' })).toHaveProperty('disabled', true);
  });

  it('shows one step at a time and keeps a step as it was when coming back', async () => {
    const actions = fakeActions();
    await renderPane(actions);
    openStep(/Đăng ký/);
    expect(screen.getByRole('tabpanel').id).toBe('thidua-panel-registrations');
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra đăng ký' }));
    expect(await screen.findByText('1 lỗi, 2 cảnh báo')).toBeTruthy();
    openStep(/Phong trào/);
    expect(screen.getByRole('tabpanel').id).toBe('thidua-panel-campaign');
    expect(screen.queryByRole('status', { name: 'Kết quả kiểm tra' })).toBeNull();
    openStep(/Đăng ký/);
    expect(screen.getByRole('status', { name: 'Kết quả kiểm tra' }).textContent).toBe('1 lỗi, 2 cảnh báo');
    expect(actions.checkRegistrations).toHaveBeenCalledTimes(1);
  });
});
