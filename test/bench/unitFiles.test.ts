import { unzipSync } from 'fflate';
import { generateCampaign, PROVINCIAL } from '../../bench/workload';
import { unitFile, unitFileLayout } from '../../bench/support/unitFiles';
import { mergeUnitCopies, setUpCampaign } from '../../src/workflow';
import { createFileHost } from '../../src/xlsx/fileHost';
import { readTablesOfBytes } from '../../src/xlsx/quickTables';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { loadWorkbookBuffer, newWorkbook, workbookBytes } from '../../src/xlsx/workbookFile';

jest.setTimeout(120_000);

describe("the bench's units' copies", () => {
  it("are whole workbooks holding one unit's rows, read alike by the library and the quick reader, and merged", async () => {
    const campaign = generateCampaign(PROVINCIAL);
    const workbook = newWorkbook(campaign.name);
    await setUpCampaign(createFileHost(workbook), { ...campaign, registrations: [], selfScores: [] });
    const blank = await workbookBytes(workbook);
    const layout = await unitFileLayout(blank);
    const units = campaign.units.slice(0, 3).map((unit) => unit.code);
    const files = units.map((unit) => unitFile(layout, campaign, unit));

    const first = files[0] ?? new Uint8Array();
    expect(Object.keys(unzipSync(first)).sort()).toEqual(Object.keys(unzipSync(blank)).sort());
    const full = readWorkbook(await loadWorkbookBuffer(first));
    const quick = await readTablesOfBytes(first, ['Registrations', 'SelfScores']);
    expect(quick.tables.Registrations?.rows).toEqual(full.tables.Registrations?.rows);
    expect(quick.tables.SelfScores?.rows).toEqual(full.tables.SelfScores?.rows);
    const own = campaign.registrations.filter((r) => r.unit === units[0]);
    expect(full.tables.Registrations?.rows.map((row) => row[0])).toEqual(own.map((r) => r.unit));

    const host = createFileHost(await loadWorkbookBuffer(blank));
    const result = await mergeUnitCopies(
      host,
      files.map((bytes, i) => ({
        label: `${units[i]}.xlsx`,
        read: () => readTablesOfBytes(bytes, ['Meta', 'Campaign', 'Registrations', 'SelfScores']),
      })),
      { dryRun: false },
    );
    expect(result.copies.map((copy) => (copy.accepted ? copy.unit : copy.reason))).toEqual(units);
    const merged = (await host.read()).tables.Registrations?.rows ?? [];
    expect(merged).toHaveLength(campaign.registrations.filter((r) => units.includes(r.unit)).length);
  });
});
