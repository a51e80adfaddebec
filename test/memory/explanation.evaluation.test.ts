/**
 * @jest-environment node
 */
// The Scores table's `Giải thích` column, evaluated by the memory host, says what the domain's
// explainUnit says: the rank among the ranked units of the cluster, the total, the gap to the units just
// above and below (or the tie-break that parted equal totals), a tie only the vote parts, and for a unit
// held or left out its status — on every preset and on random campaigns.
import fc from 'fast-check';
import { measureHeader, SCORE_HEADERS, TABLES } from '../../src/domain/contract';
import { explainUnit, type GroupPoints, type Neighbour } from '../../src/domain/explain';
import type { Campaign } from '../../src/domain/model';
import { PRESETS } from '../../src/domain/presets';
import { rankCampaign } from '../../src/domain/rank';
import { isMeasured } from '../../src/domain/scoring';
import { readCampaign } from '../../src/domain/read';
import { a1, type CellValue, type WorkbookData } from '../../src/domain/workbook';
import { createMemoryHost } from '../../src/memory/memoryHost';
import { setUpCampaign } from '../../src/workflow';
import { hostWith, records } from './evaluationHelpers';
import { partedTieCampaign } from './partedTie';
import { scoringCaseArb, type ScoringCase } from './scoringArbitrary';

const str = (v: CellValue | undefined): string => (v === null || v === undefined ? '' : String(v));

/** A number as a Vietnamese reader writes it: decimal comma, no trailing zeros. */
const vn = (n: number): string => String(Number(n.toPrecision(12))).replace('.', ',');

function neighbourText(n: Neighbour | null, side: 'trên' | 'dưới'): string {
  if (n === null || n.tied) return '';
  const who = `đơn vị xếp ${side} (${n.name})`;
  if (n.gap === 0) {
    const link = n.decidedBy?.link.label ?? 'tiêu chí phụ';
    return `; bằng điểm ${who}, ${side === 'trên' ? 'xếp dưới do' : 'xếp trên nhờ'} ${link}`;
  }
  return `; ${side === 'trên' ? 'kém' : 'hơn'} ${who} ${vn(n.gap)} điểm`;
}

/** ` (nhóm I 45/50; nhóm II trống/50)`: each group's points against its maximum, as explainUnit sums them. */
function groupsText(groups: readonly GroupPoints[]): string {
  if (groups.length === 0) return '';
  const parts = groups.map(
    (g) => `nhóm ${g.group} ${g.points === null ? 'trống' : vn(g.points)}${g.max > 0 ? `/${vn(g.max)}` : ''}`,
  );
  return ` (${parts.join('; ')})`;
}

/** What the column should say of every unit, from the domain's explanation; status for held units. */
function expected(campaign: Campaign, data: WorkbookData): Map<string, string> {
  const rankings = rankCampaign(campaign);
  const status = new Map(
    records(data, TABLES.scores).map((r) => [str(r[SCORE_HEADERS.unit]), str(r[SCORE_HEADERS.status])]),
  );
  const texts = new Map<string, string>();
  for (const ranking of rankings) {
    const count = ranking.units.filter((u) => u.rank !== null).length;
    for (const u of ranking.units) {
      if (!status.has(u.unit)) continue;
      const e = explainUnit(campaign, u.unit, rankings);
      if (e === null) throw new Error(`no explanation for ${u.unit}`);
      if (e.status === 'held' || e.status === 'excluded') {
        const said = status.get(u.unit) ?? '';
        expect(said).not.toBe('');
        texts.set(u.unit, said);
      } else if (e.rank === null || e.total === null) texts.set(u.unit, '');
      else {
        texts.set(
          u.unit,
          `Hạng ${e.rank}/${count} cụm ${e.cluster}: ${vn(e.total)} điểm` +
            groupsText(e.groups) +
            neighbourText(e.above, 'trên') +
            neighbourText(e.below, 'dưới') +
            (e.tied ? '; đồng hạng trên mọi tiêu chí phụ: Hội đồng bình xét' : '') +
            (e.council === null ? '' : `; điểm kết hợp của ${e.council.members.length} thành viên Hội đồng`),
        );
      }
    }
  }
  return texts;
}

