// The pane's lock and unlock on the workbench's host (in memory): the lock record written into `Meta`,
// read back with who and when, the locked sheets refusing typing, every cell changed since named, and
// an unlock recorded with its reason.
import { SHEETS, TABLES } from '../../src/domain/contract';
import { formatDateVi } from '../../src/domain/dates';
import { presetById } from '../../src/domain/presets';
import { a1 } from '../../src/domain/workbook';
import { createMemoryHost, LockedCellError } from '../../src/memory/memoryHost';
import { createWorkbookActions, todayIso } from '../../src/workflow';

jest.setTimeout(120_000);

describe('locking the results on the in-memory host', () => {
  it('locks, protects, names a changed cell with its values, and unlocks with the reason recorded', async () => {
    const host = createMemoryHost();
    const actions = createWorkbookActions(host);
    const preset = presetById('hue-2021');
    if (preset === undefined) throw new Error('no preset hue-2021');
    await actions.setUp(preset);
    expect((await actions.checkScores()).lock).toMatchObject({ locked: false, changes: [] });
    const today = formatDateVi(todayIso());

    expect(await actions.lockResults('  Nguyễn Văn An ')).toMatchObject({
      done: true,
      signer: { by: 'Nguyễn Văn An' },
    });
    const after = await actions.checkScores();
    expect(after.lock).toMatchObject({ locked: true, by: 'Nguyễn Văn An', on: today, changes: [] });
    expect(after.issues.filter((i) => i.code.startsWith('LOCK'))).toEqual([]);

    const scores = host.exportWorkbookData().tables[TABLES.scores];
    if (scores === undefined) throw new Error('no Scores');
    const criterion = scores.headers[3] ?? '';
    const col = scores.headers.indexOf(criterion);
    const cell = a1({ row: scores.origin.row + 1, col: scores.origin.col + col });
    // The locked sheet refuses typing, even in a cell that is typed into while open.
    expect(() => host.setCellValue(SHEETS.scores, cell, 0.25)).toThrow(LockedCellError);
    // A program that writes past the protection (a copy edited elsewhere) is caught all the same.
    const column = scores.rows.map((row, i) => [i === 0 ? 0.25 : (row[col] ?? null)]);
    await host.writeRows([{ table: TABLES.scores, headers: [criterion], rows: column }]);
    const edited = await actions.checkScores();
    expect(edited.lock?.changes).toEqual([
      expect.objectContaining({ cell: `${SHEETS.scores}!${cell}`, after: '0,25' }),
    ]);
    expect(edited.issues[0]).toMatchObject({ code: 'LOCKED_VALUE_CHANGED', cell });

    expect(await actions.unlockResults('Trần Thị Bình', '  ')).toEqual({
      done: false,
      refusal: { kind: 'noReason' },
    });
    expect(await actions.unlockResults('Trần Thị Bình', 'Sửa điểm theo biên bản')).toMatchObject({
      done: true,
    });
    const opened = await actions.checkScores();
    expect(opened.lock).toMatchObject({
      locked: false,
      lastUnlock: { by: 'Trần Thị Bình', on: today, reason: 'Sửa điểm theo biên bản' },
    });
    // Open again: the cell takes typing.
    host.setCellValue(SHEETS.scores, cell, 1);
    expect(host.getCell(SHEETS.scores, cell).value).toBe(1);
  });
});
