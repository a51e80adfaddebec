import { BAND_HEADERS, SETTINGS_HEADERS, TABLES, TIE_BREAK_HEADERS } from '../../contract';
import type { Campaign, Issue } from '../../model';
import { makeIssue } from '../../issues';

/**
 * Rules that name criteria or titles: band gates, the tie-break chain, the flag title. A name that
 * matches nothing would make ranking silently skip the rule, so each is reported.
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

  campaign.awardRules.bands.forEach((band, index) => {
    for (const gate of band.gates) {
      if (criteria.has(gate.criterion)) continue;
      issues.push(
        makeIssue(
          'BAND_GATE_UNKNOWN',
          { band: band.name || band.code, criterion: gate.criterion },
          { table: TABLES.bands, row: index + 1, column: BAND_HEADERS.gates },
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
  return issues;
}
