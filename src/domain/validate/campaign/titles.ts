import { TABLES, TITLE_HEADERS } from '../../contract';
import type { Campaign, Issue } from '../../model';
import { codeKey } from '../../cellCodecs/excelText';
import { repeats } from '../_lib/repeats';
import { makeIssue } from '../../issues';

/**
 * The title catalogue: codes once each, and every title its rules name (prerequisites, cap,
 * "counts as") present in the catalogue — registration checks follow those names.
 * @param campaign - the campaign
 * @returns issues on the Titles table, in row order
 * @example
 * const lđtt = { code: 'LDTT', name: 'Lao động tiên tiến', subject: 'individual', kind: 'title', prerequisites: [], cap: null, counts: ['LĐTT'] } as const;
 * titleIssues({ ...campaign, titles: [lđtt] }).map((i) => i.code) //=> ['TITLE_RULE_UNKNOWN']
 */
export function titleIssues(campaign: Campaign): Issue[] {
  const issues: Issue[] = [];
  const known = new Set(campaign.titles.map((t) => t.code));
  const duplicates = new Map(repeats(campaign.titles, (t) => codeKey(t.code)).map((r) => [r.index, r.first]));

  campaign.titles.forEach((title, index) => {
    const row = index + 1;
    const first = duplicates.get(index);
    if (first !== undefined) {
      issues.push(
        makeIssue(
          'TITLE_DUPLICATE',
          { title: title.code, firstRow: first + 1 },
          { table: TABLES.titles, row, column: TITLE_HEADERS.code },
        ),
      );
      return;
    }
    const references = [
      ...title.prerequisites.map((p) => ({ ref: p.title, column: TITLE_HEADERS.prerequisites })),
      ...(title.cap === null ? [] : [{ ref: title.cap.of, column: TITLE_HEADERS.cap }]),
      ...title.counts.map((ref) => ({ ref, column: TITLE_HEADERS.counts })),
    ];
    for (const { ref, column } of references) {
      if (known.has(ref)) continue;
      issues.push(
        makeIssue('TITLE_RULE_UNKNOWN', { title: title.code, ref }, { table: TABLES.titles, row, column }),
      );
    }
  });
  return issues;
}
