import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as Xlsx from '../../src/xlsx/library';
import { PRESET_IDS, presetById } from '../../src/domain/presets';
import { readCampaign } from '../../src/domain/read';
import { rankCampaign } from '../../src/domain/rank';
import { buildPlan } from '../../src/layout/buildPlan';
import { createFileHost } from '../../src/xlsx/fileHost';
import { loadWorkbookFile, saveWorkbookFile } from '../../src/xlsx/workbookFile';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'thidua-roundtrip-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe.each([...PRESET_IDS])('the file host on preset %s', (id) => {
  it('writes a file that reads back into the same ranking and plans again with nothing to add', async () => {
    const campaign = presetById(id);
    if (campaign === undefined) throw new Error(id);
    const workbook = new Xlsx.Workbook();
    const applied = await createFileHost(workbook).applyPlan((current) => buildPlan(campaign, current));
    expect(applied.plan.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const file = path.join(dir, `${id}.xlsx`);
    await saveWorkbookFile(workbook, file);

    const data = await createFileHost(await loadWorkbookFile(file)).read();
    const reading = readCampaign(data);
    expect(reading.issues.filter((i) => i.severity === 'error')).toEqual([]);
    if (reading.campaign === null) throw new Error('campaign not read');
    // The catalogue as a whole, so a "more than" share (TTLĐTT: > 50%) survives the file as strict.
    expect(reading.campaign.titles).toEqual(campaign.titles);
    expect(rankCampaign(reading.campaign)).toEqual(rankCampaign(campaign));

    const again = buildPlan(reading.campaign, data);
    expect(again.issues.filter((i) => i.severity === 'error')).toEqual([]);
    for (const sheet of again.sheets) {
      expect({ sheet: sheet.name, existing: sheet.existing, replace: sheet.replace ?? false }).toEqual({
        sheet: sheet.name,
        existing: true,
        replace: false,
      });
      for (const table of sheet.tables) {
        expect({
          table: table.name,
          existing: table.existing,
          addColumns: table.addColumns,
          appendRows: table.appendRows,
        }).toEqual({
          table: table.name,
          existing: true,
          addColumns: [],
          appendRows: [],
        });
      }
    }
  });
});
