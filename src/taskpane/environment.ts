/** Where the pane runs: inside Excel (with its platform and language) or in a plain browser. */
export interface PaneEnvironment {
  inOffice: boolean;
  host: string | null;
  platform: string | null;
  /** Office display language, e.g. `vi-VN`; the browser's outside Office. */
  language: string;
}

/**
 * Reads the environment from the `Office.onReady` answer.
 * @param info - what `Office.onReady` resolved with
 * @returns the pane environment
 */
export function detectEnvironment(info: {
  host: Office.HostType | null;
  platform: Office.PlatformType | null;
}): PaneEnvironment {
  const inOffice = info.host !== null && info.host !== undefined;
  const language =
    (inOffice && typeof Office !== 'undefined' && Office.context?.displayLanguage) ||
    (typeof navigator !== 'undefined' ? navigator.language : 'vi-VN');
  return {
    inOffice,
    host: inOffice ? String(info.host) : null,
    platform: inOffice && info.platform ? String(info.platform) : null,
    language,
  };
}
