/**
 * @jest-environment node
 */
// The in-memory host needs structuredClone, which the jsdom environment lacks; these tests need no DOM.
import { SCORE_HEADERS, TABLES } from '../../src/domain/contract';
import type { Campaign } from '../../src/domain/model';
import { presetById } from '../../src/domain/presets';
import { rankCampaign, summarise } from '../../src/domain/rank';
import { findColumn, findTable, readCampaign } from '../../src/domain/read';
import type { WorkbookData } from '../../src/domain/workbook';
import {
  applyOutcome,
  isRefusal,
  type ApplyOutcome,
  type CellTarget,
  type PlanRefusal,
  type WorkbookHost,
} from '../../src/layout/host';
import type { WorkbookPlan } from '../../src/layout/plan';
import { createMemoryHost } from '../../src/memory/memoryHost';
import type { MemoryHost } from '../../src/memory/memoryHost';
import { createWorkbookActions, type Progress, type WorkbookChange } from '../../src/workflow';
import '../taskpane/support/consoleGuard';

function preset(id = 'hcm-2018'): Campaign {
  const campaign = presetById(id);
  if (campaign === undefined) throw new Error(`no preset ${id}`);
  return campaign;
}

/** A host that counts what each action asks of the one it wraps. */
function counted(inner: WorkbookHost) {
  const calls = { read: 0, applyPlan: 0, goTo: [] as CellTarget[] };
  const host: WorkbookHost = {
    kind: inner.kind,
    capabilities: () => inner.capabilities(),
    read: () => {
      calls.read += 1;
      return inner.read();
    },
    applyPlan: (build) => {
      calls.applyPlan += 1;
      return inner.applyPlan(build);
    },
    goTo: (target) => {
      calls.goTo.push(target);
      return inner.goTo(target);
    },
  };
  return { host, calls };
}

/**
 * A host over fixed data that records whether it wrote, the way hosts call `build`; with `wrap`, it
 * wraps what `build` throws as the Office.js host does (its own error, the original as `cause`): a
 * refusal is a value and must come through either way.
 */
