/**
 * The browser workbench end to end: the real task pane beside the in-memory workbook's grid, driven in
 * Debian's Chromium as an officer would use it — set up a preset campaign, plant and find a
 * registration error, change a score until the cluster's leader changes, switch the pane to English,
 * export the workbook. Screenshots of each step go to test-results/e2e/.
 */
import { rmSync } from 'fs';
import { readFile } from 'fs/promises';
import { presetById } from '../../src/domain/presets';
import { readCampaign } from '../../src/domain/read';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { loadWorkbookBuffer } from '../../src/xlsx/workbookFile';
import { launchChromium, CHROMIUM, type E2eBrowser } from './support/browser';
import { buildWorkbench } from './support/buildWorkbench';
import { serveFolder, type StaticServer } from './support/staticServer';
import { WorkbenchPage } from './support/workbenchPage';

const PRESET_ID = 'cum-2-bo-tu-phap-2021';
const preset = presetById(PRESET_ID);
/** Header row of the scoring table on "Chấm điểm" (title, maxima, then headers). */
const SCORES_HEADER_ROW = 3;
const STEP_MS = 60_000;

let out: string | null = null;
let server: StaticServer | null = null;
let browser: E2eBrowser | null = null;
let wb: WorkbenchPage;
/** Console errors and uncaught page errors since the page opened: any one fails the test it happens in. */
const problems: string[] = [];

beforeAll(async () => {
  // Launching first: without Chromium there is no point building.
  browser = await launchChromium();
  out = await buildWorkbench();
  server = await serveFolder(out);
  const page = await browser.context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.setDefaultTimeout(15_000);
  wb = new WorkbenchPage(page);
  await page.goto(`${server.origin}/workbench.html`);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (out !== null) rmSync(out, { recursive: true, force: true });
});

afterEach(() => {
  const seen = problems.splice(0);
  if (seen.length > 0) throw new Error(`The page reported errors:\n${seen.join('\n')}`);
});

