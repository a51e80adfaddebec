// The criteria headed by their names on Chấm điểm: over each criterion column, in the title's row, the
// heading (the group over its items, or the tree's top heading) with its code and name, evaluated by
// the memory host from the Criteria table, and following an edit of the catalogue.
import { CRITERION_HEADERS, SCORE_HEADERS, SHEETS, TABLES } from '../../src/domain/contract';
import type { Campaign } from '../../src/domain/model';
import { PRESET_IDS, presetById } from '../../src/domain/presets';
import { criteriaTree, isMeasured } from '../../src/domain/scoring';
import { a1, columnLetters } from '../../src/domain/workbook';
import { buildPlan } from '../../src/layout/buildPlan';
import { inputHeader } from '../../src/layout/formulas';
import type { MemoryHost } from '../../src/memory/memoryHost';
import { hostWith } from './evaluationHelpers';

function preset(id: string): Campaign {
  const campaign = presetById(id);
  if (campaign === undefined) throw new Error(`no preset ${id}`);
  return campaign;
}

/** The heading the domain gives a criterion: the tree's top heading, else its group (code. name). */
function expectedHeading(campaign: Campaign, code: string): string {
  const tree = criteriaTree(campaign.criteria);
  let top = tree.byCode.get(code);
  const parentOf = new Map<string, string>();
  for (const [parent, parts] of tree.parts) for (const part of parts) parentOf.set(part.code, parent);
  while (top !== undefined && parentOf.has(top.code)) top = tree.byCode.get(parentOf.get(top.code) ?? '');
  if (top === undefined) throw new Error(`no criterion ${code}`);
  if (tree.parts.has(top.code)) return top.text.trim() === '' ? top.code : `${top.code}. ${top.text}`;
  const criterion = tree.byCode.get(code);
  const group = criterion?.group.trim() ?? '';
  const name = criterion?.groupName?.trim() ?? '';
  if (group === '') return `${code}. ${criterion?.text ?? ''}`;
  return name === '' ? group : `${group}. ${name}`;
}

/** The text over a column of the scores sheet's heading row, a merge read from its first cell. */
function headingOver(host: MemoryHost, row: number, col: number): string {
  const merges = host.sheetLayout(SHEETS.scores).merges;
  const merge = merges.find((m) => m.row === row && m.col <= col && col < m.col + m.across);
  const at = merge === undefined ? { row, col } : { row, col: merge.col };
  return String(host.getCell(SHEETS.scores, a1(at)).value ?? '');
}

describe('the criteria headed by their names on Chấm điểm', () => {
  it.each([...PRESET_IDS])(
    '%s: every criterion column is headed by its group or top heading, code and name',
    async (id) => {
      const campaign = preset(id);
      const host = await hostWith(campaign);
      const table = buildPlan(campaign)
        .sheets.find((s) => s.name === SHEETS.scores)
        ?.tables.find((t) => t.name === TABLES.scores);
      if (table === undefined) throw new Error('no Scores table');
      const row = table.origin.row - 2;
      const tree = criteriaTree(campaign.criteria);
      const columns = tree.order.flatMap((c) =>
        !tree.parts.has(c.code) && isMeasured(c)
          ? [
              [inputHeader(c), c.code],
              [c.code, c.code],
            ]
          : [[c.code, c.code]],
      );
      expect(columns.length).toBeGreaterThan(0);
      for (const [header = '', code = ''] of columns) {
        const col = table.origin.col + table.headers.indexOf(header);
        // A heading is cut where a printed page begins; every piece carries the code and the name.
        expect({ header, heading: headingOver(host, row, col) }).toEqual({
          header,
          heading: expectedHeading(campaign, code),
        });
      }
      // The unit columns carry no heading: the title sits there.
      expect(host.getCell(SHEETS.scores, a1({ row, col: 0 })).value).toBe('BẢNG CHẤM ĐIỂM THI ĐUA');
      expect(table.headers.slice(0, 3)).toEqual([
        SCORE_HEADERS.unit,
        SCORE_HEADERS.name,
        SCORE_HEADERS.cluster,
      ]);
    },
  );

  it('follows an edit of the group name in the catalogue', async () => {
    const campaign = preset('hcm-2018');
    const host = await hostWith(campaign);
    const plan = buildPlan(campaign);
    const criteria = plan.sheets.flatMap((s) => s.tables).find((t) => t.name === TABLES.criteria);
    const scores = plan.sheets.flatMap((s) => s.tables).find((t) => t.name === TABLES.scores);
    if (criteria === undefined || scores === undefined) throw new Error('tables missing');
    const first = campaign.criteria[0];
    if (first === undefined) throw new Error('no criterion');
    const nameCol = criteria.origin.col + criteria.headers.indexOf(CRITERION_HEADERS.groupName);
    const criteriaSheet = plan.sheets.find((s) => s.tables.includes(criteria))?.name ?? '';
    host.setCellValue(criteriaSheet, a1({ row: criteria.origin.row + 1, col: nameCol }), 'Tên nhóm đã sửa');
    const col = scores.origin.col + scores.headers.indexOf(first.code);
    expect(headingOver(host, scores.origin.row - 2, col)).toBe(`${first.group}. Tên nhóm đã sửa`);
    expect(columnLetters(col)).toBe('D');
  });
});