function fixedHost(data: WorkbookData, wrap = false) {
  const state = { written: false, reads: 0 };
  const host: WorkbookHost = {
    kind: 'fixed',
    capabilities: () => ({ printSetup: true, charts: true, protection: true, veryHidden: true }),
    read: () => {
      state.reads += 1;
      return Promise.resolve(data);
    },
    applyPlan: <B extends WorkbookPlan | PlanRefusal>(
      build: (current: WorkbookData) => B,
    ): Promise<ApplyOutcome<B>> => {
      try {
        const built = build(data);
        if (isRefusal(built))
          return Promise.resolve(applyOutcome<B>({ refused: built.refused, current: data, roundTrips: 1 }));
        state.written = true;
        return Promise.resolve(applyOutcome<B>({ plan: built, notes: [], roundTrips: 2, current: data }));
      } catch (error) {
        if (wrap)
          return Promise.reject(new Error('Không ghi được vào sổ: lỗi khi lập kế hoạch.', { cause: error }));
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
    goTo: () => Promise.resolve(),
  };
  return { host, state };
}

const EMPTY: WorkbookData = { sheets: [{ name: 'Sheet1', visibility: 'visible', used: null }], tables: {} };

describe('workbook actions over the in-memory host', () => {
  let memory: MemoryHost;
  let calls: ReturnType<typeof counted>['calls'];
  let actions: ReturnType<typeof createWorkbookActions>;
  const campaign = preset();

  beforeAll(async () => {
    memory = createMemoryHost();
    const wrapped = counted(memory);
    calls = wrapped.calls;
    actions = createWorkbookActions(wrapped.host);
    const result = await actions.setUp(campaign);
    expect(result.applied).toBe(true);
    expect(result.added.length).toBeGreaterThan(0);
    expect(result.counts.errors).toBe(0);
  });

  beforeEach(() => {
    calls.read = 0;
    calls.applyPlan = 0;
    calls.goTo = [];
  });

  it('sets up in one write, and a second set-up keeps everything and adds nothing', async () => {
    const again = await actions.setUp(campaign);
    expect(again.applied).toBe(true);
    expect(again.added).toEqual([]);
    expect(again.kept.length).toBeGreaterThan(0);
    expect(calls).toEqual({ read: 0, applyPlan: 1, goTo: [] });
  });

  it('reads the campaign back as it was set up, in one read', async () => {
    const { campaign: loaded } = await actions.loadCampaign();
    expect(loaded?.planNumber).toBe(campaign.planNumber);
    expect(loaded?.units.map((u) => u.code)).toEqual(campaign.units.map((u) => u.code));
    expect(loaded?.registrations).toHaveLength(campaign.registrations.length);
    expect(calls.read).toBe(1);
  });

  it('checks registrations in one read, every issue placed and tied to its unit', async () => {
    const result = await actions.checkRegistrations();
    expect(calls).toEqual({ read: 1, applyPlan: 0, goTo: [] });
    expect(result.campaign).not.toBeNull();
    expect(result.nothingToCheck).toBe(false);
    expect(result.ruleSet?.id).toBe('vn-2013');
    expect(result.rules.length).toBeGreaterThan(5);
    expect(result.counts.errors + result.counts.warnings).toBe(result.issues.length);
    for (const issue of result.issues) {
      expect(issue.sheet).toBeDefined();
      if (issue.table === TABLES.registrations && issue.row !== null) {
        const registration = result.campaign?.registrations.find((r) => r.row === issue.row);
        expect(issue.unit).toBe(registration?.unit ?? null);
      }
    }
  });

  it('ranks every cluster exactly as the scoring sheet does, in one read', async () => {
    const result = await actions.checkScores();
    expect(calls).toEqual({ read: 1, applyPlan: 0, goTo: [] });
    expect(result.nothingToCheck).toBe(false);
    const data = await memory.read();
    const read = readCampaign(data).campaign;
    if (read === null) throw new Error('campaign unreadable');
    expect(result.rankings).toEqual(rankCampaign(read));

    const scores = findTable(data, TABLES.scores);
    if (scores === null) throw new Error('no Scores table');
    const unitCol = findColumn(scores, SCORE_HEADERS.unit);
    const rankCol = findColumn(scores, SCORE_HEADERS.rank);
    const sheetRanks = new Map(scores.rows.map((row) => [String(row[unitCol]), row[rankCol] ?? null]));
    for (const unit of result.rankings.flatMap((r) => r.units)) {
      const shown = sheetRanks.get(unit.unit);
      expect([unit.unit, shown === '' ? null : shown]).toEqual([unit.unit, unit.rank]);
    }
    expect(result.gapThreshold).toBe(read.settings.selfReviewGap);
    for (const gap of result.gaps)
      expect(gap.gap).toBeCloseTo(Math.abs(gap.selfTotal - gap.reviewedTotal), 6);
  });

  it('runs both checks in one read, each giving what its own action gives', async () => {
    const result = await actions.checkAll();
    expect(calls).toEqual({ read: 1, applyPlan: 0, goTo: [] });
    expect(result.registrations).toEqual(await actions.checkRegistrations());
    expect(result.scores).toEqual(await actions.checkScores());
  });

  it('refreshes the summary with one write and returns what summarise gives', async () => {
    const result = await actions.refreshSummary();
    expect(calls).toEqual({ read: 0, applyPlan: 1, goTo: [] });
    expect(result.report).not.toBeNull();
    expect(result.report?.added).toEqual([]);
    const read = readCampaign(await memory.read()).campaign;
    if (read === null) throw new Error('campaign unreadable');
    expect(result.summary).toEqual(summarise(read));
  });

  it('goes to the cell an issue points at, and to nothing for an issue without a cell', async () => {
    const base = {
      code: 'X',
      severity: 'error' as const,
      table: 'Scores',
      row: 1,
      column: null,
      message: '',
      messageEn: '',
    };
    await expect(actions.goTo({ ...base, sheet: 'Chấm điểm', cell: 'D3' })).resolves.toBe(true);
    expect(memory.selection()).toEqual({ sheet: 'Chấm điểm', cell: 'D3' });
    // A sheet without a cell is where a missing table would be: there is nothing to select.
    await expect(actions.goTo({ ...base, sheet: 'Danh mục' })).resolves.toBe(false);
    await expect(actions.goTo(base)).resolves.toBe(false);
    expect(memory.selection()).toEqual({ sheet: 'Chấm điểm', cell: 'D3' });
    expect(calls.goTo).toHaveLength(1);
  });
});

describe('workbook actions telling how far they are and what changed', () => {
  const campaign = preset();

  it('tells each step of a check, with what the workbook holds once it is read', async () => {
    const memory = createMemoryHost();
    const actions = createWorkbookActions(memory);
    const setUpSteps: Progress[] = [];
    await actions.setUp(campaign, (step) => setUpSteps.push(step));
    expect(setUpSteps.map((step) => step.stage)).toEqual(['read', 'write']);
    const steps: Progress[] = [];
    await actions.checkScores((step) => steps.push(step));
    expect(steps).toEqual([
      { stage: 'read', counts: null },
      {
        stage: 'check',
        counts: {
          units: campaign.units.length,
          registrations: campaign.registrations.length,
          scoreRows: campaign.scores.length,
        },
      },
    ]);
  });

  it('hears of a typed cell and of rows added, never of a selection, until stopped', async () => {
    const memory = createMemoryHost();
    const actions = createWorkbookActions(memory);
    await actions.setUp(campaign);
    const heard: WorkbookChange[] = [];
    const stop = await actions.watchChanges((change) => heard.push(change));
    if (stop === null) throw new Error('the memory host hears of changes');
    memory.setCellValue('Đăng ký', 'A4', 'XYZ');
    await memory.goTo({ sheet: 'Đăng ký', cell: 'A4' });
    memory.appendTableRows(TABLES.registrations, [['VP']]);
    expect(heard).toEqual([{ sheet: 'Đăng ký' }, { sheet: null }]);
    await stop();
    memory.setCellValue('Đăng ký', 'A5', 'XYZ');
    expect(heard).toHaveLength(2);
  });

  it('says it cannot hear of changes over a host without events', async () => {
    const { host } = counted(createMemoryHost());
    expect(await createWorkbookActions(host).watchChanges(() => undefined)).toBeNull();
  });
});

describe('one message per problem in a cell', () => {
  /** The address of a table cell, from the workbook as read: its header and its 1-based data row. */
  function cellOf(
    data: WorkbookData,
    table: string,
    header: string,
    row: number,
  ): { sheet: string; cell: string } {
    const raw = findTable(data, table);
    if (raw === null) throw new Error(`no table ${table}`);
    const col = raw.origin.col + findColumn(raw, header);
    return { sheet: raw.sheet, cell: `${String.fromCharCode(65 + col)}${raw.origin.row + row + 1}` };
  }

  it('reports a date that cannot be read once, not also as a missing date', async () => {
    const memory = createMemoryHost();
    const actions = createWorkbookActions(memory);
    await actions.setUp(preset());
    const at = cellOf(await memory.read(), TABLES.registrations, 'Ngày đăng ký', 2);
    memory.setCellValue(at.sheet, at.cell, '31/02/2018');
    const { issues } = await actions.checkRegistrations();
    const here = issues.filter((i) => i.sheet === at.sheet && i.cell === at.cell);
    expect(here.map((i) => i.code)).toEqual(['DATE_INVALID']);
    expect(here[0]?.message).toContain('không có: tháng 2/2018 chỉ có 28 ngày');
  });

  it('reports text in a score cell once, not also as a score missing', async () => {
    const memory = createMemoryHost();
    const actions = createWorkbookActions(memory);
    await actions.setUp(preset());
    const at = cellOf(await memory.read(), TABLES.scores, 'I.1', 1);
    memory.setCellValue(at.sheet, at.cell, 'abc');
    const { issues } = await actions.checkScores();
    expect(issues.filter((i) => i.sheet === at.sheet && i.cell === at.cell).map((i) => i.code)).toEqual([
      'NUMBER_INVALID',
    ]);
  });

  it('keeps the issues of every other cell', async () => {
    const memory = createMemoryHost();
    const actions = createWorkbookActions(memory);
    await actions.setUp(preset());
    const data = await memory.read();
    const unreadable = cellOf(data, TABLES.registrations, 'Ngày đăng ký', 2);
    const blank = cellOf(data, TABLES.registrations, 'Ngày đăng ký', 3);
    memory.setCellValue(unreadable.sheet, unreadable.cell, 'sáng mai');
    memory.setCellValue(blank.sheet, blank.cell, null);
    const { issues } = await actions.checkRegistrations();
    expect(issues.filter((i) => i.cell === blank.cell).map((i) => i.code)).toEqual([
      'REGISTRATION_DATE_MISSING',
    ]);
  });
});

describe('workbook actions on workbooks with nothing to check', () => {
  it('says there is nothing to check when no unit registered', async () => {
    const actions = createWorkbookActions(createMemoryHost());
    await actions.setUp({ ...preset(), registrations: [] });
    const result = await actions.checkRegistrations();
    expect(result.campaign).not.toBeNull();
    expect(result.nothingToCheck).toBe(true);
  });

  it('says there is nothing to check when no unit is scored', async () => {
    const actions = createWorkbookActions(createMemoryHost());
    // Nor by the council: its sample members' scores go too.
    await actions.setUp({ ...preset('hue-2021'), scores: [], selfScores: [], reviews: [] });
    const result = await actions.checkScores();
    expect(result.nothingToCheck).toBe(true);
    expect(result.rankings.flatMap((r) => r.units).every((u) => u.rank === null)).toBe(true);
    expect(result.ties).toEqual([]);
    expect(result.gaps).toEqual([]);
  });
});

describe('workbook actions on a workbook that was never set up', () => {
  it('lists the missing tables, placed on their sheet, and reads nothing else', async () => {
    const { host, state } = fixedHost(EMPTY);
    const result = await createWorkbookActions(host).checkRegistrations();
    expect(state.reads).toBe(1);
    expect(result.campaign).toBeNull();
    expect(result.ruleSet).toBeNull();
    const missing = result.issues.filter((i) => i.code === 'TABLE_MISSING');
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.every((i) => i.sheet !== undefined && i.cell === undefined && i.unit === null)).toBe(true);
    expect(missing.map((i) => i.table)).toEqual(
      expect.arrayContaining([TABLES.campaign, TABLES.units, TABLES.registrations]),
    );
    // The tables of the points belong to the score check.
    expect(missing.some((i) => i.table === TABLES.scores)).toBe(false);
    expect(result.counts.errors).toBeGreaterThan(0);
  });

  it('lists the missing tables in the score check too, and ranks nothing', async () => {
    const { host } = fixedHost(EMPTY);
    const result = await createWorkbookActions(host).checkScores();
    expect(result.campaign).toBeNull();
    expect(result.rankings).toEqual([]);
    expect(result.issues.some((i) => i.code === 'TABLE_MISSING' && i.table === TABLES.scores)).toBe(true);
    expect(result.issues.some((i) => i.table === TABLES.registrations)).toBe(false);
  });

  it('runs both checks in one read, each with the missing tables of its own', async () => {
    const { host, state } = fixedHost(EMPTY);
    const actions = createWorkbookActions(host);
    const result = await actions.checkAll();
    expect(state.reads).toBe(1);
    expect(state.written).toBe(false);
    expect(result.registrations).toEqual(await actions.checkRegistrations());
    expect(result.scores).toEqual(await actions.checkScores());
    expect(result.scores.rankings).toEqual([]);
  });

  it.each([false, true])('refreshes nothing and writes nothing (host wraps errors: %s)', async (wrap) => {
    const { host, state } = fixedHost(EMPTY, wrap);
    const result = await createWorkbookActions(host).refreshSummary();
    expect(state.written).toBe(false);
    expect(result.report).toBeNull();
    expect(result.summary).toBeNull();
    expect(result.issues.some((i) => i.code === 'TABLE_MISSING')).toBe(true);
  });
});

describe('workbook actions when the plan cannot be reconciled', () => {
  it('writes nothing and returns the plan error, placed, when a required column was renamed', async () => {
    const memory = createMemoryHost();
    await createWorkbookActions(memory).setUp(preset());
    const data = memory.exportWorkbookData();
    const units = findTable(data, TABLES.units);
    if (units === null) throw new Error('no Units table');
    const renamed: WorkbookData = {
      ...data,
      tables: {
        ...data.tables,
        [units.name]: { ...units, headers: units.headers.map((h) => (h === 'Tên đơn vị' ? 'Tên' : h)) },
      },
    };
    // Wrapped as the Office.js host wraps it: the refusal is found behind the host's own error.
    const { host, state } = fixedHost(renamed, true);
    const result = await createWorkbookActions(host).setUp(preset());
    expect(state.written).toBe(false);
    expect(result.applied).toBe(false);
    expect(result.added).toEqual([]);
    expect(result.counts.errors).toBeGreaterThan(0);
    expect(result.issues.filter((i) => i.severity === 'error').every((i) => i.sheet !== undefined)).toBe(
      true,
    );
  });
});

describe('workbook actions when the host fails', () => {
  it('passes the host error on, untouched, for the pane to show', async () => {
    const failure = new Error('Không đọc được sổ: Excel đang bận.');
    const host: WorkbookHost = {
      kind: 'failing',
      capabilities: () => ({ printSetup: false, charts: false, protection: false, veryHidden: false }),
      read: () => Promise.reject(failure),
      applyPlan: () => Promise.reject(failure),
      goTo: () => Promise.reject(failure),
    };
    const actions = createWorkbookActions(host);
    await expect(actions.checkRegistrations()).rejects.toBe(failure);
    await expect(actions.checkScores()).rejects.toBe(failure);
    await expect(actions.checkAll()).rejects.toBe(failure);
    await expect(actions.loadCampaign()).rejects.toBe(failure);
    await expect(actions.setUp(preset())).rejects.toBe(failure);
    await expect(actions.refreshSummary()).rejects.toBe(failure);
  });
});
