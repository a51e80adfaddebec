// Every seed scenario, laid out by buildPlan and evaluated by the memory host, ranks as the domain does —
// whether its scores come with the plan or are typed in afterwards — and re-planning it changes nothing.
import { measureHeader, SCORE_HEADERS } from '../../src/domain/contract';
import type { Campaign } from '../../src/domain/model';
import { PRESETS } from '../../src/domain/presets';
import { a1 } from '../../src/domain/workbook';
import { buildPlan } from '../../src/layout/buildPlan';
import type { MemoryHost } from '../../src/memory/memoryHost';
import {
  domainClusterFigures,
  domainProposals,
  domainRanking,
  domainStandings,
  domainTitleCounts,
  hostWith,
  workbookClusterFigures,
  workbookProposals,
  workbookRanking,
  workbookStandings,
  workbookTitleCounts,
} from './evaluationHelpers';

const cases = PRESETS.map((preset): [string, Campaign] => [preset.id, preset]);

describe.each(cases)('preset %s in the memory host', (_id, preset) => {
  // The first tests only read: they share one evaluated workbook.
  let host: MemoryHost;
  beforeAll(async () => {
    host = await hostWith(preset);
  });

  it('builds a plan without errors whose every formula evaluates', () => {
    expect(buildPlan(preset).issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(host.formulaProblems()).toEqual([]);
  });

  it('ranks, flags and proposes as the domain does', () => {
    const data = host.exportWorkbookData();
    expect(Object.fromEntries(workbookStandings(data))).toEqual(Object.fromEntries(domainStandings(preset)));
  });

  it('fills the summary tables as summarise does', () => {
    const data = host.exportWorkbookData();
    expect(workbookClusterFigures(data)).toEqual(domainClusterFigures(preset));
    expect(workbookRanking(data)).toEqual(domainRanking(preset));
    expect(workbookProposals(data)).toEqual(domainProposals(preset));
    expect(workbookTitleCounts(data)).toEqual(domainTitleCounts(preset));
  });

  it('ranks the same when the scores are typed into an empty scoring sheet', async () => {
    const typing = await hostWith({ ...preset, scores: [] });
    const scores = typing.exportWorkbookData().tables.Scores;
    if (scores === undefined) throw new Error('no Scores table');
    const inputHeaders = new Map(
      preset.tieBreaks.flatMap((link) => (link.kind === 'input' ? [[link.key, link.header] as const] : [])),
    );
    const firstRows = new Set<string>();
    const typed: [string, number | null][] = [];
    for (const row of preset.scores) {
      // The domain counts a unit's first score row; the sheet has one row per unit.
      if (firstRows.has(row.unit)) continue;
      firstRows.add(row.unit);
      const r = scores.rows.findIndex(
        (values) => values[scores.headers.indexOf(SCORE_HEADERS.unit)] === row.unit,
      );
      expect(r).toBeGreaterThanOrEqual(0);
      const cells: [string, number | null][] = [
        ...Object.entries(row.values),
        // A measured criterion is typed as its measure, in the column headed by the code and the unit.
        ...Object.entries(row.measures ?? {}).map(([code, value]): [string, number | null] => {
          const criterion = preset.criteria.find((c) => c.code === code);
          return [measureHeader(code, criterion?.measureUnit), value];
        }),
        ...Object.entries(row.inputs).map(([key, value]): [string, number | null] => [
          inputHeaders.get(key) ?? key,
          value,
        ]),
      ];
      for (const [header, value] of cells) {
        const c = scores.headers.indexOf(header);
        if (c < 0) continue;
        typed.push([a1({ row: scores.origin.row + 1 + r, col: scores.origin.col + c }), value]);
      }
    }
    // As an officer pasting the scores in: one recalculation at the end.
    typing.batch(() => {
      for (const [address, value] of typed) typing.setCellValue(scores.sheet, address, value);
    });
    const standings = workbookStandings(typing.exportWorkbookData());
    expect(Object.fromEntries(standings)).toEqual(Object.fromEntries(domainStandings(preset)));
  });

  it('re-plans to the same workbook', async () => {
    const before = host.snapshot();
    const { plan } = await host.applyPlan((current) => buildPlan(preset, current));
    for (const table of plan.sheets.flatMap((s) => s.tables)) {
      expect([table.name, table.addColumns, table.appendRows]).toEqual([table.name, [], []]);
    }
    expect(host.snapshot()).toEqual(before);
    expect(host.formulaProblems()).toEqual([]);
  });
});
