/**
 * The browser workbench end to end: the real task pane beside the in-memory workbook's grid, driven in
 * Debian's Chromium as an officer would use it — set up a preset campaign, go from step to step by the
 * pane's "next step", plant registration errors and see the pane follow them, change a score until the
 * cluster's leader changes and see the pane's ranking follow within two seconds, switch the pane to
 * English, export the workbook. Every step is checked with axe-core (no serious or critical violation)
 * and for internal names in what the officer reads; screenshots of each step go to test-results/e2e/.
 */
import { rmSync } from 'fs';
import { readFile } from 'fs/promises';
import { presetById } from '../../src/domain/presets';
import { readCampaign } from '../../src/domain/read';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { loadWorkbookBuffer } from '../../src/xlsx/workbookFile';
import { identifiersIn } from '../support/identifiers';
import { launchChromium, CHROMIUM, type E2eBrowser } from './support/browser';
import { buildWorkbench } from './support/buildWorkbench';
import { serveFolder, type StaticServer } from './support/staticServer';
import { WorkbenchPage } from './support/workbenchPage';

const PRESET_ID = 'cum-2-bo-tu-phap-2021';
const preset = presetById(PRESET_ID);
/** Header row of the scoring table on "Chấm điểm" (title, maxima, then headers). */
const SCORES_HEADER_ROW = 3;
const STEP_MS = 60_000;
/** How soon the pane must follow a change typed in the grid. */
const FOLLOW_MS = 2_000;

let out: string | null = null;
let server: StaticServer | null = null;
let browser: E2eBrowser | null = null;
let wb: WorkbenchPage;
/** Console errors and uncaught page errors since the page opened: any one fails the test it happens in. */
const problems: string[] = [];

/** The step tabs whose name does not fit them. */
function clippedTabs(): Promise<string[]> {
  return wb.pane
    .getByRole('tab')
    .evaluateAll((tabs) => tabs.filter((tab) => tab.scrollWidth > tab.clientWidth + 1).map((tab) => tab.id));
}

