import { PRESETS } from '../../src/domain/presets';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Campaign } from '../../src/domain/model';
import './support/consoleGuard';
import { deferred } from './support/deferred';
import { fakeActions, sampleCampaign, setUpResult } from './support/fakeActions';
import { renderPane } from './support/renderPane';

// The whole form re-renders on each change; on a loaded machine a test of several edits passes 5 s.
jest.setTimeout(120_000);

function pickStart(optionName: RegExp): void {
  fireEvent.click(screen.getByRole('combobox', { name: 'Bắt đầu từ' }));
  fireEvent.click(screen.getByRole('option', { name: optionName }));
}

function field(name: string): HTMLInputElement {
  return screen.getByRole<HTMLInputElement>('textbox', { name });
}

/** Unfolds a section of the form by the start of its heading. */
function unfold(heading: RegExp): void {
  const summary = screen.getByText(heading, { selector: 'summary' });
  fireEvent.click(summary);
}

function setUpButton(): HTMLButtonElement {
  return screen.getByRole<HTMLButtonElement>('button', { name: 'Tạo / cập nhật sổ thi đua' });
}

describe('step 1, campaign', () => {
  it('lists the presets with their year, marked as sample data, and a blank campaign', async () => {
    await renderPane(fakeActions());
    fireEvent.click(screen.getByRole('combobox', { name: 'Bắt đầu từ' }));
    const options = screen.getAllByRole('option');
    expect(options).toHaveLength(PRESETS.length + 1);
    expect(options[0]?.textContent).toBe('Phong trào trống');
    expect(screen.getByRole('option', { name: /năm 2018 \(2018\).*dữ liệu mẫu/ })).toBeTruthy();
    expect(options.slice(1).every((o) => o.textContent?.includes('dữ liệu mẫu'))).toBe(true);
  });

  it('sets the workbook up from a preset and says what it added and kept', async () => {
    const actions = fakeActions();
    await renderPane(actions);
    pickStart(/Hồ Chí Minh/);
    expect(field('Số kế hoạch').value).toBe('25/KH-STP-VP');
    expect(field('Ngày ban hành').value).toBe('02/01/2018');
    expect(field('Hạn đăng ký').value).toBe('30/01/2018');
    expect(screen.getByText(/dữ liệu mẫu \(đơn vị, đăng ký, điểm\)/)).toBeTruthy();

    fireEvent.change(field('Tên phong trào'), { target: { value: 'Phong trào thi đua năm 2018 (đã sửa)' } });
    fireEvent.click(setUpButton());

    expect(await screen.findByText('Đã tạo / cập nhật sổ thi đua')).toBeTruthy();
    expect(actions.setUp).toHaveBeenCalledTimes(1);
    const campaign = actions.setUp.mock.calls[0]?.[0] as Campaign;
    expect(campaign.name).toBe('Phong trào thi đua năm 2018 (đã sửa)');
    expect(campaign.units).toEqual(sampleCampaign().units);
    expect(campaign.registrations).toHaveLength(sampleCampaign().registrations.length);
    expect(screen.getByText('Trang "Phong trào"')).toBeTruthy();
    expect(screen.getByText('Danh sách đăng ký: 213 dòng đã có')).toBeTruthy();
    // The outcome takes the focus (and so comes into view), with the next step one click away.
    const outcome = screen.getByText('Đã tạo / cập nhật sổ thi đua').closest('[tabindex="-1"]');
    expect(document.activeElement).toBe(outcome);
    expect(screen.getByRole('button', { name: 'Sang bước 2: kiểm tra đăng ký' })).toBeTruthy();
  });

  it('shows only the latest outcome: a refused set-up clears the earlier success', async () => {
    const actions = fakeActions();
    await renderPane(actions);
    pickStart(/Hồ Chí Minh/);
    fireEvent.click(setUpButton());
    expect(await screen.findByText('Đã tạo / cập nhật sổ thi đua')).toBeTruthy();
    fireEvent.change(field('Ngày kết thúc'), { target: { value: '' } });
    fireEvent.click(setUpButton());
    expect(screen.getByText('Hãy sửa các ô được đánh dấu trước khi tạo sổ.')).toBeTruthy();
    expect(screen.queryByText('Đã tạo / cập nhật sổ thi đua')).toBeNull();
  });

  it('starts a blank campaign of this year', async () => {
    await renderPane(fakeActions());
    pickStart(/Phong trào trống/);
    const year = new Date().getFullYear();
    expect(field('Năm').value).toBe(String(year));
    expect(field('Ngày bắt đầu').value).toBe(`01/01/${year}`);
    expect(screen.queryByText(/dữ liệu mẫu \(đơn vị, đăng ký, điểm\)/)).toBeNull();
  });

  it('opens the folded section that holds a problem when set-up is refused', async () => {
    const actions = fakeActions();
    await renderPane(actions);
    pickStart(/Phong trào trống/);
    expect(screen.queryByRole('listitem', { name: 'Tiêu chí 1' })).toBeNull();
    fireEvent.click(screen.getByText(/^Tiêu chí chấm điểm/, { selector: 'summary' }));
    const first = screen.getByRole('listitem', { name: 'Tiêu chí 1' });
    fireEvent.change(within(first).getByRole('textbox', { name: 'Điểm chuẩn' }), {
      target: { value: 'năm' },
    });
    fireEvent.click(screen.getByText(/^Tiêu chí chấm điểm/, { selector: 'summary' }));
    expect(screen.queryByRole('listitem', { name: 'Tiêu chí 1' })).toBeNull();
    expect(screen.getByText('1 ô lỗi')).toBeTruthy();
    fireEvent.click(setUpButton());
    expect(actions.setUp).not.toHaveBeenCalled();
    expect(screen.getByText(/Điểm chuẩn phải là một số từ 0 trở lên/)).toBeTruthy();
  });

  it('refuses a date that does not exist and sets nothing up', async () => {
    const actions = fakeActions();
    await renderPane(actions);
    pickStart(/Hồ Chí Minh/);
    fireEvent.change(field('Ngày kết thúc'), { target: { value: '31/02/2018' } });
    fireEvent.blur(field('Ngày kết thúc'));
    // The day does not exist: said so, rather than that the form is wrong.
    expect(screen.getByText('Ngày này không có: tháng 2/2018 chỉ có 28 ngày.')).toBeTruthy();
    fireEvent.change(field('Ngày kết thúc'), { target: { value: '31.12' } });
    expect(screen.getByText(/Chưa phải một ngày: nhập theo dạng dd\/mm\/yyyy/)).toBeTruthy();
    fireEvent.click(setUpButton());
    expect(screen.getByText('Hãy sửa các ô được đánh dấu trước khi tạo sổ.')).toBeTruthy();
    expect(actions.setUp).not.toHaveBeenCalled();
  });

  it('reads a pasted unit list and names every line it cannot read', async () => {
    const actions = fakeActions();
    await renderPane(actions);
    pickStart(/Phong trào trống/);
    unfold(/^Đơn vị/);
    const list = screen.getByRole('textbox', { name: /Danh sách đơn vị/ });
    fireEvent.change(list, {
      target: {
        value:
          'Mã đơn vị\tTên đơn vị\tMã cụm\tSố người\nVP\tVăn phòng Sở\tC1\t12\nTT\tThanh tra Sở\tC9\t8\nVP\tTrùng\tC1\tmười',
      },
    });
    expect(screen.getByText(/Dòng 3: mã cụm "C9" chưa có trong danh sách cụm/)).toBeTruthy();
    expect(screen.getByText(/Dòng 4: số người "mười" phải là số nguyên/)).toBeTruthy();
    expect(screen.getByText(/Dòng 4: mã đơn vị "VP" đã có ở dòng 2/)).toBeTruthy();
    expect(screen.getByText('2 dòng lỗi')).toBeTruthy();
    fireEvent.click(setUpButton());
    expect(actions.setUp).not.toHaveBeenCalled();

    fireEvent.change(list, { target: { value: 'VP\tVăn phòng Sở\tC1\t12\nTT\tThanh tra Sở\tC1\t8' } });
    expect(screen.getByText('Đang có 2 đơn vị.')).toBeTruthy();
    fireEvent.click(setUpButton());
    await waitFor(() => expect(actions.setUp).toHaveBeenCalledTimes(1));
    expect((actions.setUp.mock.calls[0]?.[0] as Campaign).units).toEqual([
      { code: 'VP', name: 'Văn phòng Sở', cluster: 'C1', headcount: 12 },
      { code: 'TT', name: 'Thanh tra Sở', cluster: 'C1', headcount: 8 },
    ]);
    expect(await screen.findByText('Đã tạo / cập nhật sổ thi đua')).toBeTruthy();
  });

  it('renames a cluster together with its units, and edits a criterion', async () => {
    const actions = fakeActions();
    await renderPane(actions);
    pickStart(/Phong trào trống/);
    // One section open at a time keeps the form small.
    unfold(/^Đơn vị/);
    fireEvent.change(screen.getByRole('textbox', { name: /Danh sách đơn vị/ }), {
      target: { value: 'VP\tVăn phòng Sở\tC1\t12' },
    });
    unfold(/^Đơn vị/);
    unfold(/^Cụm, khối thi đua/);
    fireEvent.change(screen.getByRole('textbox', { name: 'Mã cụm' }), { target: { value: 'K1' } });
    unfold(/^Cụm, khối thi đua/);
    unfold(/^Tiêu chí chấm điểm/);
    const first = screen.getByRole('listitem', { name: 'Tiêu chí 1' });
    fireEvent.change(within(first).getByRole('textbox', { name: 'Điểm chuẩn' }), {
      target: { value: '7,5' },
    });
    unfold(/^Tiêu chí chấm điểm/);
    fireEvent.click(setUpButton());
    await waitFor(() => expect(actions.setUp).toHaveBeenCalledTimes(1));
    const campaign = actions.setUp.mock.calls[0]?.[0] as Campaign;
    expect(campaign.clusters[0]?.code).toBe('K1');
    expect(campaign.units[0]?.cluster).toBe('K1');
    expect(campaign.criteria[0]?.max).toBe(7.5);
    expect(await screen.findByText('Đã tạo / cập nhật sổ thi đua')).toBeTruthy();
  });

  it('shows a progress bar and turns the buttons off while the workbook is being set up', async () => {
    const actions = fakeActions();
    const pending = deferred<ReturnType<typeof setUpResult>>();
    actions.setUp.mockReturnValue(pending.promise);
    await renderPane(actions);
    pickStart(/Hồ Chí Minh/);
    fireEvent.click(setUpButton());
    expect(await screen.findByRole('progressbar')).toBeTruthy();
    expect(setUpButton().disabled).toBe(true);
    expect(screen.getByRole('button', { name: 'Đọc phong trào từ sổ đang mở' })).toHaveProperty(
      'disabled',
      true,
    );
    // A second click while the first runs starts nothing.
    fireEvent.click(setUpButton());
    pending.resolve(setUpResult());
    expect(await screen.findByText('Đã tạo / cập nhật sổ thi đua')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(setUpButton().disabled).toBe(false);
    expect(actions.setUp).toHaveBeenCalledTimes(1);
  });

  it('says what went wrong and what to do when the host fails', async () => {
    const actions = fakeActions();
    actions.setUp.mockRejectedValue(new Error('Không ghi được vào sổ: Excel đang ở chế độ sửa ô.'));
    await renderPane(actions);
    pickStart(/Hồ Chí Minh/);
    fireEvent.click(setUpButton());
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Không tạo / cập nhật sổ thi đua được');
    expect(alert.textContent).toContain('Excel đang ở chế độ sửa ô.');
    expect(alert.textContent).toContain('rồi thử lại');
    expect(setUpButton().disabled).toBe(false);
    fireEvent.click(within(alert).getByRole('button', { name: 'Đóng thông báo' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('reads the campaign the workbook holds into the form', async () => {
    const actions = fakeActions();
    await renderPane(actions);
    fireEvent.click(screen.getByRole('button', { name: 'Đọc phong trào từ sổ đang mở' }));
    expect(await screen.findByText(/Đã đọc phong trào/)).toBeTruthy();
    expect(field('Số kế hoạch').value).toBe('25/KH-STP-VP');
    expect(actions.loadCampaign).toHaveBeenCalledTimes(1);
  });

  it('says when the workbook holds no campaign yet', async () => {
    const actions = fakeActions();
    actions.loadCampaign.mockResolvedValue({ campaign: null, issues: [] });
    await renderPane(actions);
    fireEvent.click(screen.getByRole('button', { name: 'Đọc phong trào từ sổ đang mở' }));
    expect(await screen.findByText(/Sổ đang mở chưa có phong trào đọc được/)).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'Tên phong trào' })).toBeNull();
  });
});
