/**
 * Finds the workbook's internal identifiers in text an officer reads: ASCII table names, setting
 * keys, rule set ids, the hidden sheet's name, the defined names and the seed campaigns' ids. What
 * every check of the wording (messages, the set-up report, the pane, the sheets) asks.
 */
import { internalIdentifiers } from '../../src/domain/displayNames';
import { PRESET_IDS } from '../../src/domain/presets';
import { NAMES } from '../../src/layout/names';

/** Every identifier an officer should never read. */
export const IDENTIFIERS: readonly string[] = [
  ...new Set([...internalIdentifiers(), ...Object.values(NAMES), ...PRESET_IDS]),
];

/** An identifier that is also an English word (`Units`, `Scores`, `precision`). */
const PLAIN_WORD = /^[A-Za-z][a-z]+$/u;

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** Letters, digits and the joiners of identifiers: an identifier must not touch one. */
const EDGE = '[\\p{L}\\p{N}_-]';

/**
 * The identifiers a text names. In Vietnamese text every identifier counts. In English text an
 * identifier that is also a plain English word counts only where it stands for the table or the
 * setting: quoted, or right after "table" / "bảng" — "Units" in "Units (12)" is English, in
 * `table Units` or `"Units"` it is the identifier.
 * @param text - the text
 * @param language - the language it is written in
 * @returns the identifiers found, each once
 */
export function identifiersIn(text: string, language: 'vi' | 'en'): string[] {
  return IDENTIFIERS.filter((id) => {
    const bare = new RegExp(`(?<!${EDGE})${escape(id)}(?!${EDGE})`, 'u');
    if (language === 'vi' || !PLAIN_WORD.test(id)) return bare.test(text);
    const named = new RegExp(`((table|bảng)\\s+["“]?${escape(id)}(?!${EDGE}))|(["“]${escape(id)}["”])`, 'iu');
    return named.test(text);
  });
}
