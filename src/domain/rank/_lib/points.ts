import type { Criterion, ScoreRow } from '../../model';

/** Points of one criterion cell, or null when the cell is blank (or holds nothing a number can be read from). */
export function pointsOf(row: ScoreRow, criterion: string): number | null {
  const value = row.values[criterion];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** True when at least one criterion cell of the row holds points: the unit has been scored. */
export function hasAnyPoints(criteria: readonly Criterion[], row: ScoreRow): boolean {
  return criteria.some((criterion) => pointsOf(row, criterion.code) !== null);
}

/** Raw sums of a row over some criteria, by kind; blank cells add nothing. */
export interface PointSums {
  standard: number;
  bonus: number;
  deduction: number;
}

/** Sums the points of `row` over `criteria`, kept apart by kind (deductions as entered, positive). */
export function sumPoints(criteria: readonly Criterion[], row: ScoreRow): PointSums {
  const sums: PointSums = { standard: 0, bonus: 0, deduction: 0 };
  // A switch, not sums[criterion.kind]: a store to a named field is much cheaper than one by key,
  // and this runs for every criterion of every unit, several times per ranking.
  for (const criterion of criteria) {
    switch (criterion.kind) {
      case 'standard':
        sums.standard += pointsOf(row, criterion.code) ?? 0;
        break;
      case 'bonus':
        sums.bonus += pointsOf(row, criterion.code) ?? 0;
        break;
      case 'deduction':
        sums.deduction += pointsOf(row, criterion.code) ?? 0;
        break;
    }
  }
  return sums;
}

/** Standard plus bonus minus deductions: what a set of criteria adds to a total. */
export function netPoints(sums: PointSums): number {
  return sums.standard + sums.bonus - sums.deduction;
}
