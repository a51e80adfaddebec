/**
 * The scoring table as a tree: part A ⊃ group I ⊃ item 1 ⊃ sub-item 1.1. Criteria name their parent by
 * code; a criterion with parts is a heading whose points are the sum of its parts.
 */
import type { Criterion } from '../model';

/** The criteria of a scoring table, arranged as a tree. */
export interface CriteriaTree {
  /** Each code's first criterion (a repeated code is a catalogue error, reported by validation). */
  byCode: ReadonlyMap<string, Criterion>;
  /** The parts of each heading, by the heading's code, in catalogue order. */
  parts: ReadonlyMap<string, readonly Criterion[]>;
  /** Criteria at the top: no parent, or a parent the tree cannot use (unknown, itself, a loop). */
  roots: readonly Criterion[];
  /** Criteria without parts, whose points are typed or measured, in catalogue order. */
  leaves: readonly Criterion[];
  /** Every criterion once, each heading before its parts (depth first, catalogue order among siblings). */
  order: readonly Criterion[];
  /** Depth of each criterion by code: 0 at the top. */
  depth: ReadonlyMap<string, number>;
}

/**
 * The parent a criterion really has in the tree: its `parent` when that criterion exists, is another one
 * and does not lead back to it. Anything else puts it at the top (validation says why).
 */
function usableParents(byCode: ReadonlyMap<string, Criterion>): Map<string, string> {
  const parentOf = new Map<string, string>();
  for (const criterion of byCode.values()) {
    const parent = criterion.parent?.trim() ?? '';
    if (parent !== '' && parent !== criterion.code && byCode.has(parent))
      parentOf.set(criterion.code, parent);
  }
  // A loop (A ⊃ B ⊃ A) has no top: every member of it goes to the top instead. A criterion whose parents
  // only lead into a loop keeps its parent, whichever row is walked first.
  for (const start of [...parentOf.keys()]) {
    const path: string[] = [start];
    let at = parentOf.get(start);
    while (at !== undefined) {
      const seen = path.indexOf(at);
      if (seen >= 0) {
        for (const member of path.slice(seen)) parentOf.delete(member);
        break;
      }
      path.push(at);
      at = parentOf.get(at);
    }
  }
  return parentOf;
}

/**
 * Arranges criteria as a tree. A catalogue without parents (every table before the tree) is a tree of
 * roots that are all leaves, so everything computed over the tree is what it was over the list.
 * @param criteria - the catalogue, in table order
 * @returns the tree
 * @example
 * ```ts
 * const tree = criteriaTree([
 *   { code: 'I', group: 'I', text: 'Xây dựng pháp luật', max: 15, kind: 'standard' },
 *   { code: '1.1', group: 'I', text: 'Lập đề nghị', max: 2, kind: 'standard', parent: 'I' },
 *   { code: '1.2', group: 'I', text: 'Thẩm định', max: 3, kind: 'standard', parent: 'I' },
 * ]);
 * tree.roots.map((c) => c.code); //=> ['I']
 * tree.leaves.map((c) => c.code); //=> ['1.1', '1.2']
 * tree.depth.get('1.2'); //=> 1
 * ```
 */
export function criteriaTree(criteria: readonly Criterion[]): CriteriaTree {
  const byCode = new Map<string, Criterion>();
  for (const criterion of criteria) {
    if (criterion.code.trim() !== '' && !byCode.has(criterion.code)) byCode.set(criterion.code, criterion);
  }
  const parentOf = usableParents(byCode);
  const parts = new Map<string, Criterion[]>();
  const roots: Criterion[] = [];
  for (const criterion of byCode.values()) {
    const parent = parentOf.get(criterion.code);
    if (parent === undefined) roots.push(criterion);
    else parts.set(parent, [...(parts.get(parent) ?? []), criterion]);
  }
  const order: Criterion[] = [];
  const depth = new Map<string, number>();
  const visit = (criterion: Criterion, level: number): void => {
    order.push(criterion);
    depth.set(criterion.code, level);
    for (const part of parts.get(criterion.code) ?? []) visit(part, level + 1);
  };
  for (const root of roots) visit(root, 0);
  const leaves = order.filter((c) => !parts.has(c.code));
  return { byCode, parts, roots, leaves, order, depth };
}

/**
 * Whether a criterion is a heading (it has parts): its points are not typed but summed.
 * @param tree - the tree
 * @param code - the criterion's code
 * @returns true for a heading
 * @example
 * ```ts
 * isHeading(criteriaTree([{ code: 'I', group: 'I', text: '', max: 5, kind: 'standard' }]), 'I'); //=> false
 * ```
 */
export function isHeading(tree: CriteriaTree, code: string): boolean {
  return tree.parts.has(code);
}

/**
 * The scoring table a criterion belongs to: its own, else its heading's, up to the top; `''` for the
 * campaign's main table.
 * @param tree - the tree
 * @param criterion - the criterion
 * @returns the table's code, or `''`
 * @example
 * ```ts
 * const tree = criteriaTree([
 *   { code: 'A', group: 'A', text: '', max: 10, kind: 'standard', table: 'THA' },
 *   { code: 'A.1', group: 'A', text: '', max: 10, kind: 'standard', parent: 'A' },
 * ]);
 * tableOf(tree, tree.byCode.get('A.1')!); //=> 'THA'
 * ```
 */
export function tableOf(tree: CriteriaTree, criterion: Criterion): string {
  let at: Criterion | undefined = criterion;
  const seen = new Set<string>();
  while (at !== undefined && !seen.has(at.code)) {
    const own = at.table?.trim() ?? '';
    if (own !== '') return own;
    seen.add(at.code);
    const parent: string = at.parent?.trim() ?? '';
    at = parent === '' ? undefined : tree.byCode.get(parent);
  }
  return '';
}
