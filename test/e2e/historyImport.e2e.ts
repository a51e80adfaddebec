/**
 * The award history of earlier years in the browser workbench: an officer picks an earlier year's
 * campaign workbook (an .xlsx made by the command line's writer) and a file that is no workbook; the
 * pane reads them in Chromium with the library's browser build, imports into the in-memory workbook,
 * says what it added and refused, and a second import adds nothing. Screenshots go to test-results/e2e/.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { presetById } from '../../src/domain/presets';
import { setUpCampaign } from '../../src/workflow';
import { createFileHost } from '../../src/xlsx/fileHost';
import { newWorkbook, workbookBytes } from '../../src/xlsx/workbookBytes';
import { identifiersIn } from '../support/identifiers';
import { launchChromium, CHROMIUM, type E2eBrowser } from './support/browser';
import { buildWorkbench } from './support/buildWorkbench';
import { serveFolder, type StaticServer } from './support/staticServer';
import { WorkbenchPage } from './support/workbenchPage';

const PRESET_ID = 'cum-2-bo-tu-phap-2021';
const preset = presetById(PRESET_ID);
const STEP_MS = 120_000;

let out: string | null = null;
let files: string | null = null;
let server: StaticServer | null = null;
let browser: E2eBrowser | null = null;
let wb: WorkbenchPage;
const problems: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  out = await buildWorkbench();
  server = await serveFolder(out);
  const page = await browser.context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.setDefaultTimeout(30_000);
  wb = new WorkbenchPage(page);
  await page.goto(`${server.origin}/workbench.html`);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (out !== null) rmSync(out, { recursive: true, force: true });
  if (files !== null) rmSync(files, { recursive: true, force: true });
});

afterEach(() => {
  const seen = problems.splice(0);
  if (seen.length > 0) throw new Error(`The page reported errors:\n${seen.join('\n')}`);
});

describe(`the award history of earlier years in the workbench (Chromium at ${CHROMIUM})`, () => {
  it(
    'imports an earlier workbook once, names a file that is no workbook, and a second import adds nothing',
    async () => {
      if (preset === undefined) throw new Error(`No preset ${PRESET_ID}`);
      files = mkdtempSync(join(tmpdir(), 'thidua-history-e2e-'));
      const earlier = newWorkbook(preset.name);
      expect((await setUpCampaign(createFileHost(earlier), { ...preset, year: 2020 })).applied).toBe(true);
      const earlierFile = join(files, 'so-thi-dua-2020.xlsx');
      writeFileSync(earlierFile, await workbookBytes(earlier));
      const notWorkbook = join(files, 'ghi-chu.xlsx');
      writeFileSync(notWorkbook, 'không phải sổ');

      await wb.pane.getByRole('combobox', { name: 'Bắt đầu từ' }).click();
      await wb.page.getByRole('option', { name: preset.name }).click();
      await wb.pane.getByRole('button', { name: 'Tạo / cập nhật sổ thi đua' }).click();
      await wb.pane.getByText('Đã tạo / cập nhật sổ thi đua').waitFor();

      await wb.pane.getByRole('tab', { name: /Đăng ký/ }).click();
      await wb.pane.getByText('Lịch sử khen thưởng các năm trước', { exact: true }).click();
      await wb.pane.getByLabel('Sổ thi đua các năm trước (.xlsx)').setInputFiles([earlierFile, notWorkbook]);
      await wb.pane.getByText('Đã chọn 2 tệp:').waitFor();
      await wb.pane.getByRole('button', { name: 'Nhập vào lịch sử khen thưởng' }).click();

      const outcome = wb.pane.getByRole('status', { name: 'Lịch sử khen thưởng các năm trước' });
      await outcome
        .getByText(/^Đã thêm \d+ dòng vào trang "Lịch sử khen thưởng"/)
        .waitFor({ timeout: 60_000 });
      await outcome.getByText(/^"so-thi-dua-2020\.xlsx" \(năm 2020\): thêm [1-9]\d* dòng/).waitFor();
      await outcome
        .getByText(/^Không nhập "ghi-chu\.xlsx": tệp không phải sổ Excel \.xlsx hoặc đã hỏng/)
        .waitFor();
      expect(identifiersIn(await wb.paneWords(), 'vi')).toEqual([]);
      expect(await wb.seriousViolations()).toEqual([]);
      await outcome.scrollIntoViewIfNeeded();
      await wb.screenshot('history-01-imported');

      await wb.openSheet('Lịch sử khen thưởng');
      expect(await wb.grid.innerText()).toContain('2020');

      await wb.pane.getByRole('button', { name: 'Nhập vào lịch sử khen thưởng' }).click();
      await wb.pane
        .getByRole('status', { name: 'Lịch sử khen thưởng các năm trước' })
        .getByText('Sổ không đổi: không có dòng lịch sử mới.')
        .waitFor({ timeout: 60_000 });
      await wb.pane
        .getByText(/^"so-thi-dua-2020\.xlsx" \(năm 2020\): thêm 0 dòng, [1-9]\d* dòng đã có/)
        .waitFor();
      await wb.screenshot('history-02-imported-again');
    },
    STEP_MS,
  );
});
