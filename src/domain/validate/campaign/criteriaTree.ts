import { CRITERION_HEADERS, TABLES } from '../../contract';
import type { Campaign, Criterion, Issue } from '../../model';
import { makeIssue } from '../../issues';
import { isHeading, scoringContext } from '../../scoring';
import { SUM_TOLERANCE } from '../_lib/tolerance';

/**
 * The criteria as a tree (`Mã cha`): every parent a criterion of the table other than itself, no loop
 * of parents, the maxima of a standard heading's standard parts adding up to its own, and no scoring
 * method on a heading (its points are its parts' sum). A repeated code is checked once, on its first
 * row, as the tree reads it.
 * @param campaign - the campaign
 * @returns issues on the Criteria table, in row order (parent, then maximum, then method of each row)
 * @example
 * const criteria = [
 *   { code: 'I', group: 'I', text: 'Xây dựng pháp luật', max: 15, kind: 'standard' },
 *   { code: 'I.1', group: 'I', text: 'Lập đề nghị', max: 10, kind: 'standard', parent: 'I' },
 * ] as const;
 * criteriaTreeIssues({ ...campaign, criteria: [...criteria] }).map((i) => i.code)
 * //=> ['CRITERION_PARTS_SUM_MISMATCH']
 */
export function criteriaTreeIssues(campaign: Campaign): Issue[] {
  const { tree } = scoringContext(campaign);
  const loops = parentLoops(tree.byCode);
  const issues: Issue[] = [];

  campaign.criteria.forEach((criterion, index) => {
    // The tree keeps a code's first row; a later one is a CRITERION_DUPLICATE and nothing more.
    if (tree.byCode.get(criterion.code) !== criterion) return;
    const at = (column: string) => ({ table: TABLES.criteria, row: index + 1, column });
    const parent = criterion.parent?.trim() ?? '';
    if (parent !== '' && (parent === criterion.code || !tree.byCode.has(parent))) {
      issues.push(
        makeIssue(
          'CRITERION_PARENT_UNKNOWN',
          { criterion: criterion.code, parent },
          at(CRITERION_HEADERS.parent),
        ),
      );
    }
    const loop = loops.get(criterion.code);
    if (loop !== undefined) {
      issues.push(
        makeIssue('CRITERION_PARENT_LOOP', { criterion: criterion.code, loop }, at(CRITERION_HEADERS.parent)),
      );
    }
    if (!isHeading(tree, criterion.code)) return;
    const mismatch = partsSumMismatch(criterion, tree.parts.get(criterion.code) ?? []);
    if (mismatch !== null) {
      issues.push(
        makeIssue(
          'CRITERION_PARTS_SUM_MISMATCH',
          { criterion: criterion.code, max: criterion.max, ...mismatch },
          at(CRITERION_HEADERS.max),
        ),
      );
    }
    if (criterion.method === 'tiers' || criterion.method === 'proportional') {
      issues.push(
        makeIssue(
          'CRITERION_HEADING_MEASURED',
          { criterion: criterion.code, method: criterion.method },
          at(CRITERION_HEADERS.method),
        ),
      );
    }
  });
  return issues;
}

/**
 * The loops of parents, by member: for each criterion on a loop, the loop from it back to it
 * (`['A', 'B', 'A']` for A in B, B in A). A criterion whose parents lead into a loop without being on it
 * is not a member: its own parent is right, and it finds its place once the loop is broken.
 */
function parentLoops(byCode: ReadonlyMap<string, Criterion>): Map<string, string[]> {
  const parentOf = new Map<string, string>();
  for (const criterion of byCode.values()) {
    const parent = criterion.parent?.trim() ?? '';
    if (parent !== '' && parent !== criterion.code && byCode.has(parent))
      parentOf.set(criterion.code, parent);
  }
  const loops = new Map<string, string[]>();
  const settled = new Set<string>();
  for (const start of parentOf.keys()) {
    const path: string[] = [];
    const onPath = new Map<string, number>();
    let at: string | undefined = start;
    while (at !== undefined && !settled.has(at) && !onPath.has(at)) {
      onPath.set(at, path.length);
      path.push(at);
      at = parentOf.get(at);
    }
    const loopStart = at === undefined ? undefined : onPath.get(at);
    if (loopStart !== undefined) {
      const members = path.slice(loopStart);
      members.forEach((member, i) => {
        loops.set(member, [...members.slice(i), ...members.slice(0, i), member]);
      });
    }
    for (const code of path) settled.add(code);
  }
  return loops;
}

/**
 * How a standard heading's standard parts fail to add up to its maximum, or null when they do or the
 * rule does not apply: bonus and deduction headings are caps, a heading that may exceed its maximum has
 * no sum to meet, and a maximum that is not a number is CRITERION_MAX_NOT_POSITIVE's to report.
 */
function partsSumMismatch(
  heading: Criterion,
  parts: readonly Criterion[],
): { sum: number; parts: string[] } | null {
  if (heading.kind !== 'standard' || heading.mayExceed === true || !Number.isFinite(heading.max)) return null;
  const standard = parts.filter((part) => part.kind === 'standard');
  if (standard.some((part) => !Number.isFinite(part.max))) return null;
  const sum = standard.reduce((total, part) => total + part.max, 0);
  if (Math.abs(sum - heading.max) <= SUM_TOLERANCE) return null;
  return { sum: Number(sum.toPrecision(15)), parts: standard.map((part) => part.code) };
}