describe(`the workbench (Chromium at ${CHROMIUM})`, () => {
  it(
    'opens with the task pane beside an empty sheet of a new workbook',
    async () => {
      await wb.pane.getByRole('heading', { name: 'Thi đua' }).waitFor();
      await wb.sheetTabs.getByRole('tab', { name: 'Sheet1' }).waitFor();
      expect(await wb.nameBox.inputValue()).toBe('A1');
      await wb.screenshot('01-open');
    },
    STEP_MS,
  );

  it(
    `sets the workbook up from the ${PRESET_ID} preset`,
    async () => {
      if (preset === undefined) throw new Error(`No preset ${PRESET_ID}`);
      await wb.pane.getByRole('combobox', { name: 'Bắt đầu từ' }).click();
      await wb.page.getByRole('option', { name: preset.name }).click();
      await wb.pane.getByRole('button', { name: 'Tạo / cập nhật sổ thi đua' }).click();
      await wb.pane.getByText('Đã tạo / cập nhật sổ thi đua').waitFor();

      const tabs = await wb.sheetTabs.getByRole('tab').allInnerTexts();
      expect(tabs).toEqual(
        expect.arrayContaining(['Phong trào', 'Danh mục', 'Đăng ký', 'Chấm điểm', 'Tổng hợp']),
      );
      // The hidden sheet has no tab, as in Excel.
      expect(tabs).not.toContain('_meta');

      await wb.openSheet('Chấm điểm');
      const rank = await wb.addressOf('Xếp hạng', 'BPLVN', SCORES_HEADER_ROW);
      expect(await wb.cell(rank).innerText()).toBe('1');
      await wb.cell(rank).click();
      await wb.pane.getByText('Đã tạo / cập nhật sổ thi đua').scrollIntoViewIfNeeded();
      await wb.screenshot('02-set-up');
    },
    STEP_MS,
  );

  it(
    'lists a registration with an unknown unit code, and going to it selects its cell in the grid',
    async () => {
      await wb.openSheet('Đăng ký');
      await wb.typeInto('A4', 'XYZ');
      expect(await wb.cell('A4').innerText()).toBe('XYZ');
      // Elsewhere, so going to the issue has to bring its sheet back.
      await wb.openSheet('Chấm điểm');

      await wb.pane.getByRole('tab', { name: '2. Đăng ký' }).click();
      await wb.pane.getByRole('button', { name: 'Kiểm tra đăng ký' }).click();
      const issue = wb.pane.getByRole('button', { name: /XYZ.*Tới ô A4, trang "Đăng ký"/ });
      await issue.first().click();

      await wb.grid.and(wb.page.locator('[data-sheet="Đăng ký"]')).waitFor();
      await expect(wb.selectedCell.getAttribute('data-address')).resolves.toBe('A4');
      expect(await wb.nameBox.inputValue()).toBe('A4');
      expect(await wb.sheetTabs.getByRole('tab', { selected: true }).innerText()).toBe('Đăng ký');
      await wb.screenshot('03-registration-issue');
    },
    STEP_MS,
  );

  it(
    'typing a score moves the lead of the cluster; the ranks, the pane and the summary follow',
    async () => {
      await wb.openSheet('Chấm điểm');
      const lead = (unit: string) => wb.addressOf('Dẫn đầu', unit, SCORES_HEADER_ROW);
      const rank = (unit: string) => wb.addressOf('Xếp hạng', unit, SCORES_HEADER_ROW);
      expect(await wb.cell(await lead('BPLVN')).innerText()).toBe('x');

      // 23 → 5 on I.1 takes Báo Pháp luật Việt Nam from 95,75 to 77,75: Cao đẳng Luật miền Bắc (91) leads.
      await wb.typeInto(await wb.addressOf('I.1', 'BPLVN', SCORES_HEADER_ROW), '5');
      expect(await wb.cell(await wb.addressOf('Tổng điểm', 'BPLVN', SCORES_HEADER_ROW)).innerText()).toBe(
        '77,75',
      );
      expect(await wb.cell(await rank('BPLVN')).innerText()).toBe('8');
      expect(await wb.cell(await rank('CDLMB')).innerText()).toBe('1');
      expect(await wb.cell(await lead('CDLMB')).innerText()).toBe('x');
      expect(await wb.cell(await lead('BPLVN')).innerText()).toBe('');

      // The council member clicks the rank and reads how it came out.
      await wb.cell(await rank('CDLMB')).click();
      expect(await wb.formulaBar.inputValue()).toMatch(/^=.*COUNTIFS\(.*\[Tổng điểm\]/);
      await wb.screenshot('04-score-changes-leader');

      await wb.pane.getByRole('tab', { name: '3. Chấm điểm' }).click();
      await wb.pane.getByRole('button', { name: 'Kiểm tra điểm' }).click();
      await wb.pane.getByRole('heading', { name: 'Xếp hạng trong từng cụm' }).waitFor();
      const ranking = await wb.pane.getByRole('table', { name: 'Xếp hạng Cụm thi đua số 2' }).innerText();
      expect(ranking.indexOf('Trường Cao đẳng Luật miền Bắc')).toBeLessThan(
        ranking.indexOf('Báo Pháp luật Việt Nam'),
      );

      await wb.openSheet('Tổng hợp');
      const summary = await wb.grid.innerText();
      // Section I names the leader; section II lists the cluster's ranking, leader first.
      const leaderRow = /CUM2\tCụm thi đua số 2\t10\t10\t[^\n]*\tTrường Cao đẳng Luật miền Bắc/;
      expect(summary).toMatch(leaderRow);
      const ranked = summary.slice(summary.indexOf('II. XẾP HẠNG'));
      expect(ranked.indexOf('Trường Cao đẳng Luật miền Bắc')).toBeLessThan(
        ranked.indexOf('Báo Pháp luật Việt Nam'),
      );
      await wb.screenshot('05-summary-follows');
    },
    STEP_MS,
  );

  it(
    'refuses typing into a locked formula cell with a message, as Excel does',
    async () => {
      await wb.openSheet('Chấm điểm');
      const total = await wb.addressOf('Tổng điểm', 'HVTP', SCORES_HEADER_ROW);
      const before = await wb.cell(total).innerText();
      await wb.cell(total).click();
      // Excel refuses at the first key, before anything is typed.
      await wb.page.keyboard.press('9');
      const dialog = wb.page.getByRole('alertdialog', { name: 'Ô được bảo vệ' });
      await dialog.waitFor();
      expect(await dialog.innerText()).toContain(`Ô ${total} trên trang "Chấm điểm" đã bị khoá`);
      await wb.screenshot('06-locked-cell');
      await dialog.getByRole('button', { name: 'OK' }).click();
      await dialog.waitFor({ state: 'hidden' });
      expect(await wb.cell(total).innerText()).toBe(before);
    },
    STEP_MS,
  );

  it(
    'switches the pane to English',
    async () => {
      await wb.pane.getByRole('switch', { name: 'English' }).click();
      await wb.pane.getByRole('tab', { name: '1. Campaign' }).waitFor();
      await wb.pane.getByRole('tab', { name: '2. Registrations' }).waitFor();
      await wb.pane.getByRole('button', { name: 'Check scores' }).waitFor();
      await wb.screenshot('07-english');
    },
    STEP_MS,
  );

  it(
    'exports the workbook as an .xlsx file the command line reads, with what was typed in it',
    async () => {
      const [download] = await Promise.all([
        wb.page.waitForEvent('download'),
        wb.page.getByRole('button', { name: 'Xuất .xlsx' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`thi-dua-${PRESET_ID}.xlsx`);
      const bytes = await readFile(await download.path());
      expect(bytes.length).toBeGreaterThan(0);

      // The command line's loader: the same file the CLI writes and reads.
      const workbook = await loadWorkbookBuffer(bytes, download.suggestedFilename());
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(
        expect.arrayContaining(['Phong trào', 'Đăng ký', 'Chấm điểm', 'Tổng hợp']),
      );
      const { campaign } = readCampaign(readWorkbook(workbook));
      expect(campaign?.registrations[0]?.unit).toBe('XYZ');
      const typed = campaign?.scores.find((row) => row.unit === 'BPLVN');
      expect(typed?.values['I.1']).toBe(5);

      await wb.page.getByText(`Đã xuất tệp thi-dua-${PRESET_ID}.xlsx`).waitFor();
      await wb.screenshot('08-exported');
    },
    STEP_MS,
  );
});
