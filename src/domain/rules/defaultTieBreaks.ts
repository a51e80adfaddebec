import { inputKey } from '../cellCodecs';
import type { Criterion, TieBreak } from '../model';
import { DEFAULTS } from './defaults';
import type { TieBreakStep } from './ruleSet';

// Keys are derived from the headers the same way reading derives them, so a workbook read back names
// its input columns with the keys the campaign was built with.
const VOTES_HEADER = 'Tỷ lệ phiếu bầu (%)';
const FLAG_LAST_YEAR_HEADER = 'Được tặng Cờ năm trước (1 = có)';

/** Key and header of the Scores input column holding the council's vote share. */
export const VOTES_INPUT = { key: inputKey(VOTES_HEADER), header: VOTES_HEADER } as const;

/** Key and header of the Scores input column marking a flag held the year before (1 = yes). */
export const FLAG_LAST_YEAR_INPUT = {
  key: inputKey(FLAG_LAST_YEAR_HEADER),
  header: FLAG_LAST_YEAR_HEADER,
} as const;

/**
 * The tie-break chain (tiêu chí phụ) of a campaign, resolved against its criteria. No legal text
 * publishes one, so the chain is a default an officer edits in the TieBreaks table.
 *
 * `firstGroup` becomes the subtotal of the first group of standard criteria (in table order), higher
 * wins; `fewerDeductions` the sum of deductions, fewer wins; `votes` the input column
 * `Tỷ lệ phiếu bầu (%)`, higher wins; `noFlagLastYear` the input column marking last year's flag,
 * not having held it wins. A step with nothing to read (no standard criteria, no deduction criterion)
 * is left out rather than kept as a link that can never part two units.
 *
 * @param criteria - the campaign's criteria table
 * @param chain - steps in order (the rule set's `tieBreakChain` value, or the product default)
 * @returns the tie-break links, in order
 * @example
 * defaultTieBreaks([
 *   { code: 'I.1', group: 'I', text: 'Báo cáo', max: 100, kind: 'standard' },
 *   { code: 'TR.1', group: 'TR', text: 'Điểm trừ', max: 5, kind: 'deduction' },
 * ]).map((t) => t.kind) // ['group', 'deductions', 'input']
 */
export function defaultTieBreaks(
  criteria: readonly Criterion[],
  chain: readonly TieBreakStep[] = DEFAULTS.tieBreakChain,
): TieBreak[] {
  return chain.flatMap((step): TieBreak[] => {
    switch (step) {
      case 'firstGroup': {
        const group = criteria.find((c) => c.kind === 'standard')?.group;
        return group === undefined
          ? []
          : [{ kind: 'group', group, direction: 'desc', label: `Điểm nhóm ${group} cao hơn` }];
      }
      case 'fewerDeductions':
        return criteria.some((c) => c.kind === 'deduction')
          ? [{ kind: 'deductions', direction: 'asc', label: 'Ít điểm trừ hơn' }]
          : [];
      case 'votes':
        return [{ kind: 'input', ...VOTES_INPUT, direction: 'desc', label: 'Tỷ lệ phiếu bầu cao hơn' }];
      case 'noFlagLastYear':
        return [
          { kind: 'input', ...FLAG_LAST_YEAR_INPUT, direction: 'asc', label: 'Chưa được tặng Cờ năm trước' },
        ];
    }
  });
}
