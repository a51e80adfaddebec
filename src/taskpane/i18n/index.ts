/** The pane's languages and their string catalogues. */
import { en } from './en';
import type { Strings } from './vi';
import { vi } from './vi';

export type { Strings } from './vi';

/** A language the pane speaks. */
export type Language = 'vi' | 'en';

/** The catalogue of each language. */
export const STRINGS: Readonly<Record<Language, Strings>> = { vi, en };

/**
 * The pane's language for an Office display language: Vietnamese for `vi…`, English otherwise
 * (the workbook itself stays Vietnamese: it goes to a Vietnamese council).
 * @param displayLanguage - e.g. `vi-VN`, `en-US`
 * @returns the language
 * @example
 * languageFor('vi-VN') // 'vi'
 * languageFor('fr-FR') // 'en'
 */
export function languageFor(displayLanguage: string): Language {
  return displayLanguage.trim().toLowerCase().startsWith('vi') ? 'vi' : 'en';
}
