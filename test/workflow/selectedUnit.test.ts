// The unit of a selected row of Chấm điểm, on the workbench's host: a cell of the Scores table's data row
// names its unit; a cell elsewhere names none.
import { SCORE_HEADERS, SHEETS, TABLES } from '../../src/domain/contract';
import { presetById } from '../../src/domain/presets';
import { a1 } from '../../src/domain/workbook';
import { createMemoryHost } from '../../src/memory/memoryHost';
import { createWorkbookActions, unitAtCell } from '../../src/workflow';

jest.setTimeout(60_000);

describe('the unit of a selected row', () => {
  it('is told for a cell of a Scores data row, once the scores were checked', async () => {
    const host = createMemoryHost();
    const actions = createWorkbookActions(host);
    const preset = presetById('hcm-2018');
    if (preset === undefined) throw new Error('no preset');
    await actions.setUp(preset);
    const heard: string[] = [];
    const stop = await actions.watchSelectedUnit((unit) => heard.push(unit));
    const scores = host.exportWorkbookData().tables[TABLES.scores];
    if (scores === undefined || stop === null) throw new Error('no Scores, or no selection events');
    const unitColumn = scores.headers.indexOf(SCORE_HEADERS.unit);
    const third = String(scores.rows[2]?.[unitColumn]);
    const cellOfRow = (i: number, col = 4) =>
      a1({ row: scores.origin.row + 1 + i, col: scores.origin.col + col });

    host.select({ sheet: SHEETS.scores, cell: cellOfRow(2) });
    expect(heard).toEqual([]); // nothing checked yet: no table read to look the row up in
    await actions.checkScores();
    host.select({ sheet: SHEETS.scores, cell: cellOfRow(2) });
    host.select({ sheet: SHEETS.scores, cell: a1({ row: scores.origin.row, col: scores.origin.col }) });
    host.select({ sheet: SHEETS.campaign, cell: cellOfRow(2) });
    expect(heard).toEqual([third]);
    await stop();
    host.select({ sheet: SHEETS.scores, cell: cellOfRow(0) });
    expect(heard).toEqual([third]);

    const data = host.exportWorkbookData();
    expect(unitAtCell(data, { sheet: SHEETS.scores, cell: cellOfRow(0, 1) })).toBe(
      String(scores.rows[0]?.[unitColumn]),
    );
    expect(unitAtCell(data, { sheet: SHEETS.scores, cell: cellOfRow(scores.rows.length) })).toBeNull();
    expect(unitAtCell(data, { sheet: SHEETS.scores, cell: cellOfRow(0, scores.headers.length) })).toBeNull();
  });
});
