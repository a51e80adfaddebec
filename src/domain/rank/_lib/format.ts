/**
 * Points as a Vietnamese reader writes them: decimal comma, no trailing zeros (95,5 — not 95.50).
 * Totals reaching here are already rounded, so the shortest form is the exact one.
 */
export function formatPoints(points: number): string {
  return String(points).replace('.', ',');
}
