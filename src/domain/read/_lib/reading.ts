import type { Issue } from '../../model';

/**
 * What a table reader gives back: the value it could build, the issues met, and whether the value
 * can be trusted to build a campaign (false when the table or a required column is missing, or a
 * value the model cannot do without could not be read).
 */
export interface Reading<T> {
  value: T;
  issues: Issue[];
  usable: boolean;
}

/**
 * Whether any of the issues is an error.
 * @param issues - issues
 * @returns true when one is an error
 * @example
 * hasError([]) // false
 */
export function hasError(issues: readonly Issue[]): boolean {
  return issues.some((issue) => issue.severity === 'error');
}
