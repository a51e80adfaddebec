import type { IssueTemplate } from '../../domain/issues';
import { ISSUES } from '../../domain/issues';
import type { Language } from '../i18n';

/** The rule behind an issue, as the pane shows it beside the issue. */
export interface IssueExplanation {
  text: string;
  /** Legal source, or null for a rule of the workbook itself. */
  source: string | null;
}

const CATALOGUE = ISSUES as unknown as Readonly<Record<string, IssueTemplate<never> | undefined>>;

/**
 * The short rule text of an issue code, from the issue catalogue.
 * @param code - issue code, e.g. `CAP_EXCEEDED`
 * @param language - the pane's language
 * @returns the explanation, or null for a code the catalogue does not know
 * @example
 * explainIssue('TABLE_MISSING', 'vi')?.source // null
 */
export function explainIssue(code: string, language: Language): IssueExplanation | null {
  const entry = Object.prototype.hasOwnProperty.call(CATALOGUE, code) ? CATALOGUE[code] : undefined;
  if (entry === undefined) return null;
  return { text: entry.explain[language], source: entry.explain.source };
}
