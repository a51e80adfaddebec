import { BAND_HEADERS, SETTINGS_HEADERS, TABLES, TIE_BREAK_HEADERS } from '../../contract';
import type { Campaign, Issue } from '../../model';
import { makeIssue } from '../../issues';
import { bandCodes } from '../../rank';
import { repeats } from '../_lib/repeats';

/**
 * The award rules: band rows (gates naming criteria, conditions needed no more than the row has, a
 * tolerance from 0 to under 100%, and rows of one code agreeing on what ranking reads from the first),
 * the tie-break chain, the flag's title and band. A name that matches nothing would make ranking
 * silently skip the rule, so each is reported.
 * @param campaign - the campaign
 * @returns issues on the Bands, TieBreaks and Settings tables, in that order
 * @example
 * awardRuleIssues({ ...campaign, awardRules: { ...campaign.awardRules, flagTitle: 'CO' } }).map((i) => i.code)
 * //=> ['FLAG_TITLE_UNKNOWN']
 */
export function awardRuleIssues(campaign: Campaign): Issue[] {
  const issues: Issue[] = [];
  const criteria = new Set(campaign.criteria.map((c) => c.code));
  const groups = new Set(campaign.criteria.map((c) => c.group));

  const bands = campaign.awardRules.bands;
  const firstOfCode = new Map(repeats(bands, (b) => b.code).map((r) => [r.index, r.first]));
  bands.forEach((band, index) => {
    const at = (column: string) => ({ table: TABLES.bands, row: index + 1, column });
    const name = band.name || band.code;
    for (const gate of band.gates) {
      if (criteria.has(gate.criterion)) continue;
      issues.push(
        makeIssue('BAND_GATE_UNKNOWN', { band: name, criterion: gate.criterion }, at(BAND_HEADERS.gates)),
      );
    }
    if (band.need !== undefined && band.need > band.gates.length) {
      issues.push(
        makeIssue(
          'BAND_NEED_ABOVE_GATES',
          { band: name, need: band.need, gates: band.gates.length },
          at(BAND_HEADERS.need),
        ),
      );
    }
    if (band.tolerance !== undefined && !(band.tolerance >= 0 && band.tolerance < 100)) {
      issues.push(
        makeIssue(
          'BAND_TOLERANCE_RANGE',
          { band: name, tolerance: band.tolerance },
          at(BAND_HEADERS.tolerance),
        ),
      );
    }
    const firstIndex = firstOfCode.get(index);
    const first = firstIndex === undefined ? undefined : bands[firstIndex];
    if (firstIndex === undefined || first === undefined) return;
    // Ranking reads these by code, from the band's first row; a later row's own value would be ignored.
    const fields = [
      { column: BAND_HEADERS.minScore, value: band.minScore, first: first.minScore },
      { column: BAND_HEADERS.quota, value: band.quota ?? null, first: first.quota ?? null },
      { column: BAND_HEADERS.proposal, value: band.proposal.trim(), first: first.proposal.trim() },
    ];
    for (const { column, value, first: firstValue } of fields) {
      if (value === firstValue) continue;
      issues.push(
        makeIssue(
          'BAND_ROWS_DIFFER',
          {
            band: band.code,
            column,
            value,
            first: firstValue,
            firstRow: firstIndex + 1,
          },
          at(column),
        ),
      );
    }
  });

  campaign.tieBreaks.forEach((link, index) => {
    const named =
      link.kind === 'group'
        ? { target: 'group' as const, code: link.group, known: groups.has(link.group) }
        : link.kind === 'criterion'
          ? { target: 'criterion' as const, code: link.criterion, known: criteria.has(link.criterion) }
          : null;
    if (named === null || named.known) return;
    issues.push(
      makeIssue(
        'TIE_BREAK_UNKNOWN',
        { label: link.label, target: named.target, code: named.code },
        { table: TABLES.tieBreaks, row: index + 1, column: TIE_BREAK_HEADERS.rule },
      ),
    );
  });

  const flagTitle = campaign.awardRules.flagTitle;
  if (!campaign.titles.some((t) => t.code === flagTitle)) {
    issues.push(
      makeIssue(
        'FLAG_TITLE_UNKNOWN',
        { title: flagTitle },
        // Award rules are parameters of the Settings table; its row order is the layout's choice.
        { table: TABLES.settings, row: null, column: SETTINGS_HEADERS.value },
      ),
    );
  }
  const flagBand = campaign.awardRules.flagBand?.trim() ?? '';
  const codes = bandCodes(campaign);
  if (flagBand !== '' && !codes.includes(flagBand)) {
    issues.push(
      makeIssue(
        'FLAG_BAND_UNKNOWN',
        { band: flagBand, codes },
        { table: TABLES.settings, row: null, column: SETTINGS_HEADERS.value },
      ),
    );
  }
  return issues;
}
