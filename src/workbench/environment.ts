import type { PaneEnvironment } from '../taskpane/environment';
import { detectEnvironment } from '../taskpane/environment';

/**
 * The pane's environment in the workbench: outside Office, in the language of `?lang=` (e.g. `en`),
 * else Vietnamese — the language of the officer's Excel, which a browser set to English would hide.
 *
 * @param info - what `Office.onReady` resolved with (no host outside Office)
 * @param search - the page's query string, e.g. `?lang=en`
 * @returns the environment the pane is given
 * @example
 * workbenchEnvironment({ host: null, platform: null }, '?lang=en').language // 'en'
 * workbenchEnvironment({ host: null, platform: null }, '').language // 'vi-VN'
 */
export function workbenchEnvironment(
  info: { host: Office.HostType | null; platform: Office.PlatformType | null },
  search: string,
): PaneEnvironment {
  const asked = new URLSearchParams(search).get('lang');
  return { ...detectEnvironment(info), language: asked === null || asked.trim() === '' ? 'vi-VN' : asked };
}
