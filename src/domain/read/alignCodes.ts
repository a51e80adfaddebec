import { REGISTRATION_HEADERS, SCORE_HEADERS, TABLES, UNIT_HEADERS } from '../contract';
import { CodeIndex } from '../cellCodecs/excelText';
import { makeIssue } from '../issues';
import type { Campaign, Issue } from '../model';

/** What a reference names, in the words of the message. */
const WHAT = {
  cluster: { what: 'mã cụm', whatEn: 'cluster code' },
  unit: { what: 'mã đơn vị', whatEn: 'unit code' },
  title: { what: 'mã danh hiệu', whatEn: 'title code' },
} as const;

/**
 * Gives every code that names a catalogue entry (a unit's cluster, a registration's unit and title,
 * a scored unit) the catalogue's own spelling when Excel's MATCH and COUNTIFS would find it there: a
 * code typed in another case, or with other spacing, is the same code for the sheet's formulas, so
 * the checks, the ranking and every summary count it as the sheet does. Each such cell gets a warning
 * naming what was typed (`CODE_CASE_MATCHED`); a code the catalogue lacks in any case is left as
 * typed for the checks to report.
 * @param campaign - the campaign as read
 * @returns the campaign with references in the catalogue's spelling, and one warning per changed cell
 * @example
 * alignCodes(campaign).campaign.registrations[0]?.unit // 'U1' where 'u1' was typed
 */
export function alignCodes(campaign: Campaign): { campaign: Campaign; issues: Issue[] } {
  const issues: Issue[] = [];
  const clusters = new CodeIndex(campaign.clusters.map((c) => c.code));
  const units = new CodeIndex(campaign.units.map((u) => u.code));
  const titles = new CodeIndex(campaign.titles.map((t) => t.code));

  const align = (
    typed: string,
    index: CodeIndex,
    what: keyof typeof WHAT,
    at: { table: string; row: number; column: string },
  ): string => {
    const found = index.find(typed);
    if (found === null || found === typed) return typed;
    issues.push(makeIssue('CODE_CASE_MATCHED', { typed, code: found, ...WHAT[what] }, at));
    return found;
  };

  const alignedUnits = campaign.units.map((unit, index) => {
    const cluster = align(unit.cluster, clusters, 'cluster', {
      table: TABLES.units,
      row: index + 1,
      column: UNIT_HEADERS.cluster,
    });
    return cluster === unit.cluster ? unit : { ...unit, cluster };
  });
  const registrations = campaign.registrations.map((r) => {
    const at = { table: TABLES.registrations, row: r.row };
    const unit = align(r.unit, units, 'unit', { ...at, column: REGISTRATION_HEADERS.unit });
    const title = align(r.title, titles, 'title', { ...at, column: REGISTRATION_HEADERS.title });
    return unit === r.unit && title === r.title ? r : { ...r, unit, title };
  });
  const scoresOf = (rows: Campaign['scores'], table: string): Campaign['scores'] =>
    rows.map((s) => {
      const unit = align(s.unit, units, 'unit', { table, row: s.row, column: SCORE_HEADERS.unit });
      return unit === s.unit ? s : { ...s, unit };
    });
  const scores = scoresOf(campaign.scores, TABLES.scores);
  const selfScores = scoresOf(campaign.selfScores, TABLES.selfScores);

  if (issues.length === 0) return { campaign, issues };
  return { campaign: { ...campaign, units: alignedUnits, registrations, scores, selfScores }, issues };
}
