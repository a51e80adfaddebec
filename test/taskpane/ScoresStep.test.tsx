import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { outcomeLabel, tallyVote } from '../../src/domain/council';
import { rankCampaign } from '../../src/domain/rank';
import './support/consoleGuard';
import { deferred } from './support/deferred';
import { fakeActions, nothingResult, sampleCampaign, scoreResult } from './support/fakeActions';
import { openStep, renderPane } from './support/renderPane';

function check(): void {
  fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra điểm' }));
}

describe('step 3, scoring', () => {
  it('shows each cluster ranked as the sheet ranks it, with its leader', async () => {
    await renderPane(fakeActions());
    openStep(/Chấm điểm/);
    check();
    const rankings = rankCampaign(sampleCampaign());
    for (const ranking of rankings) {
      const table = await screen.findByRole('table', { name: `Xếp hạng ${ranking.name}` });
      const rows = within(table).getAllByRole('row').slice(1);
      expect(rows).toHaveLength(ranking.units.length);
      const firstUnit = ranking.units[0];
      expect(rows[0]?.textContent).toContain(firstUnit?.name);
      expect(rows[0]?.textContent?.startsWith(String(firstUnit?.rank ?? '—'))).toBe(true);
      const leader = ranking.units.find((u) => u.rank === 1);
      if (leader !== undefined)
        expect(screen.getByText(new RegExp(`${ranking.name} — Dẫn đầu: ${leader.name}`))).toBeTruthy();
    }
  });

  it('opens the explanation of a unit clicked in the ranking: its rank, the unit above and the gap', async () => {
    await renderPane(fakeActions());
    openStep(/Chấm điểm/);
    check();
    const [ranking] = rankCampaign(sampleCampaign());
    const second = ranking?.units.find((u) => u.rank === 2);
    const first = ranking?.units.find((u) => u.rank === 1);
    if (ranking === undefined || second === undefined || first === undefined)
      throw new Error('no second unit');
    fireEvent.click(await screen.findByRole('button', { name: `Xem giải thích kết quả của ${second.name}` }));
    const card = await screen.findByRole('region', { name: `Giải thích kết quả: ${second.name}` });
    expect(card.textContent).toContain(`hạng 2 trong ${ranking.name}`);
    const gap = String(Math.round(((first.total ?? 0) - (second.total ?? 0)) * 100) / 100).replace('.', ',');
    expect(card.textContent).toContain(`Đơn vị liền trên: ${first.name} (hạng 1`);
    expect(card.textContent).toContain(`hơn ${gap} điểm`);
    fireEvent.click(within(card).getByRole('button', { name: 'Đóng phần giải thích' }));
    expect(screen.queryByRole('region', { name: `Giải thích kết quả: ${second.name}` })).toBeNull();
  });

  it('lists the ties that need a vote and the largest self/reviewed gaps', async () => {
    const result = scoreResult();
    const [cluster] = result.rankings;
    const a = cluster?.units[0];
    const b = cluster?.units[1];
    if (cluster === undefined || a === undefined || b === undefined) throw new Error('sample has no cluster');
    result.ties = [
      { cluster: cluster.cluster, clusterName: cluster.name, rank: 1, units: [a, b], forFirstPlace: true },
    ];
    result.gaps = [
      {
        unit: 'VP',
        name: 'Văn phòng Sở',
        cluster: cluster.cluster,
        selfTotal: 95,
        reviewedTotal: 82.5,
        gap: 12.5,
        overThreshold: true,
      },
    ];
    const actions = fakeActions();
    actions.checkScores.mockResolvedValue(result);
    await renderPane(actions);
    openStep(/Chấm điểm/);
    check();
    const ties = await screen.findByRole('region', { name: 'Bằng điểm, cần Hội đồng bỏ phiếu' });
    expect(ties.textContent).toContain(`${cluster.name}, hạng 1`);
    expect(ties.textContent).toContain('tranh vị trí dẫn đầu');
    expect(ties.textContent).toContain(a.name);
    const gaps = screen.getByRole('region', { name: 'Chênh lệch tự chấm – thẩm định lớn nhất' });
    expect(gaps.textContent).toContain('tự chấm 95, thẩm định 82,5, chênh 12,5 điểm');
    expect(gaps.textContent).toContain('vượt ngưỡng 5 điểm');
  });

  it("shows the council's vote title by title, with its numbers", async () => {
    const result = scoreResult();
    const vote = tallyVote(
      { row: 1, candidate: 'Nguyễn Văn An', title: 'LDTT', for: 6, against: 2, abstain: 0 },
      [{ title: 'LDTT', quorum: 66.67, base: 'present', threshold: 70, source: 'Quy chế' }],
      { members: 9, present: 8 },
    );
    result.council = {
      attendance: { members: 9, present: 8 },
      titles: [
        {
          title: 'LDTT',
          name: 'Lao động tiên tiến',
          results: [{ ...vote, label: outcomeLabel(vote.outcome) }],
        },
      ],
      issues: [],
      counts: { errors: 0, warnings: 0 },
    };
    const actions = fakeActions();
    actions.checkScores.mockResolvedValue(result);
    await renderPane(actions);
    openStep(/Chấm điểm/);
    check();
    const votes = await screen.findByRole('region', { name: 'Kết quả Hội đồng bỏ phiếu' });
    expect(votes.textContent).toContain('Có mặt 8/9 thành viên.');
    const title = within(votes).getByRole('region', { name: 'Lao động tiên tiến' });
    expect(title.textContent).toContain('Nguyễn Văn An: Đạt');
    expect(title.textContent).toContain('đồng ý 6/8 = 75% số thành viên có mặt, cần từ 70%');
  });

  it('lists score issues and goes to their cell', async () => {
    const actions = fakeActions();
    await renderPane(actions);
    openStep(/Chấm điểm/);
    check();
    expect(await screen.findByText('1 lỗi, 0 cảnh báo')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /^Chấm điểm!D3, cột "I.1": .*vượt điểm chuẩn 20/ }));
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
    expect(actions.goTo).toHaveBeenCalledWith(expect.objectContaining({ cell: 'D3', sheet: 'Chấm điểm' }));
  });

  it('says plainly when no unit is scored yet', async () => {
    const actions = fakeActions();
    actions.checkScores.mockResolvedValue(nothingResult());
    await renderPane(actions);
    openStep(/Chấm điểm/);
    check();
    expect(
      await screen.findByText(/Không có gì để kiểm tra: chưa có đơn vị nào được chấm điểm/),
    ).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('turns the button off while checking and shows the failure after', async () => {
    const actions = fakeActions();
    const pending = deferred<ReturnType<typeof scoreResult>>();
    actions.checkScores.mockReturnValue(pending.promise);
    await renderPane(actions);
    openStep(/Chấm điểm/);
    check();
    expect(await screen.findByRole('progressbar')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Kiểm tra điểm' })).toHaveProperty('disabled', true);
    pending.reject(new Error('Không đọc được sổ: bảng "Scores" bị khoá.'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Không kiểm tra điểm được');
    expect(alert.textContent).toContain('bảng "Scores" bị khoá.');
    expect(screen.getByRole('button', { name: 'Kiểm tra điểm' })).toHaveProperty('disabled', false);
  });
});
