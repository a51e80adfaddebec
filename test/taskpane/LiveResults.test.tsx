import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { FOLLOW_DELAY_MS } from '../../src/taskpane/useLiveResult';
import type { OnProgress, ScoreCheckResult } from '../../src/workflow';
import './support/consoleGuard';
import { deferred } from './support/deferred';
import { changesOf, fakeActions, sampleCampaign, scoreResult } from './support/fakeActions';
import { openStep, renderPane } from './support/renderPane';

function checkScores(): void {
  fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra điểm' }));
}

/** The score check's result with the first cluster's first two units swapped, as after a change of points. */
function reordered(): ScoreCheckResult {
  const result = scoreResult();
  const [first, ...rest] = result.rankings;
  if (first === undefined) throw new Error('sample has no cluster');
  const [a, b, ...others] = first.units;
  if (a === undefined || b === undefined) throw new Error('sample cluster has fewer than two units');
  result.rankings = [{ ...first, units: [{ ...b, rank: 1 }, { ...a, rank: 2 }, ...others] }, ...rest];
  return result;
}

function unitOrder(table: HTMLElement): string[] {
  return [...table.querySelectorAll('tbody th')].map((th) => th.firstChild?.textContent ?? '');
}

describe('the pane keeps its results true to the workbook', () => {
  it('checks again in the background, once, when the workbook changes, and shows the new ranking', async () => {
    const actions = fakeActions();
    const change = changesOf(actions);
    await renderPane(actions);
    openStep(/Chấm điểm/);
    checkScores();
    const cluster = sampleCampaign().clusters[0]?.name ?? '';
    const table = await screen.findByRole('table', { name: `Xếp hạng ${cluster}` });
    const before = unitOrder(table);
    expect(await screen.findByText(/tự cập nhật khi sổ thay đổi/)).toBeTruthy();

    actions.checkScores.mockResolvedValue(reordered());
    // Typing a row fires many changes: they are followed by one check, after the workbook is still.
    act(() => {
      change();
      change();
      change();
    });
    expect(screen.getByText('Sổ vừa thay đổi: đang cập nhật kết quả…')).toBeTruthy();
    await waitFor(() => expect(actions.checkScores).toHaveBeenCalledTimes(2), {
      timeout: FOLLOW_DELAY_MS * 5,
    });
    await waitFor(() =>
      expect(unitOrder(screen.getByRole('table', { name: `Xếp hạng ${cluster}` }))).toEqual([
        before[1],
        before[0],
        ...before.slice(2),
      ]),
    );
    expect(screen.queryByText('Sổ vừa thay đổi: đang cập nhật kết quả…')).toBeNull();
    // The background check shows no progress bar and leaves the buttons on.
    expect(screen.getByRole('button', { name: 'Kiểm tra điểm' })).toHaveProperty('disabled', false);
  });

  it('marks a result that cannot follow the workbook, with one click to check again', async () => {
    const actions = fakeActions();
    await renderPane(actions);
    openStep(/Chấm điểm/);
    checkScores();
    expect(await screen.findByText(/Sổ có thể đã thay đổi sau đó/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra lại' }));
    await waitFor(() => expect(actions.checkScores).toHaveBeenCalledTimes(2));
  });

  it('keeps the last result, marked out of date, when the background check fails', async () => {
    const actions = fakeActions();
    const change = changesOf(actions);
    await renderPane(actions);
    openStep(/Chấm điểm/);
    checkScores();
    await screen.findByText(/tự cập nhật khi sổ thay đổi/);
    actions.checkScores.mockRejectedValue(new Error('Excel đang bận.'));
    act(() => change());
    expect(
      await screen.findByText('Chưa cập nhật được kết quả theo sổ: Excel đang bận.', undefined, {
        timeout: FOLLOW_DELAY_MS * 5,
      }),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Xếp hạng trong từng cụm' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Kiểm tra lại' })).toBeTruthy();
  });
});

describe('after every action, the next step is one click away', () => {
  it('opens the scoring step from the registrations and checks the scores at once', async () => {
    const actions = fakeActions();
    await renderPane(actions);
    openStep(/Đăng ký/);
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra đăng ký' }));
    // The registration check has an error: going to it comes first, the next step beside it.
    expect(await screen.findByRole('button', { name: 'Tới lỗi đầu tiên: Đăng ký!E4' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Sang bước 3: kiểm tra điểm' }));
    expect(screen.getByRole('tab', { name: '3. Chấm điểm' }).getAttribute('aria-selected')).toBe('true');
    await waitFor(() => expect(actions.checkScores).toHaveBeenCalledTimes(1));
    const results = await screen.findByRole('region', { name: 'Xếp hạng trong từng cụm' });
    expect(results).toBeTruthy();
  });

  it('lists the errors before the ranking they hold, the warnings after', async () => {
    await renderPane(fakeActions());
    openStep(/Chấm điểm/);
    checkScores();
    const ranking = await screen.findByRole('region', { name: 'Xếp hạng trong từng cụm' });
    const errors = screen.getByRole('region', { name: 'Lỗi (1)' });
    expect(errors.compareDocumentPosition(ranking) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // The focus moves to the result of the check.
    expect(document.activeElement).toBe(screen.getByRole('region', { name: 'Kết quả kiểm tra' }));
  });

  it('shows how far a long check is, with what it works through', async () => {
    const actions = fakeActions();
    const pending = deferred<ScoreCheckResult>();
    actions.checkScores.mockImplementation((onProgress?: OnProgress) => {
      onProgress?.({ stage: 'check', counts: { units: 40, registrations: 213, scoreRows: 40 } });
      return pending.promise;
    });
    await renderPane(actions);
    openStep(/Chấm điểm/);
    checkScores();
    expect(await screen.findByText('Đang kiểm tra 40 đơn vị, 213 đăng ký, 40 dòng điểm…')).toBeTruthy();
    await act(async () => {
      pending.resolve(scoreResult());
      await pending.promise;
    });
    expect(screen.queryByText(/Đang kiểm tra 40 đơn vị/)).toBeNull();
  });
});
