import { mkdirSync } from 'fs';
import { join } from 'path';
import type { Locator, Page } from 'playwright-core';

/** An accessibility rule the page breaks, as axe-core reports it. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  /** Selectors of the elements that break it. */
  targets: string[];
}

/** Where the screenshots of each step go (gitignored). */
export const SCREENSHOTS = join(__dirname, '..', '..', '..', 'test-results', 'e2e');

/**
 * The workbench page as the tests use it: the pane, the grid, the sheet tabs, the formula bar.
 * Locators follow what a person sees (roles and labels), so the tests read as the steps they take.
 */
export class WorkbenchPage {
  constructor(readonly page: Page) {}

  /** The task pane, docked at the right. */
  get pane(): Locator {
    return this.page.getByRole('complementary', { name: 'Ngăn tác vụ Thi đua' });
  }

  /** The grid of the sheet shown. */
  get grid(): Locator {
    return this.page.locator('[data-sheet]');
  }

  get sheetTabs(): Locator {
    return this.page.getByRole('tablist', { name: 'Các trang tính' });
  }

  get nameBox(): Locator {
    return this.page.getByRole('textbox', { name: 'Ô đang chọn' });
  }

  get formulaBar(): Locator {
    return this.page.getByRole('textbox', { name: 'Nội dung ô (công thức hoặc giá trị)', exact: true });
  }

  /** The cell at an A1 address of the sheet shown. */
  cell(address: string): Locator {
    return this.grid.locator(`td[data-address="${address}"]`);
  }

  /** The cell shown selected. */
  get selectedCell(): Locator {
    return this.grid.locator('td[aria-selected="true"]');
  }

  async openSheet(name: string): Promise<void> {
    await this.sheetTabs.getByRole('tab', { name, exact: true }).click();
    await this.grid.and(this.page.locator(`[data-sheet="${name}"]`)).waitFor();
  }

  /**
   * The A1 address of a table cell of the sheet shown, found as a person finds it: the column by its
   * header text in `headerRow`, the row by the text of its first cell.
   */
  async addressOf(header: string, rowKey: string, headerRow: number): Promise<string> {
    const address = await this.grid.evaluate(
      (grid, [wantedHeader, wantedKey, row]) => {
        const cells = (r: number) =>
          [...grid.querySelectorAll<HTMLTableCellElement>('td[data-address]')].filter(
            (td) => td.dataset.address?.replace(/^[A-Z]+/, '') === String(r),
          );
        const head = cells(Number(row)).find((td) => td.textContent?.trim() === wantedHeader);
        const key = [...grid.querySelectorAll<HTMLTableCellElement>('td[data-address^="A"]')].find(
          (td) => /^A\d+$/.test(td.dataset.address ?? '') && td.textContent?.trim() === wantedKey,
        );
        if (head === undefined || key === undefined) return null;
        const col = (head.dataset.address ?? '').replace(/\d+$/, '');
        const r = (key.dataset.address ?? '').replace(/^[A-Z]+/, '');
        return `${col}${r}`;
      },
      [header, rowKey, String(headerRow)] as const,
    );
    if (address === null) throw new Error(`No cell under "${header}" in the row of "${rowKey}".`);
    return address;
  }

  /** The A1 address of the header cell of the sheet shown that reads `header`. */
  async headerCell(header: string): Promise<string> {
    const address = await this.grid.evaluate(
      (grid, wanted) =>
        [...grid.querySelectorAll<HTMLTableCellElement>('td[data-address]')].find(
          (td) => td.textContent?.trim() === wanted,
        )?.dataset.address ?? null,
      header,
    );
    if (address === null) throw new Error(`No header "${header}" on the sheet shown.`);
    return address;
  }

  /** Selects a cell and types into it, then Enter, as a person does. */
  async typeInto(address: string, text: string): Promise<void> {
    await this.cell(address).click();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
  }

  /**
   * Runs axe-core's rules over the task pane (injected once per page from the npm package).
   *
   * One finding is left out: Fluent UI's focus manager (tabster) puts a 1-pixel `<i>` with
   * `data-tabster-dummy`, `tabindex="0"` and `aria-hidden` at the ends of a focus zone; it hands the
   * focus on at once and is never read. axe's `aria-hidden-focus` flags it; Fluent and tabster call it
   * by design (microsoft/tabster#288, microsoft/fluentui#27517) and Accessibility Insights leaves it
   * out the same way. Any other node breaking the rule still counts.
   * @returns the violations of impact `serious` or `critical`
   */
  async seriousViolations(): Promise<AxeViolation[]> {
    // Colours are measured as they stand: a button still fading from its hover colours (the pointer
    // rests where the previous step's button was) would be judged on a colour no one reads.
    await this.page.evaluate(() =>
      Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined))),
    );
    const loaded = await this.page.evaluate(() => 'axe' in window);
    if (!loaded) await this.page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    const found = await this.page.evaluate(async () => {
      interface AxeResults {
        violations: {
          id: string;
          impact: string | null;
          help: string;
          nodes: { target: string[]; html: string }[];
        }[];
      }
      const axe = (window as unknown as { axe: { run: (context: unknown) => Promise<AxeResults> } }).axe;
      const results = await axe.run({ include: [['aside']] });
      const focusGuard = (html: string): boolean => /^<i [^>]*data-tabster-dummy=/.test(html);
      return results.violations
        .map((v) => ({
          ...v,
          nodes: v.id === 'aria-hidden-focus' ? v.nodes.filter((n) => !focusGuard(n.html)) : v.nodes,
        }))
        .filter((v) => v.nodes.length > 0)
        .map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          targets: v.nodes.map((n) => n.target.join(' ')),
        }));
    });
    return found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  }

  /**
   * Every word the pane shows or says: its visible text and the labels, titles and placeholders a
   * screen reader or a hover reads.
   */
  async paneWords(): Promise<string> {
    return this.pane.evaluate((root) => {
      const labels = [...root.querySelectorAll('[aria-label], [title], [placeholder], [alt]')].flatMap((el) =>
        ['aria-label', 'title', 'placeholder', 'alt'].map((name) => el.getAttribute(name) ?? ''),
      );
      return [(root as HTMLElement).innerText, ...labels].join('\n');
    });
  }

  async screenshot(name: string): Promise<void> {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await this.page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
  }
}
