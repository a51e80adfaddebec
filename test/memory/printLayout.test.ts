// The memory host keeps the plan's page setup and row heights as data, for the workbench and the tests.
import { presetById } from '../../src/domain/presets';
import { buildPlan } from '../../src/layout/buildPlan';
import { hostWith } from './evaluationHelpers';

describe('page setup in the memory host', () => {
  it('keeps each sheet print setup and the row heights of Tổng hợp as planned', async () => {
    const campaign = presetById('cum-2-bo-tu-phap-2021');
    if (campaign === undefined) throw new Error('no preset cum-2-bo-tu-phap-2021');
    const host = await hostWith(campaign);
    const plan = buildPlan(campaign);
    for (const sheet of plan.sheets) {
      const layout = host.sheetLayout(sheet.name);
      expect({ sheet: sheet.name, print: layout.print }).toEqual({ sheet: sheet.name, print: sheet.print });
      expect({ sheet: sheet.name, heights: layout.rowHeights }).toEqual({
        sheet: sheet.name,
        heights: sheet.rowHeights ?? {},
      });
    }
    expect(Object.keys(host.sheetLayout('Tổng hợp').rowHeights).length).toBeGreaterThan(0);
  });
});
