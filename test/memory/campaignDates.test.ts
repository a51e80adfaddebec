// The dates of the field / value Campaign table carry a format of their own (`cellFormats`): the
// value column has none, so without it they would show as serials (43102) instead of 02/01/2018.
import { CAMPAIGN_FIELDS, CAMPAIGN_HEADERS, SHEETS, TABLES } from '../../src/domain/contract';
import type { Campaign } from '../../src/domain/model';
import { presetById } from '../../src/domain/presets/presets';
import { a1, type RawTable } from '../../src/domain/workbook';
import { buildPlan } from '../../src/layout/buildPlan';
import type { TablePlan, WorkbookPlan } from '../../src/layout/plan';
import { createMemoryHost, type MemoryHost } from '../../src/memory/memoryHost';

/** The four date fields of the preset and how they read once formatted. */
const DATES: Record<string, string> = {
  [CAMPAIGN_FIELDS.issueDate]: '02/01/2018',
  [CAMPAIGN_FIELDS.start]: '01/01/2018',
  [CAMPAIGN_FIELDS.end]: '31/12/2018',
  [CAMPAIGN_FIELDS.registrationDeadline]: '30/01/2018',
};

function hcm2018(): Campaign {
  const campaign = presetById('hcm-2018');
  if (campaign === undefined) throw new Error('preset hcm-2018 is missing');
  return campaign;
}

function campaignTable(plan: WorkbookPlan): TablePlan {
  const table = plan.sheets.flatMap((sheet) => sheet.tables).find((t) => t.name === TABLES.campaign);
  if (table === undefined) throw new Error('the plan has no Campaign table');
  return table;
}

/** The value cell of a field, as the workbook now holds the Campaign table. */
async function valueCell(host: MemoryHost, field: string) {
  const table: RawTable | undefined = (await host.read()).tables[TABLES.campaign];
  if (table === undefined) throw new Error('the workbook has no Campaign table');
  const row = table.rows.findIndex((r) => r[table.headers.indexOf(CAMPAIGN_HEADERS.field)] === field);
  if (row < 0) throw new Error(`the Campaign table has no row ${field}`);
  const col = table.origin.col + table.headers.indexOf(CAMPAIGN_HEADERS.value);
  return host.getCell(SHEETS.campaign, a1({ row: table.origin.row + 1 + row, col }));
}

/**
 * The campaign's plan with some fields left out of the Campaign table, as a workbook made before those
 * fields were planned would hold it.
 */
function planWithout(campaign: Campaign, fields: readonly string[]): WorkbookPlan {
  const plan = buildPlan(campaign);
  const table = campaignTable(plan);
  const kept = table.rows.flatMap((row, i) => (fields.includes(String(row[0])) ? [] : [i]));
  table.cellFormats = (table.cellFormats ?? []).flatMap((format) => {
    const row = kept.indexOf(format.row);
    return row < 0 ? [] : [{ ...format, row }];
  });
  table.rows = kept.map((i) => table.rows[i] ?? []);
  return plan;
}

describe('memory host: the dates of the Campaign table', () => {
  it('are shown dd/mm/yyyy when the table is created', async () => {
    const host = createMemoryHost();
    const campaign = hcm2018();
    const { plan } = await host.applyPlan((current) => buildPlan(campaign, current));
    expect(campaignTable(plan).existing).toBe(false);

    for (const [field, shown] of Object.entries(DATES)) {
      expect(await valueCell(host, field)).toMatchObject({ numberFormat: 'dd/mm/yyyy', display: shown });
    }
    // The other values of the column keep the General format.
    expect(await valueCell(host, CAMPAIGN_FIELDS.year)).toMatchObject({
      numberFormat: null,
      display: '2018',
    });
  });

  it('are shown dd/mm/yyyy on rows a re-plan appends, and keep their format on the rows already there', async () => {
    const host = createMemoryHost();
    const campaign = hcm2018();
    const missing = [CAMPAIGN_FIELDS.end, CAMPAIGN_FIELDS.registrationDeadline];
    await host.applyPlan(() => planWithout(campaign, missing));
    await expect(valueCell(host, CAMPAIGN_FIELDS.end)).rejects.toThrow(/no row/);

    const { plan } = await host.applyPlan((current) => buildPlan(campaign, current));
    const table = campaignTable(plan);
    expect(plan.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(table.existing).toBe(true);
    expect(table.appendRows.map((row) => row[0])).toEqual(missing);
    expect(table.cellFormats).toEqual([
      { row: 0, column: CAMPAIGN_HEADERS.value, numberFormat: 'dd/mm/yyyy' },
      { row: 1, column: CAMPAIGN_HEADERS.value, numberFormat: 'dd/mm/yyyy' },
    ]);

    for (const [field, shown] of Object.entries(DATES)) {
      expect(await valueCell(host, field)).toMatchObject({ numberFormat: 'dd/mm/yyyy', display: shown });
    }
    expect(await valueCell(host, CAMPAIGN_FIELDS.year)).toMatchObject({
      numberFormat: null,
      display: '2018',
    });
  });
});
