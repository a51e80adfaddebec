// The in-memory engine evaluates each cluster's ranking COUNTIFS over that cluster's rows only: the
// narrowing itself, and that the ranks stay the domain's when units change cluster after set-up (the
// engine must notice and narrow again), one by one or in a batch.
import fc from 'fast-check';
import { TABLES, UNIT_HEADERS } from '../../src/domain/contract';
import type { Campaign } from '../../src/domain/model';
import { a1 } from '../../src/domain/workbook';
import { createMemoryHost, type MemoryHost } from '../../src/memory/memoryHost';
import { groupBlocks, groupColumnsOf, groupKey, narrowFormula } from '../../src/memory/clusterRanges';
import { campaignArb } from './campaignArbitrary';
import { domainStandings, hostWith, workbookStandings } from './evaluationHelpers';
import { fixturePlan, LOOKUP_CLUSTER } from './fixturePlan';

describe('narrowing a COUNTIFS to a group of rows', () => {
  const rank = '=IF(OR(AP7="",C7=""),"",1+COUNTIFS($C$4:$C$43,C7,$AP$4:$AP$43,">"&AP7))';

  it('finds the grouping column of a call that starts with "same as this row"', () => {
    expect(groupColumnsOf(rank, 7)).toEqual([{ column: 'C', first: 4, last: 43 }]);
    // Another row's cell, a row outside the range, or no COUNTIFS: nothing to narrow.
    expect(groupColumnsOf(rank, 8)).toEqual([]);
    expect(groupColumnsOf('=COUNTIFS($C$4:$C$43,C50,$D$4:$D$43,1)', 50)).toEqual([]);
    expect(groupColumnsOf('=SUM($C$4:$C$43)', 7)).toEqual([]);
  });

  it('narrows every range of the call, and only of that call', () => {
    const formula = `${rank}+COUNTIF($AP$4:$AP$43,">0")`;
    expect(narrowFormula(formula, 7, () => ({ top: 5, bottom: 9 }))).toBe(
      '=IF(OR(AP7="",C7=""),"",1+COUNTIFS($C$5:$C$9,C7,$AP$5:$AP$9,">"&AP7))+COUNTIF($AP$4:$AP$43,">0")',
    );
    expect(narrowFormula(formula, 7, () => null)).toBe(formula);
  });

  it('leaves whole a call whose ranges differ in rows, or reach another sheet', () => {
    const uneven = '=COUNTIFS($C$4:$C$43,C7,$D$4:$D$44,1)';
    const relative = '=COUNTIFS($C$4:$C$43,C7,D4:D43,1)';
    const other = "=COUNTIFS($C$4:$C$43,C7,'Danh mục'!$D$4:$D$43,1)";
    for (const formula of [uneven, relative, other]) {
      expect(groupColumnsOf(formula, 7)).toEqual([]);
      expect(narrowFormula(formula, 7, () => ({ top: 5, bottom: 9 }))).toBe(formula);
    }
  });

  it('keys values as coarsely as the engine matches them, and refuses patterns', () => {
    expect(groupKey('Cụm 1 ')).toBe(groupKey('cum 1'));
    expect(groupKey('01')).toBe(groupKey(1));
    expect(groupKey(null)).toBe(groupKey(''));
    for (const pattern of ['K*', 'K?', '<5', 'A|B', '=K1', 'K.1']) expect(groupKey(pattern)).toBeNull();
    expect(groupKey(true)).toBeNull();
  });

  it('spans each group from its first row to its last', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 30 }), fc.nat(100), (keys, first) => {
        const blocks = groupBlocks(keys, first);
        keys.forEach((key, i) => {
          const block = blocks?.get(key);
          expect(block).toBeDefined();
          expect(block!.top).toBeLessThanOrEqual(first + i);
          expect(block!.bottom).toBeGreaterThanOrEqual(first + i);
        });
      }),
    );
    expect(groupBlocks(['a', null], 1)).toBeNull();
  });
});

/** Moves units to other clusters by typing in the Units table, as an officer would. */
function moveUnits(host: MemoryHost, moves: readonly [number, string][], inBatch: boolean): void {
  const units = host.exportWorkbookData().tables[TABLES.units];
  if (units === undefined) throw new Error('no Units table');
  const col = units.headers.indexOf(UNIT_HEADERS.cluster);
  const type = () => {
    for (const [row, cluster] of moves) {
      host.setCellValue(
        units.sheet,
        a1({ row: units.origin.row + 1 + row, col: units.origin.col + col }),
        cluster,
      );
    }
  };
  if (inBatch) host.batch(type);
  else type();
}

function moved(campaign: Campaign, moves: readonly [number, string][]): Campaign {
  const units = campaign.units.map((unit) => ({ ...unit }));
  for (const [row, cluster] of moves) {
    const unit = units[row];
    if (unit !== undefined) unit.cluster = cluster;
  }
  return { ...campaign, units };
}

describe('ranks after units change cluster in the workbench', () => {
  it('stay the domain’s, the engine narrowing again over the clusters as they now stand', async () => {
    await fc.assert(
      fc.asyncProperty(
        campaignArb.chain((campaign) =>
          fc.record({
            campaign: fc.constant(campaign),
            moves: fc.array(
              fc.tuple(
                fc.nat(campaign.units.length - 1),
                fc.constantFrom(...campaign.clusters.map((c) => c.code)),
              ),
              { minLength: 1, maxLength: 4 },
            ),
            inBatch: fc.boolean(),
          }),
        ),
        async ({ campaign, moves, inBatch }) => {
          const host = await hostWith(campaign);
          moveUnits(host, moves, inBatch);
          expect(host.formulaProblems()).toEqual([]);
          expect(Object.fromEntries(workbookStandings(host.exportWorkbookData()))).toEqual(
            Object.fromEntries(domainStandings(moved(campaign, moves))),
          );
        },
      ),
      { numRuns: 20 },
    );
  }, 120_000);
});

describe('clusters the engine cannot read before the build', () => {
  it('are read again from the built engine, and the ranks are those of the formulas as written', async () => {
    // The cluster falls back on the unit's own code while the catalogue's cluster, a formula of another
    // column, is blank: the small engine that reads the clusters before the build holds only the
    // cluster column's formulas, so it sees each unit alone in a cluster of its own.
    const plan = fixturePlan();
    const scores = plan.sheets[1]?.tables[0];
    if (scores === undefined) throw new Error('no Scores table in the fixture');
    scores.columns = [
      ...scores.columns.map((column) =>
        column.header === 'Mã cụm'
          ? { ...column, formula: '=IF([@[Cụm gốc]]="",[@[Mã đơn vị]],[@[Cụm gốc]])' }
          : column,
      ),
      { header: 'Cụm gốc', role: 'computed', formula: LOOKUP_CLUSTER },
    ];
    scores.headers = scores.columns.map((column) => column.header);
    scores.rows = scores.rows.map((row) => [...row, null]);
    const ours = createMemoryHost();
    const plain = createMemoryHost({ plainEngine: true });
    await ours.applyPlan(() => structuredClone(plan));
    await plain.applyPlan(() => structuredClone(plan));
    const ranks = (host: MemoryHost): unknown[] => host.getSheetValues('Chấm điểm').map((row) => row[8]);
    // C1: U1 and U2 tie at 90, U3 unscored; C2: U5 (89) ahead of U4 (86.75).
    expect(ranks(ours)).toEqual(['Xếp hạng', 1, 1, null, 2, 1]);
    expect(ranks(ours)).toEqual(ranks(plain));
  });
});
