import { presetById } from '../../src/domain/presets';
import { readCampaign } from '../../src/domain/read';
import { createMemoryHost, type MemoryHost } from '../../src/memory';
import { createWorkbookActions } from '../../src/workflow';
import { exportWorkbook, NothingToExportError } from '../../src/workbench/export/exportWorkbook';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { loadWorkbookBuffer } from '../../src/xlsx/workbookFile';
import { readZip } from '../support/zipParts';

async function presetHost(): Promise<MemoryHost> {
  const host = createMemoryHost();
  const campaign = presetById('cum-2-bo-tu-phap-2021');
  if (campaign === undefined) throw new Error('preset missing');
  await createWorkbookActions(host).setUp(campaign);
  return host;
}

describe('exportWorkbook: the memory workbook as an .xlsx file', () => {
  it('writes a file the command line reads back, with what was typed, even what reading rejects', async () => {
    const host = await presetHost();
    host.setCellValue('Đăng ký', 'A4', 'XYZ');
    host.setCellValue('Chấm điểm', 'D6', 5);
    host.setCellValue('Chấm điểm', 'E7', 'mười hai');

    const file = await exportWorkbook(host.exportWorkbookData());
    expect(file.fileName).toBe('thi-dua-cum-2-bo-tu-phap-2021.xlsx');
    const workbook = await loadWorkbookBuffer(Buffer.from(file.bytes));
    const data = readWorkbook(workbook);

    expect(data.tables.Registrations?.rows[0]?.[0]).toBe('XYZ');
    const scores = data.tables.Scores;
    const bplvn = scores?.rows.find((row) => row[0] === 'BPLVN');
    expect(bplvn?.[scores?.headers.indexOf('I.1') ?? -1]).toBe(5);
    const vkhpl = scores?.rows.find((row) => row[0] === 'VKHPL');
    expect(vkhpl?.[scores?.headers.indexOf('I.2') ?? -1]).toBe('mười hai');
    // The computed columns are the plan's formulas, for Excel to calculate on opening.
    expect(scores?.formulas?.[0]?.[scores.headers.indexOf('Xếp hạng')]).toMatch(/COUNTIFS/);

    const { campaign } = readCampaign(data);
    expect(campaign?.units).toHaveLength(10);
  });

  it('carries the summary chart, with no note about it', async () => {
    const file = await exportWorkbook((await presetHost()).exportWorkbookData());
    expect(file.notes.some((note) => note.includes('biểu đồ'))).toBe(false);
    const charts = readZip(file.bytes).filter((entry) => entry.name.startsWith('xl/charts/chart'));
    expect(charts).toHaveLength(1);
    expect(charts[0]?.data.toString('utf8')).toContain('So sánh điểm trung bình');
  });

  it('refuses a workbook that holds no campaign, saying what to do', async () => {
    const blank = createMemoryHost();
    await expect(exportWorkbook(blank.exportWorkbookData())).rejects.toThrow(NothingToExportError);
    await expect(exportWorkbook(blank.exportWorkbookData())).rejects.toThrow(/Phong trào/);
  });
});
