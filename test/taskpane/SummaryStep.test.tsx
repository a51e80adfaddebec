import { fireEvent, screen, within } from '@testing-library/react';
import { summarise } from '../../src/domain/rank';
import './support/consoleGuard';
import { fakeActions, sampleCampaign, summaryResult } from './support/fakeActions';
import { openStep, renderPane } from './support/renderPane';

function refresh(): void {
  fireEvent.click(screen.getByRole('button', { name: 'Cập nhật trang Tổng hợp' }));
}

describe('step 4, summary', () => {
  it('refreshes the summary sheet and compares the clusters with a chart', async () => {
    const actions = fakeActions();
    await renderPane(actions);
    openStep(/Tổng hợp/);
    refresh();
    expect(await screen.findByText('Đã cập nhật trang Tổng hợp.')).toBeTruthy();
    expect(actions.refreshSummary).toHaveBeenCalledTimes(1);
    const { clusters } = summarise(sampleCampaign());
    const cards = within(screen.getByRole('list', { name: 'So sánh các cụm' })).getAllByRole('listitem');
    expect(cards).toHaveLength(clusters.length);
    const first = clusters[0];
    if (first === undefined || first.mean === null) throw new Error('sample cluster is not scored');
    expect(cards[0]?.textContent).toContain(first.name);
    expect(cards[0]?.textContent).toContain(first.leaderName ?? '');
    expect(cards[0]?.textContent).toContain(first.mean.toLocaleString('vi-VN'));
    const chart = screen.getByRole('figure', { name: 'Biểu đồ điểm trung bình và cao nhất của các cụm' });
    expect(within(chart).getAllByRole('img')).toHaveLength(clusters.length);
    expect(within(chart).getByRole('img', { name: new RegExp(`^${first.name}: trung bình`) })).toBeTruthy();
  });

  it('counts the units proposed for an award, not the scored units the list also shows', async () => {
    const actions = fakeActions();
    await renderPane(actions);
    openStep(/Tổng hợp/);
    refresh();
    expect(await screen.findByText('Đã cập nhật trang Tổng hợp.')).toBeTruthy();
    const { proposals } = summarise(sampleCampaign());
    const proposed = proposals.filter((p) => p.proposal !== '').length;
    expect(proposed).toBeGreaterThan(0);
    expect(screen.getByText(`${proposed} đề nghị khen thưởng trên trang "Tổng hợp".`)).toBeTruthy();
  });

  it('says when nothing is scored yet', async () => {
    const actions = fakeActions();
    const campaign = { ...sampleCampaign(), scores: [], selfScores: [] };
    actions.refreshSummary.mockResolvedValue(summaryResult(campaign));
    await renderPane(actions);
    openStep(/Tổng hợp/);
    refresh();
    expect(await screen.findByText('Chưa có cụm nào có điểm để so sánh.')).toBeTruthy();
    expect(screen.queryByRole('figure')).toBeNull();
  });

  it('lists what keeps the workbook from being read', async () => {
    const actions = fakeActions();
    actions.refreshSummary.mockResolvedValue({
      ...summaryResult(),
      campaign: null,
      summary: null,
      report: null,
      issues: [
        {
          code: 'TABLE_MISSING',
          severity: 'error',
          table: 'Units',
          row: null,
          column: null,
          message:
            'Không tìm thấy bảng "Units" (trang "Danh mục"). Hãy chạy lại "Tạo / cập nhật sổ thi đua".',
          messageEn: 'Table "Units" (sheet "Danh mục") is missing.',
          sheet: 'Danh mục',
          unit: null,
        },
      ],
      counts: { errors: 1, warnings: 0 },
    });
    await renderPane(actions);
    openStep(/Tổng hợp/);
    refresh();
    expect(await screen.findByText(/Không tìm thấy bảng "Units"/)).toBeTruthy();
    expect(screen.getByText(/Sổ đang mở chưa có phong trào đọc được/)).toBeTruthy();
  });

  it('shows the host failure with what to do', async () => {
    const actions = fakeActions();
    actions.refreshSummary.mockRejectedValue(
      new Error('Không ghi được vào sổ: trang "Tổng hợp" đang được bảo vệ.'),
    );
    await renderPane(actions);
    openStep(/Tổng hợp/);
    refresh();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Không cập nhật trang Tổng hợp được');
    expect(alert.textContent).toContain('đang được bảo vệ.');
  });
});
