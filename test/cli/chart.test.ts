/**
 * The summary chart of a file the command line writes, drawn by LibreOffice: printed to PDF after a
 * recalculation, the chart shows its title, both series in the legend, a bar group per cluster, and a
 * value axis spanning the recalculated figures (so its series point at the computed cells).
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { RankJson } from '../../src/cli/rankCommand';
import { findSoffice, makeRecalculatingProfile, pdfPages, printToPdf } from './libreoffice';
import { runCli } from './runCli';

jest.setTimeout(300_000);

const TITLE = 'So sánh điểm trung bình và điểm cao nhất giữa các cụm';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'thidua-chart-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('the summary chart in a file written by thidua init', () => {
  it('is drawn by LibreOffice over the recalculated cluster figures', async () => {
    const soffice = await findSoffice();
    if (soffice === null)
      throw new Error('LibreOffice (soffice) is not installed: apt-get install -y libreoffice-calc');
    const file = path.join(dir, 'hcm.xlsx');
    expect((await runCli(['init', file, '--scenario', 'hcm-2018'], dir)).code).toBe(0);
    const rank = JSON.parse((await runCli(['rank', file, '--json'], dir)).stdout) as RankJson;

    const profile = await makeRecalculatingProfile(path.join(dir, 'profile'));
    const pages = await pdfPages(await printToPdf(soffice, profile, file, path.join(dir, 'pdf')));
    const page = pages.find((text) => text.includes(TITLE));
    if (page === undefined) throw new Error('no printed page shows the chart title');
    // The chart sits between its title and the next section of the summary.
    const lines = page.split('\n');
    const top = lines.findIndex((line) => line.includes(TITLE));
    const bottom = lines.findIndex((line, i) => i > top && /^\s*II\./.test(line));
    const chart = lines.slice(top + 1, bottom).join('\n');

    for (const cluster of rank.clusters) expect(chart).toContain(cluster.name);
    expect(chart).toMatch(/Điểm TB\s+Cao nhất/);
    const ticks = [...chart.matchAll(/^\s*(\d+(?:[.,]\d+)?)\s*$/gm)].map((m) =>
      Number((m[1] ?? '').replace(',', '.')),
    );
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    const totals = rank.clusters.map((c) => c.units.flatMap((u) => (u.total === null ? [] : [u.total])));
    const highest = Math.max(...totals.flat());
    const lowestMean = Math.min(...totals.map((t) => t.reduce((a, b) => a + b, 0) / t.length));
    // An axis drawn over empty series would not reach the figures.
    expect(Math.max(...ticks)).toBeGreaterThanOrEqual(highest);
    expect(Math.min(...ticks)).toBeLessThanOrEqual(lowestMean);
    expect(Math.min(...ticks)).toBeGreaterThan(0);
  });
});
