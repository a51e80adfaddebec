/**
 * Why a unit has no rank, in the council's words and with its numbers: the score errors that hold it
 * (Chờ sửa lỗi), or the rule that leaves it out (Không xét).
 */
import type { Exclusion } from '../model';
import type { ScoreProblem, UnitScore } from '../scoring';
import { formatPoints } from './_lib/format';

/** The label of a held unit, as the sheet shows it. */
export const HELD_LABEL = 'Chờ sửa lỗi';
/** The label of a unit left out by a rule, as the sheet shows it. */
export const EXCLUDED_LABEL = 'Không xét';

const COMPARISON_WORDS: Record<Exclusion['comparison'], string> = {
  '<': '<',
  '<=': '≤',
  '>': '>',
  '>=': '≥',
};

/**
 * One score error in words.
 * @param problem - the problem
 * @returns e.g. `I.1 = 120 > 100 điểm tối đa`
 * @example
 * ```ts
 * problemWords({ kind: 'aboveMax', criterion: 'I.1', value: 120, max: 100 }); //=> 'I.1 = 120 > 100 điểm tối đa'
 * problemWords({ kind: 'missing', criterion: 'II.2' }); //=> 'II.2 còn trống'
 * ```
 */
export function problemWords(problem: ScoreProblem): string {
  switch (problem.kind) {
    case 'unreadable':
      return `${problem.criterion} không phải là số (chữ, hoặc số nhập dạng chữ)`;
    case 'negative':
      return `${problem.criterion} = ${formatPoints(problem.value)} < 0${problem.measure ? ' (số liệu)' : ''}`;
    case 'aboveMax':
      return `${problem.criterion} = ${formatPoints(problem.value)} > ${formatPoints(problem.max)} điểm tối đa`;
    case 'missing':
      return `${problem.criterion} còn trống`;
    case 'otherTable':
      return `${problem.criterion} thuộc bảng điểm khác (${problem.table || 'bảng chính'})`;
    case 'review':
      return `${problem.criterion}: điểm của thành viên Hội đồng có lỗi (xem bảng Hội đồng)`;
  }
}

/**
 * Why a unit is not ranked: its score errors, or the rule that leaves it out with the value compared.
 * @param score - the unit's score
 * @param value - the value the exclusion compared (the total, a measure or points)
 * @returns e.g. `Chờ sửa lỗi: I.1 = 120 > 100 điểm tối đa`, `Không xét: Dưới điểm sàn (85 < 100)`; empty
 *   for a ranked or unscored unit
 * @example
 * ```ts
 * statusReason({ points: new Map(), total: 85, problems: [], status: 'excluded',
 *   exclusion: { criterion: null, comparison: '<', value: 100, reason: 'Dưới điểm sàn' } }, 85);
 * //=> 'Không xét: Dưới điểm sàn (Tổng điểm 85 < 100)'
 * ```
 */
export function statusReason(score: UnitScore, value: number | null): string {
  if (score.status === 'held') {
    const shown = score.problems.slice(0, 3).map(problemWords);
    const more = score.problems.length > 3 ? ` và ${score.problems.length - 3} ô khác` : '';
    return `${HELD_LABEL}: ${shown.join('; ')}${more}`;
  }
  if (score.status === 'excluded' && score.exclusion !== null) {
    const rule = score.exclusion;
    const subject = rule.criterion ?? 'Tổng điểm';
    const compared =
      value === null
        ? ''
        : ` (${subject} ${formatPoints(value)} ${COMPARISON_WORDS[rule.comparison]} ${formatPoints(rule.value)})`;
    return `${EXCLUDED_LABEL}: ${rule.reason}${compared}`;
  }
  return '';
}
