import type { Criterion, CriterionKind, ScoringMethod, Tier } from '../../model';

/** A node of a scoring table as a preset writes it: a heading with parts, or a criterion scored one way. */
export interface NodeSpec {
  code: string;
  text: string;
  max: number;
  kind?: CriterionKind;
  method?: ScoringMethod;
  measureUnit?: string;
  mayExceed?: boolean;
  /** Steps of a tiered criterion as [from, points, label]. */
  tiers?: readonly (readonly [from: number, points: number, label: string])[];
  parts?: readonly NodeSpec[];
}

/**
 * A scoring table written as a tree, in the shape of the Ministry's yearly table for a Sở Tư pháp (part A
 * ⊃ group I ⊃ item 1 ⊃ 1.1): the criteria in catalogue order, each heading before its parts, every part
 * of a top node in that node's group, and the steps of its tiered criteria.
 * @param roots - the top nodes
 * @param table - the scoring table the top nodes belong to, if the campaign has several
 * @returns the criteria and the tiers
 * @example
 * scoringTree([{ code: 'A', text: 'Nhiệm vụ trọng tâm', max: 2, parts: [{ code: '1.1', text: 'Lập đề nghị', max: 2 }] }])
 *   .criteria.map((c) => [c.code, c.parent ?? null]) // [['A', null], ['1.1', 'A']]
 */
export function scoringTree(
  roots: readonly NodeSpec[],
  table?: string,
): { criteria: Criterion[]; tiers: Tier[] } {
  const criteria: Criterion[] = [];
  const tiers: Tier[] = [];
  const visit = (node: NodeSpec, parent: NodeSpec | null, root: NodeSpec): void => {
    const kind = node.kind ?? parent?.kind ?? 'standard';
    const criterion: Criterion = {
      code: node.code,
      group: root.code,
      groupName: root.text,
      text: node.text,
      max: node.max,
      kind,
      ...(parent === null ? {} : { parent: parent.code }),
      ...(node.method === undefined || node.method === 'typed' ? {} : { method: node.method }),
      ...(node.measureUnit === undefined ? {} : { measureUnit: node.measureUnit }),
      ...(node.mayExceed === true ? { mayExceed: true } : {}),
      ...(parent === null && table !== undefined ? { table } : {}),
    };
    criteria.push(criterion);
    for (const [from, points, label] of node.tiers ?? [])
      tiers.push({ criterion: node.code, from, points, label });
    for (const part of node.parts ?? []) visit(part, { ...node, kind }, root);
  };
  for (const root of roots) visit(root, null, root);
  return { criteria, tiers };
}

/**
 * The Ministry's steps by the share of the work done (QĐ 484/QĐ-BTP and the tables before it): 100% the
 * full points; 95–<100%, 80–<95%, 70–<80%, 60–<70% less; below 60% none.
 * @param points - the points of the six steps, from 100% down to below 60%
 * @returns the steps as [from, points, label]
 * @example
 * shareDoneTiers([2, 1.75, 1.5, 1, 0.5, 0])[0] // [0, 0, 'dưới 60%']
 */
export function shareDoneTiers(
  points: readonly [number, number, number, number, number, number],
): [number, number, string][] {
  const [full, p95, p80, p70, p60, below] = points;
  return [
    [0, below, 'dưới 60%'],
    [60, p60, 'từ 60% đến dưới 70%'],
    [70, p70, 'từ 70% đến dưới 80%'],
    [80, p80, 'từ 80% đến dưới 95%'],
    [95, p95, 'từ 95% đến dưới 100%'],
    [100, full, '100%'],
  ];
}
