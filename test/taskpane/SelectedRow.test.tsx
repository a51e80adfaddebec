// A row selected on Chấm điểm opens that unit's explanation in the pane, as a click in the ranking does.
import { screen, waitFor, act } from '@testing-library/react';
import { rankCampaign } from '../../src/domain/rank';
import './support/consoleGuard';
import { fakeActions, sampleCampaign, selectionsOf } from './support/fakeActions';
import { openStep, renderPane } from './support/renderPane';
import { fireEvent } from '@testing-library/react';

describe('following the selection on Chấm điểm', () => {
  it('opens the explanation of the unit whose row is selected', async () => {
    const actions = fakeActions();
    const select = selectionsOf(actions);
    await renderPane(actions);
    openStep(/Chấm điểm/);
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra điểm' }));
    const [ranking] = rankCampaign(sampleCampaign());
    const unit = ranking?.units.find((u) => u.rank === 2);
    if (ranking === undefined || unit === undefined) throw new Error('no second unit');
    await screen.findByRole('table', { name: `Xếp hạng ${ranking.name}` });
    await waitFor(() => expect(actions.watchSelectedUnit).toHaveBeenCalled());
    expect(screen.queryByRole('region', { name: `Giải thích kết quả: ${unit.name}` })).toBeNull();
    act(() => select(unit.unit));
    const card = await screen.findByRole('region', { name: `Giải thích kết quả: ${unit.name}` });
    expect(card.textContent).toContain(`hạng 2 trong ${ranking.name}`);
  });
});
