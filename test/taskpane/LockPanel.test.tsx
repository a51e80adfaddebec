// The pane's results lock: who locked and when, every cell changed since named with its value then and
// now, and the two acts — lock in a named person's name, unlock only with a reason — through the actions.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import './support/consoleGuard';
import { fakeActions, OPEN_LOCK, scoreResult } from './support/fakeActions';
import { openStep, renderPane } from './support/renderPane';

function check(): void {
  fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra điểm' }));
}

const lockedResult = () => ({
  ...scoreResult(),
  lock: {
    ...OPEN_LOCK,
    locked: true,
    by: 'Nguyễn Văn An',
    on: '15/12/2021',
    changes: [
      { cell: 'Chấm điểm!F7', sheet: 'Chấm điểm', address: 'F7', before: '8', after: '9' },
      { cell: 'Hội đồng!K5', sheet: 'Hội đồng', address: 'K5', before: '7', after: '(trống)' },
    ],
  },
});

describe('the results lock in the pane', () => {
  it('locks the results in the name typed, then checks again', async () => {
    const actions = fakeActions();
    await renderPane(actions);
    openStep(/Chấm điểm/);
    check();
    const panel = await screen.findByRole('region', { name: 'Chốt kết quả' });
    expect(panel.textContent).toContain('Kết quả chưa được chốt');
    fireEvent.click(within(panel).getByRole('button', { name: 'Chốt kết quả' }));
    expect(within(panel).getByText('Hãy ghi họ và tên người thực hiện.')).toBeTruthy();
    expect(actions.lockResults).not.toHaveBeenCalled();

    fireEvent.change(within(panel).getByLabelText('Người thực hiện (họ và tên)'), {
      target: { value: 'Nguyễn Văn An' },
    });
    const checks = actions.checkScores.mock.calls.length;
    fireEvent.click(within(panel).getByRole('button', { name: 'Chốt kết quả' }));
    await waitFor(() => expect(actions.lockResults).toHaveBeenCalledTimes(1));
    expect(actions.lockResults.mock.calls[0]?.[0]).toBe('Nguyễn Văn An');
    expect(await within(panel).findByText('Đã chốt kết quả: Nguyễn Văn An, ngày 15/12/2021.')).toBeTruthy();
    await waitFor(() => expect(actions.checkScores.mock.calls.length).toBeGreaterThan(checks));
  });

  it('says who locked and when, and names every cell changed since with its values', async () => {
    const actions = fakeActions();
    actions.checkScores.mockResolvedValue(lockedResult());
    await renderPane(actions);
    openStep(/Chấm điểm/);
    check();
    const panel = await screen.findByRole('region', { name: 'Chốt kết quả' });
    expect(panel.textContent).toContain('Kết quả đã được Nguyễn Văn An chốt ngày 15/12/2021.');
    const changed = within(panel).getByRole('region', {
      name: 'Kết quả chốt ngày 15/12/2021 đã bị sửa ở 2 ô:',
    });
    const items = within(changed)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual(['Chấm điểm!F7 từ 8 thành 9', 'Hội đồng!K5 từ 7 thành (trống)']);
    expect(within(panel).queryByRole('button', { name: 'Chốt kết quả' })).toBeNull();
  });

  it('unlocks only with a reason, and tells a refusal in words', async () => {
    const actions = fakeActions();
    actions.checkScores.mockResolvedValue(lockedResult());
    await renderPane(actions);
    openStep(/Chấm điểm/);
    check();
    const panel = await screen.findByRole('region', { name: 'Chốt kết quả' });
    fireEvent.change(within(panel).getByLabelText('Người thực hiện (họ và tên)'), {
      target: { value: 'Trần Thị Bình' },
    });
    fireEvent.click(within(panel).getByRole('button', { name: 'Mở khoá' }));
    expect(within(panel).getByText('Mở khoá phải ghi lý do.')).toBeTruthy();
    expect(actions.unlockResults).not.toHaveBeenCalled();

    actions.unlockResults.mockResolvedValueOnce({ done: false, refusal: { kind: 'notLocked' } });
    fireEvent.change(within(panel).getByLabelText('Lý do mở khoá (theo biên bản của Hội đồng)'), {
      target: { value: 'Sửa điểm I.1 theo biên bản ngày 16/12/2021' },
    });
    fireEvent.click(within(panel).getByRole('button', { name: 'Mở khoá' }));
    expect(await within(panel).findByText('Kết quả chưa được chốt: không có gì để mở khoá.')).toBeTruthy();
    expect(actions.unlockResults.mock.calls[0]?.slice(0, 2)).toEqual([
      'Trần Thị Bình',
      'Sửa điểm I.1 theo biên bản ngày 16/12/2021',
    ]);
  });
});
