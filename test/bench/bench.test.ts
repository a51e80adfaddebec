import { readFileSync } from 'node:fs';
import path from 'node:path';
import { domainMeasures } from '../../bench/measures/domain';
import { createNaiveExcelHost } from '../../bench/naive/naiveExcelHost';
import { shippedChild } from '../../bench/support/shippedBuild';
import { planSeed } from '../../bench/support/planSeed';
import { generateCampaign, MINISTRY, MINISTRY_HISTORY, PROVINCIAL } from '../../bench/workload';
import { validateRegistrations } from '../../src/domain/validate';
import { TABLES } from '../../src/domain/contract';
import { readCampaign } from '../../src/domain/read';
import type { WorkbookData } from '../../src/domain/workbook';
import { createExcelHost } from '../../src/excel/excelHost';
import { jsonBytes } from '../../src/excel/payload';
import { FORMULA_MARKER } from '../../src/excel/readWorkbook';
import { FakeExcel } from '../../src/excel/testing/fakeExcel';
import { buildPlan } from '../../src/layout/buildPlan';

const blank: WorkbookData = {
  sheets: [{ name: 'Sheet1', visibility: 'visible', used: null }],
  tables: {},
  names: {},
};

describe('the generated workloads', () => {
  it('have the Ministry scale of DESIGN.md: 1,000 units in 40 clusters, 30 criteria, 20,000 registrations', () => {
    const campaign = generateCampaign(MINISTRY);

    expect(campaign.units).toHaveLength(1000);
    expect(new Set(campaign.units.map((unit) => unit.cluster)).size).toBe(40);
    expect(campaign.clusters).toHaveLength(40);
    expect(campaign.criteria).toHaveLength(30);
    expect(campaign.registrations).toHaveLength(20_000);
    expect(campaign.scores).toHaveLength(1000);
    expect(campaign.selfScores).toHaveLength(1000);
  });

  it('give the Ministry ten years of award history and a CSTĐ bộ per unit, a few of them a year short', () => {
    const campaign = generateCampaign(MINISTRY_HISTORY);
    const years = [...new Set(campaign.history?.map((e) => e.year))].sort((a, b) => a - b);
    expect(years).toEqual([2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]);
    expect(campaign.history?.length).toBeGreaterThan(150_000);
    // One per unit, less the rare one a slip turned into an unknown code.
    expect(campaign.registrations.filter((r) => r.title === 'CSTD_BO').length).toBeGreaterThan(990);
    const short = validateRegistrations(campaign).filter((i) => i.code === 'PREREQUISITE_PAST_RUN');
    // One in ten lacks its CSTĐCS of two years before; a registration with a slip is not checked.
    expect(short.length).toBeGreaterThan(90);
    expect(short.length).toBeLessThanOrEqual(100);
    expect(short.every((i) => i.message.includes('không có năm 2022'))).toBe(true);
  });

  it('are the same on every call', () => {
    expect(generateCampaign(PROVINCIAL)).toEqual(generateCampaign(PROVINCIAL));
  });
});

describe('the seeded workbook and the row-by-row baseline', () => {
  const campaign = generateCampaign(PROVINCIAL);
  const seed = planSeed(buildPlan(campaign, blank));

  it('reads back the campaign that set-up wrote', async () => {
    const excel = new FakeExcel(seed);
    const data = await createExcelHost({ run: excel.run, requirements: () => true }).read();
    const read = readCampaign(data).campaign;

    expect(excel.syncs).toBe(1);
    // The one response carries every table, the typed registrations among them.
    const registrations = seed.tables?.find((table) => table.name === TABLES.registrations);
    expect(excel.requests[0]?.responseBytes).toBeGreaterThan(jsonBytes(registrations?.values));
    expect(read?.units).toEqual(campaign.units);
    expect(read?.registrations).toHaveLength(campaign.registrations.length);
  });

  it('reads what the Office.js host reads, one round trip per row', async () => {
    const fast = new FakeExcel(seed);
    const expected = await createExcelHost({ run: fast.run, requirements: () => true }).read();
    const slow = new FakeExcel(seed);
    const naive = await createNaiveExcelHost(slow.run).read();

    // The Office.js host reads the typed registrations without their formulas, and of the other
    // tables' formulas only where they are (a marker), not what they say.
    const tables = Object.fromEntries(
      Object.entries(naive.tables).map(([name, table]) => {
        const { formulas, ...values } = table;
        if (name === TABLES.registrations || formulas === undefined) return [name, values];
        const where = formulas.map((row) => row.map((cell) => (cell === null ? null : FORMULA_MARKER)));
        return [name, { ...values, formulas: where }];
      }),
    );
    expect({ ...naive, tables }).toEqual(expected);
    const rows = Object.values(expected.tables).reduce((sum, table) => sum + table.rows.length, 0);
    expect(slow.syncs).toBeGreaterThan(rows);
  });
});

describe('the timed child processes', () => {
  it('run the code compiled as it ships, without the development loader, and measure a workload', async () => {
    const measures = await domainMeasures(PROVINCIAL, false);
    const names = measures.map((m) => m.name);
    expect(names).toContain('provincial · domain · validate + rank + summarise (median)');
    expect(measures.every((m) => Number.isFinite(m.value) && m.value >= 0)).toBe(true);
    const compiled = shippedChild('domainProcess');
    expect(compiled.endsWith('.js')).toBe(true);
    // The compiled file holds the source's functions as TypeScript emits them: no naming wrapper.
    expect(
      readFileSync(
        path.join(path.dirname(compiled), '..', 'src', 'domain', 'rank', 'rankCampaign.js'),
        'utf8',
      ),
    ).not.toMatch(/__name\(/);
  }, 120_000);
});
