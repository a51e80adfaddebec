import type { Criterion } from '../../model';

/** A group of the scoring table (I, II, …), its heading and its sub-criteria as [text, maximum points]. */
export interface GroupSpec {
  group: string;
  /** Heading of the group (`Thực hiện chế độ báo cáo`), given to each of its criteria. */
  name: string;
  items: readonly (readonly [text: string, max: number])[];
}

/** Group codes of the bonus (điểm thưởng) and deduction (điểm trừ) rows. */
export const BONUS_GROUP = 'TH';
/** Group code of the deduction rows. */
export const DEDUCTION_GROUP = 'TR';
/** Heading of the bonus rows. */
export const BONUS_GROUP_NAME = 'Điểm thưởng';
/** Heading of the deduction rows. */
export const DEDUCTION_GROUP_NAME = 'Điểm trừ';

/**
 * A scoring table in the shape of the Ministry's yearly table: numbered groups of standard criteria
 * coded `I.1`, `I.2`, `II.1`…, then bonus rows `TH.1`… and deduction rows `TR.1`…
 *
 * @param groups - standard groups, in order
 * @param bonus - bonus rows as [text, maximum]
 * @param deductions - deduction rows as [text, most that can be deducted]
 * @returns the criteria, in table order
 * @example
 * criteriaTable(
 *   [{ group: 'I', name: 'Thực hiện chế độ báo cáo', items: [['Báo cáo đúng hạn', 100]] }],
 *   [['Sáng kiến', 5]],
 *   [['Vi phạm', 5]],
 * )
 *   .map((c) => c.code) // ['I.1', 'TH.1', 'TR.1']
 */
export function criteriaTable(
  groups: readonly GroupSpec[],
  bonus: readonly (readonly [string, number])[],
  deductions: readonly (readonly [string, number])[],
): Criterion[] {
  const rows = (
    group: string,
    groupName: string,
    items: GroupSpec['items'],
    kind: Criterion['kind'],
  ): Criterion[] =>
    items.map(([text, max], i) => ({ code: `${group}.${i + 1}`, group, groupName, text, max, kind }));
  return [
    ...groups.flatMap((g) => rows(g.group, g.name, g.items, 'standard')),
    ...rows(BONUS_GROUP, BONUS_GROUP_NAME, bonus, 'bonus'),
    ...rows(DEDUCTION_GROUP, DEDUCTION_GROUP_NAME, deductions, 'deduction'),
  ];
}
