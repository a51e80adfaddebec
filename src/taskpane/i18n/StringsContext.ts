import { createContext, useContext } from 'react';
import type { Language, Strings } from './index';
import { STRINGS } from './index';

/** The language in use and its strings. */
export interface LanguageState {
  language: Language;
  t: Strings;
}

/** Holds the pane's language; Vietnamese when no provider is above (the workbook's own language). */
export const StringsContext = createContext<LanguageState>({ language: 'vi', t: STRINGS.vi });

/**
 * The strings of the language in use.
 * @returns the language and its catalogue
 * @example
 * const { t } = useStrings(); t.steps.campaign // 'Phong trào'
 */
export function useStrings(): LanguageState {
  return useContext(StringsContext);
}
