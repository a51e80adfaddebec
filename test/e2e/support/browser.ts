import { existsSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's Chromium, the browser these tests drive (never a downloaded one). */
export const CHROMIUM = '/usr/bin/chromium';

/** A browser with its own fresh profile, and how to close both. */
export interface E2eBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Starts Chromium headless on a fresh profile folder, with downloads allowed.
 * @returns the browser context and its closing
 * @throws Error naming the package to install when /usr/bin/chromium is missing
 */
export async function launchChromium(): Promise<E2eBrowser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: the end-to-end tests drive Debian's Chromium. ` +
        'Install it with `apt-get install -y chromium` (npm run check does so first where it can).',
    );
  }
  const profile = mkdtempSync(join(tmpdir(), 'thidua-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1440, height: 900 },
    locale: 'vi-VN',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