function shown(data: WorkbookData): Map<string, string> {
  return new Map(
    records(data, TABLES.scores).map((r) => [str(r[SCORE_HEADERS.unit]), str(r[SCORE_HEADERS.explanation])]),
  );
}

describe.each(PRESETS.map((p): [string, Campaign] => [p.id, p]))('Giải thích on preset %s', (_id, preset) => {
  it('says what explainUnit says of every unit', async () => {
    const host = await hostWith(preset);
    expect(host.formulaProblems()).toEqual([]);
    const data = host.exportWorkbookData();
    const campaign = readCampaign(data).campaign;
    if (campaign === null) throw new Error('campaign not read back');
    const texts = shown(data);
    expect([...texts.values()].some((t) => t.startsWith('Hạng 1/'))).toBe(true);
    expect(Object.fromEntries(texts)).toEqual(Object.fromEntries(expected(campaign, data)));
  });
});

describe('Giải thích of equal totals parted by a tie-break', () => {
  it('names the link that parted them, on both units, as explainUnit does', async () => {
    const { campaign: tie, upper, lower, link } = partedTieCampaign();
    const host = await hostWith(tie);
    expect(host.formulaProblems()).toEqual([]);
    const data = host.exportWorkbookData();
    const campaign = readCampaign(data).campaign;
    if (campaign === null) throw new Error('campaign not read back');
    const texts = shown(data);
    expect(texts.get(upper)).toContain(`, xếp trên nhờ ${link.label}`);
    expect(texts.get(lower)).toContain(`, xếp dưới do ${link.label}`);
    expect(Object.fromEntries(texts)).toEqual(Object.fromEntries(expected(campaign, data)));
  });
});

describe('Giải thích on random campaigns', () => {
  it('says what explainUnit says of every unit, held units included', async () => {
    // What the runs met, so that a generator that stops making ties or held units fails the test.
    const seen = new Set<string>();
    const kinds: [string, RegExp][] = [
      ['gap', /; kém đơn vị xếp trên \(.+\) \d/],
      ['tied', /đồng hạng/],
      ['held', /^Chờ sửa lỗi/],
      ['decimal', /\d,\d/],
    ];
    await fc.assert(
      fc.asyncProperty(scoringCaseArb, async ({ campaign, texts }: ScoringCase) => {
        const host = createMemoryHost();
        await setUpCampaign(host, campaign);
        const scores = host.exportWorkbookData().tables[TABLES.scores];
        if (scores === undefined) throw new Error('no Scores table');
        const unitColumn = scores.headers.indexOf(SCORE_HEADERS.unit);
        // Text typed as points holds the unit: its explanation is its status.
        const byCode = new Map(campaign.criteria.map((c) => [c.code, c]));
        for (const { unit, criterion } of texts) {
          const found = byCode.get(criterion);
          if (found === undefined) continue;
          const header = isMeasured(found) ? measureHeader(found.code, found.measureUnit) : found.code;
          const col = scores.headers.indexOf(header);
          const row = scores.rows.findIndex((r) => r[unitColumn] === unit);
          if (col < 0 || row < 0) continue;
          const at = a1({ row: scores.origin.row + 1 + row, col: scores.origin.col + col });
          host.setCellValue(scores.sheet, at, '7,5');
        }
        expect(host.formulaProblems()).toEqual([]);
        const data = host.exportWorkbookData();
        const read = readCampaign(data).campaign;
        if (read === null) throw new Error('campaign not read back');
        const said = shown(data);
        expect(Object.fromEntries(said)).toEqual(Object.fromEntries(expected(read, data)));
        for (const t of said.values()) for (const [kind, re] of kinds) if (re.test(t)) seen.add(kind);
      }),
      { numRuns: 40 },
    );
    expect([...seen].sort()).toEqual(kinds.map(([kind]) => kind).sort());
  }, 300_000);
});