/** Checks the pane as it stands: accessible, and no internal name in what the officer reads. */
async function checkPane(language: 'vi' | 'en'): Promise<void> {
  expect(await wb.seriousViolations()).toEqual([]);
  expect(identifiersIn(await wb.paneWords(), language)).toEqual([]);
}

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
    'opens with the task pane beside an empty sheet of a new workbook, its four steps on one line',
    async () => {
      await wb.pane.getByRole('heading', { name: 'Thi đua' }).waitFor();
      await wb.sheetTabs.getByRole('tab', { name: 'Sheet1' }).waitFor();
      expect(await wb.nameBox.inputValue()).toBe('A1');
      const tabs = await wb.pane.getByRole('tab').evaluateAll((all) =>
        all.map((tab) => {
          const box = tab.getBoundingClientRect();
          return { top: Math.round(box.top), bottom: Math.round(box.bottom) };
        }),
      );
      expect(tabs).toHaveLength(4);
      expect(new Set(tabs.map((tab) => tab.top)).size).toBe(1);
      expect(await clippedTabs()).toEqual([]);
      await checkPane('vi');
      await wb.screenshot('01-open');
    },
    STEP_MS,
  );

  it(
    `sets the workbook up from the ${PRESET_ID} preset and shows the outcome and the next step`,
    async () => {
      if (preset === undefined) throw new Error(`No preset ${PRESET_ID}`);
      await wb.pane.getByRole('combobox', { name: 'Bắt đầu từ' }).click();
      await wb.page.getByRole('option', { name: preset.name }).click();
      await wb.pane.getByRole('button', { name: 'Tạo / cập nhật sổ thi đua' }).click();
      const done = wb.pane.getByText('Đã tạo / cập nhật sổ thi đua');
      await done.waitFor();
      // The focus moves to the outcome, which brings it into view below the long form.
      expect(await done.evaluate((el) => el.closest('[tabindex="-1"]') === document.activeElement)).toBe(
        true,
      );
      await wb.pane.getByRole('button', { name: 'Sang bước 2: kiểm tra đăng ký' }).waitFor();

      const tabs = await wb.sheetTabs.getByRole('tab').allInnerTexts();
      expect(tabs).toEqual(
        expect.arrayContaining(['Phong trào', 'Danh mục', 'Đăng ký', 'Chấm điểm', 'Tổng hợp']),
      );
      // The hidden sheet has no tab, as in Excel.
      expect(tabs).not.toContain('_meta');

      // The campaign sheet shows the rule set by its legal name and the settings by their labels.
      await wb.openSheet('Phong trào');
      const campaignSheet = await wb.grid.innerText();
      expect(campaignSheet).toContain('Luật Thi đua, khen thưởng 2003 (sửa đổi 2013)');
      expect(campaignSheet).not.toMatch(/vn-2013|flagsPerCluster|selfReviewGap|cum-2-bo-tu-phap-2021/);

      await wb.openSheet('Chấm điểm');
      const rank = await wb.addressOf('Xếp hạng', 'BPLVN', SCORES_HEADER_ROW);
      expect(await wb.cell(rank).innerText()).toBe('1');
      await checkPane('vi');
      await done.scrollIntoViewIfNeeded();
      await wb.screenshot('02-set-up');
    },
    STEP_MS,
  );

  it(
    'goes on to the registrations with one click and checks them at once',
    async () => {
      await wb.pane.getByRole('button', { name: 'Sang bước 2: kiểm tra đăng ký' }).click();
      await wb.pane.getByRole('tab', { name: '2. Đăng ký', selected: true }).waitFor();
      const results = wb.pane.getByRole('region', { name: 'Kết quả kiểm tra' }).first();
      await results.waitFor();
      await wb.pane.getByRole('button', { name: 'Sang bước 3: kiểm tra điểm' }).waitFor();
      await checkPane('vi');
      await wb.screenshot('03-registrations');
    },
    STEP_MS,
  );

  it(
    'follows registration errors typed in the grid, one wording of each place, and goes to their cell',
    async () => {
      await wb.openSheet('Đăng ký');
      await wb.typeInto('A4', 'XYZ');
      expect(await wb.cell('A4').innerText()).toBe('XYZ');
      // The second registration's date: a day February 2021 does not have.
      const dateHeader = await wb.headerCell('Ngày đăng ký');
      const headerRow = Number(dateHeader.replace(/^[A-Z]+/, ''));
      await wb.typeInto(`${dateHeader.replace(/\d+$/, '')}${headerRow + 2}`, '31/02/2021');

      // No click: the pane follows the workbook.
      const unknownUnit = wb.pane.getByRole('button', { name: /^Đăng ký!A4, cột "Mã đơn vị": .*"XYZ"/ });
      await unknownUnit.waitFor({ timeout: FOLLOW_MS + 1_000 });
      const noSuchDay = wb.pane.getByText(/ngày "31\/02\/2021" không có: tháng 2\/2021 chỉ có 28 ngày/);
      await noSuchDay.waitFor();
      expect(await wb.pane.getByText(/dòng thứ/).count()).toBe(0);

      // Elsewhere, so going to the issue has to bring its sheet back.
      await wb.openSheet('Chấm điểm');
      await unknownUnit.click();
      await wb.grid.and(wb.page.locator('[data-sheet="Đăng ký"]')).waitFor();
      await expect(wb.selectedCell.getAttribute('data-address')).resolves.toBe('A4');
      expect(await wb.nameBox.inputValue()).toBe('A4');
      expect(await wb.sheetTabs.getByRole('tab', { selected: true }).innerText()).toBe('Đăng ký');
      await wb.pane.getByRole('button', { name: /^Tới lỗi đầu tiên: Đăng ký!/ }).waitFor();
      await checkPane('vi');
      await wb.screenshot('04-registration-errors');
    },
    STEP_MS,
  );

  it(
    `typing a score moves the lead of the cluster; the pane's ranking follows within ${FOLLOW_MS} ms`,
    async () => {
      await wb.pane.getByRole('button', { name: 'Sang bước 3: kiểm tra điểm' }).click();
      await wb.pane.getByRole('heading', { name: 'Xếp hạng trong từng cụm' }).waitFor();
      const table = wb.pane.getByRole('table', { name: 'Xếp hạng Cụm thi đua số 2' });
      const before = await table.innerText();
      expect(before.indexOf('Báo Pháp luật Việt Nam')).toBeLessThan(
        before.indexOf('Trường Cao đẳng Luật miền Bắc'),
      );

      await wb.openSheet('Chấm điểm');
      const lead = (unit: string) => wb.addressOf('Dẫn đầu', unit, SCORES_HEADER_ROW);
      const rank = (unit: string) => wb.addressOf('Xếp hạng', unit, SCORES_HEADER_ROW);
      expect(await wb.cell(await lead('BPLVN')).innerText()).toBe('x');

      // 23 → 5 on I.1 takes Báo Pháp luật Việt Nam from 95,75 to 77,75: Cao đẳng Luật miền Bắc (91) leads.
      const typed = Date.now();
      await wb.typeInto(await wb.addressOf('I.1', 'BPLVN', SCORES_HEADER_ROW), '5');
      await wb.page.waitForFunction(
        () => {
          const ranking = [...document.querySelectorAll('aside table')].find((t) =>
            t.textContent?.includes('Báo Pháp luật Việt Nam'),
          )?.textContent;
          return (
            ranking !== undefined &&
            ranking.indexOf('Trường Cao đẳng Luật miền Bắc') < ranking.indexOf('Báo Pháp luật Việt Nam')
          );
        },
        undefined,
        { timeout: FOLLOW_MS },
      );
      expect(Date.now() - typed).toBeLessThan(FOLLOW_MS + 500);

      expect(await wb.cell(await wb.addressOf('Tổng điểm', 'BPLVN', SCORES_HEADER_ROW)).innerText()).toBe(
        '77,75',
      );
      expect(await wb.cell(await rank('BPLVN')).innerText()).toBe('8');
      expect(await wb.cell(await rank('CDLMB')).innerText()).toBe('1');
      expect(await wb.cell(await lead('CDLMB')).innerText()).toBe('x');
      expect(await wb.cell(await lead('BPLVN')).innerText()).toBe('');
      await wb.pane.getByText(/tự cập nhật khi sổ thay đổi/).waitFor();

      // The council member clicks the rank and reads how it came out.
      await wb.cell(await rank('CDLMB')).click();
      expect(await wb.formulaBar.inputValue()).toMatch(/^=.*COUNTIFS\(.*\[Điểm xét hạng\]/);
      await checkPane('vi');
      await wb.screenshot('05-score-changes-leader');
    },
    STEP_MS,
  );

  it(
    'explains a unit clicked in the ranking: the tie-break link that put it below a unit of equal total, and the gap to the unit above',
    async () => {
      const explain = async (name: string) => {
        await wb.pane.getByRole('button', { name: `Xem giải thích kết quả của ${name}` }).click();
        const card = wb.pane.getByRole('region', { name: `Giải thích kết quả: ${name}` });
        await card.waitFor();
        return card;
      };
      // Both at 90,25 after Báo Pháp luật Việt Nam fell to 8th: ranks 2 and 3 are decided by the chain.
      const tied = await explain('Trường Cao đẳng Luật miền Nam');
      const words = await tied.innerText();
      expect(words).toContain('Trường Cao đẳng Luật miền Nam: 90,25 điểm, hạng 3 trong Cụm thi đua số 2.');
      expect(words).toContain(
        'Đơn vị liền trên: Trường Trung cấp Luật Tây Bắc (hạng 2, 90,25 điểm), bằng điểm; tách nhau ở tiêu chí phụ thứ 2 "Ít điểm trừ hơn": 0,5 so với 0.',
      );
      await checkPane('vi');
      await tied.scrollIntoViewIfNeeded();
      await wb.screenshot('05b-explanation-tie-break');
      await tied.getByRole('button', { name: 'Đóng phần giải thích' }).click();

      const second = await explain('Trường Trung cấp Luật Tây Bắc');
      expect(await second.innerText()).toContain(
        'Đơn vị liền trên: Trường Cao đẳng Luật miền Bắc (hạng 1, 91 điểm), hơn 0,75 điểm.',
      );
      await second.getByRole('button', { name: 'Đóng phần giải thích' }).click();
      await second.waitFor({ state: 'hidden' });

      // Selecting a unit's row on Chấm điểm opens its explanation, as a click in the ranking does.
      await wb.openSheet('Chấm điểm');
      await wb.cell(await wb.addressOf('Tổng điểm', 'CDLMB', SCORES_HEADER_ROW)).click();
      const selected = wb.pane.getByRole('region', {
        name: 'Giải thích kết quả: Trường Cao đẳng Luật miền Bắc',
      });
      await selected.waitFor();
      expect(await selected.innerText()).toContain(
        'Trường Cao đẳng Luật miền Bắc: 91 điểm, hạng 1 trong Cụm thi đua số 2.',
      );
      await selected.getByRole('button', { name: 'Đóng phần giải thích' }).click();
      await selected.waitFor({ state: 'hidden' });
    },
    STEP_MS,
  );

  it(
    'goes on to the summary with one click; the summary sheet follows the scores',
    async () => {
      await wb.pane.getByRole('button', { name: 'Sang bước 4: cập nhật trang Tổng hợp' }).click();
      await wb.pane.getByText('Đã cập nhật trang Tổng hợp.').waitFor();
      await wb.pane.getByRole('button', { name: 'Mở trang Tổng hợp' }).click();
      await wb.grid.and(wb.page.locator('[data-sheet="Tổng hợp"]')).waitFor();
      const summary = await wb.grid.innerText();
      // Section I names the leader; section II lists the cluster's ranking, leader first.
      const leaderRow = /CUM2\tCụm thi đua số 2\t10\t10\t[^\n]*\tTrường Cao đẳng Luật miền Bắc/;
      expect(summary).toMatch(leaderRow);
      const ranked = summary.slice(summary.indexOf('II. XẾP HẠNG'));
      expect(ranked.indexOf('Trường Cao đẳng Luật miền Bắc')).toBeLessThan(
        ranked.indexOf('Báo Pháp luật Việt Nam'),
      );
      await checkPane('vi');
      await wb.screenshot('06-summary');
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
      await wb.screenshot('07-locked-cell');
      await dialog.getByRole('button', { name: 'OK' }).click();
      await dialog.waitFor({ state: 'hidden' });
      expect(await wb.cell(total).innerText()).toBe(before);
    },
    STEP_MS,
  );

  it(
    'speaks English on every step, with no internal name and no serious accessibility problem',
    async () => {
      await wb.pane.getByRole('switch', { name: 'English' }).click();
      const steps = ['1. Campaign', '2. Registrations', '3. Scoring', '4. Summary'];
      // Each step's name fits its tab, on one line, in English too.
      const clipped = await wb.pane
        .getByRole('tab')
        .evaluateAll((tabs) =>
          tabs.filter((tab) => tab.scrollWidth > tab.clientWidth + 1).map((tab) => tab.id),
        );
      expect(clipped).toEqual([]);
      for (const [index, name] of steps.entries()) {
        await wb.pane.getByRole('tab', { name }).click();
        await wb.pane.getByRole('tab', { name, selected: true }).waitFor();
        await checkPane('en');
        await wb.screenshot(`08-english-${index + 1}`);
      }
      await wb.pane.getByRole('tab', { name: '3. Scoring' }).click();
      await wb.pane.getByRole('button', { name: 'Check scores' }).waitFor();
      await wb.pane.getByRole('switch', { name: 'English' }).click();
      await wb.pane.getByRole('tab', { name: '3. Chấm điểm' }).waitFor();
    },
    STEP_MS,
  );

  it(
    'reaches every control of the pane by keyboard, each with a visible focus',
    async () => {
      const seen: { name: string; outline: boolean; what: string }[] = [];
      const steps = ['1. Phong trào', '2. Đăng ký', '3. Chấm điểm', '4. Tổng hợp'];
      for (const step of steps) {
        // Each step by keyboard alone: to its tab with the arrow keys, then Tab through its controls.
        await wb.pane.getByRole('tab', { selected: true }).focus();
        while (!(await wb.pane.getByRole('tab', { name: step, selected: true }).isVisible())) {
          await wb.page.keyboard.press('ArrowRight');
          await wb.page.keyboard.press('Enter');
        }
        for (let i = 0; i < 80; i += 1) {
          await wb.page.keyboard.press('Tab');
          const focused = await wb.page.evaluate(() => {
            const el = document.activeElement as HTMLElement | null;
            if (el === null || el.closest('aside') === null) return null;
            // A focus ring is drawn on the control or on the wrapper Fluent puts around it (an input's
            // underline), as an outline, a shadow or a pseudo-element's border.
            const ringOn = (node: Element): boolean => {
              const style = getComputedStyle(node);
              const after = getComputedStyle(node, '::after');
              return (
                (style.outlineStyle !== 'none' && style.outlineWidth !== '0px') ||
                style.boxShadow !== 'none' ||
                (after.content !== 'none' &&
                  (after.borderStyle !== 'none' || after.borderBottomStyle !== 'none') &&
                  after.borderBottomWidth !== '0px')
              );
            };
            const ring = [el, el.parentElement, el.parentElement?.parentElement].some(
              (node) => node !== null && node !== undefined && ringOn(node),
            );
            const labelledBy = (el.getAttribute('aria-labelledby') ?? '')
              .split(/\s+/)
              .map((id) => document.getElementById(id)?.innerText ?? '')
              .join(' ');
            const labels =
              'labels' in el ? [...((el as HTMLInputElement).labels ?? [])].map((l) => l.innerText) : [];
            const name =
              el.getAttribute('aria-label') ??
              (labelledBy.trim() || labels.join(' ').trim() || el.innerText || '');
            return {
              name: name.trim().slice(0, 60),
              outline: ring,
              what: `${el.tagName}.${el.className}`.slice(0, 80),
            };
          });
          if (focused === null) break;
          seen.push(focused);
        }
      }
      // The step's main action and the controls of its results were reached.
      for (const control of [
        'Kiểm tra đăng ký',
        'Kiểm tra điểm',
        'Cập nhật trang Tổng hợp',
        'Mở trang Tổng hợp',
      ])
        expect(seen.map((c) => c.name)).toContain(control);
      expect(seen.filter((control) => control.name === '')).toEqual([]);
      expect(seen.filter((control) => !control.outline)).toEqual([]);
      await wb.screenshot('09-keyboard');
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
      await wb.screenshot('10-exported');
    },
    STEP_MS,
  );
});
