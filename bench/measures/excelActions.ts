/**
 * Round trips and request sizes of the task pane's actions in Excel, counted on the recording fake of
 * the Excel API: the real actions (`createWorkbookActions`) over the real Office.js host
 * (`createExcelHost`), and the same actions over the row-by-row baseline host, on the same data.
 *
 * Set-up starts from a new workbook (one blank `Sheet1`); every other action starts from the workbook
 * set-up leaves (see `planSeed`). Each action runs on a fresh fake, so its counts are its own.
 */
import type { Campaign } from '../../src/domain/model';
import type { WorkbookData } from '../../src/domain/workbook';
import { createExcelHost } from '../../src/excel/excelHost';
import { REQUEST_BUDGET_BYTES } from '../../src/excel/payload';
import { FakeExcel, type FakeSeed } from '../../src/excel/testing/fakeExcel';
import { buildPlan } from '../../src/layout/buildPlan';
import type { WorkbookHost } from '../../src/layout/host';
import { createWorkbookActions, type WorkbookActions } from '../../src/workflow';
import { createNaiveExcelHost } from '../naive/naiveExcelHost';
import { atLeast, atMost, reported, type Measure } from '../report';
import { planSeed } from '../support/planSeed';
import type { WorkloadSize } from '../workload';

/** A task pane action, and what its result must show for the two hosts to have done the same job. */
interface PaneAction {
  label: string;
  /** Writes a plan (read once, write once) rather than only reading. */
  writes: boolean;
  /** Starts from the set-up workbook rather than a new one. */
  seeded: boolean;
  run(actions: WorkbookActions, campaign: Campaign): Promise<unknown>;
}

const counts = (result: { counts: { errors: number; warnings: number } }) => result.counts;

/** The pane's actions; ranking is part of the score check (the pane has no separate rank action). */
const PANE_ACTIONS: readonly PaneAction[] = [
  {
    label: 'set up',
    writes: true,
    seeded: false,
    run: async (actions, campaign) => {
      const result = await actions.setUp(campaign);
      return { applied: result.applied, counts: counts(result) };
    },
  },
  {
    // The officer runs set-up again on the workbook set-up left: nothing typed is re-sent.
    label: 'set up again',
    writes: true,
    seeded: true,
    run: async (actions, campaign) => {
      const result = await actions.setUp(campaign);
      return { applied: result.applied, counts: counts(result) };
    },
  },
  {
    label: 'check registrations',
    writes: false,
    seeded: true,
    run: async (actions) => counts(await actions.checkRegistrations()),
  },
  {
    label: 'check scores + rank',
    writes: false,
    seeded: true,
    run: async (actions) => {
      const result = await actions.checkScores();
      return { counts: counts(result), ranked: result.rankings.flatMap((r) => r.units).length };
    },
  },
  {
    // The "Kiểm tra" ribbon command: both checks on one read, so one round trip like either check.
    label: 'check all',
    writes: false,
    seeded: true,
    run: async (actions) => {
      const { registrations, scores } = await actions.checkAll();
      return { registrations: counts(registrations), scores: counts(scores) };
    },
  },
  {
    label: 'load campaign',
    writes: false,
    seeded: true,
    run: async (actions) => {
      const result = await actions.loadCampaign();
      return { units: result.campaign?.units.length ?? null, issues: result.issues.length };
    },
  },
  {
    label: 'refresh summary',
    writes: true,
    seeded: true,
    run: async (actions) => {
      const result = await actions.refreshSummary();
      return { counts: counts(result), written: result.report !== null };
    },
  },
];

/**
 * Excel on the web refuses a request or a response over 5 MB (`RichApi.Error`). Responses are measured
 * as the JSON of what the loaded ranges hold (and the addresses of the formula cells found); computed
 * cells hold no value in the seeded workbook (see `planSeed`), so the real response is larger than this
 * estimate — at Ministry scale by about 1.1 MB, the values HyperFormula computes for those cells.
 */
const RESPONSE_LIMIT_BYTES = 5_000_000;

/** A write must send at most half the bytes of the row-by-row baseline. */
const BYTES_RATIO_FLOOR = 2;

/** What one action cost on the fake. */
interface Traffic {
  roundTrips: number;
  largestRequest: number;
  /** Largest response: the range values, formulas and addresses one sync brought back. */
  largestResponse: number;
  bytesSent: number;
  /** What the action returned, reduced to what both hosts must agree on. */
  outcome: string;
}

const BLANK: FakeSeed = { sheets: [{ name: 'Sheet1' }] };

async function traffic(
  seed: FakeSeed,
  hostOver: (excel: FakeExcel) => WorkbookHost,
  action: PaneAction,
  campaign: Campaign,
): Promise<Traffic> {
  // The seed's arrays are shared between runs; the fake only reads them.
  const excel = new FakeExcel(seed);
  const outcome = await action.run(createWorkbookActions(hostOver(excel)), campaign);
  return {
    roundTrips: excel.syncs,
    largestRequest: Math.max(0, ...excel.requests.map((request) => request.bytes)),
    largestResponse: Math.max(0, ...excel.requests.map((request) => request.responseBytes)),
    bytesSent: excel.requests.reduce((sum, request) => sum + request.bytes, 0),
    outcome: JSON.stringify(outcome),
  };
}

/**
 * Round trips a write may take: one read, and one write unless the writes pass 4 MB, in which case
 * the host may take one request per 3.5 MB (each request at most an eighth short of the budget).
 */
function writeRoundTrips(bytesSent: number): number {
  return 1 + Math.max(1, Math.ceil(bytesSent / ((REQUEST_BUDGET_BYTES * 7) / 8)));
}

/**
 * The Excel measures of one workload.
 * @param size - the workload's name (for the rows)
 * @param campaign - the generated campaign
 * @returns per action: round trips against the target; for a write the largest request against 4 MB
 *   and the bytes sent; for an action on the set-up workbook the largest response against 5 MB; the
 *   baseline's round trips and how many times more that is
 * @example
 * await excelActionMeasures(MINISTRY, generateCampaign(MINISTRY))
 */
export async function excelActionMeasures(size: WorkloadSize, campaign: Campaign): Promise<Measure[]> {
  const blankData: WorkbookData = {
    sheets: [{ name: 'Sheet1', visibility: 'visible', used: null }],
    tables: {},
    names: {},
  };
  const setUpPlan = buildPlan(campaign, blankData);
  const setUpSeed = planSeed(setUpPlan);
  const real = (excel: FakeExcel) => createExcelHost({ run: excel.run, requirements: () => true });
  const naive = (excel: FakeExcel) => createNaiveExcelHost(excel.run);

  const measures: Measure[] = [];
  for (const action of PANE_ACTIONS) {
    const seed = action.seeded ? setUpSeed : BLANK;
    const ours = await traffic(seed, real, action, campaign);
    const baseline = await traffic(seed, naive, action, campaign);
    if (ours.outcome !== baseline.outcome) {
      throw new Error(
        `${size.id} ${action.label}: the baseline did another job (${baseline.outcome} ≠ ${ours.outcome})`,
      );
    }
    const name = `${size.id} · excel · ${action.label}`;
    const limit = action.writes ? writeRoundTrips(ours.bytesSent) : 1;
    measures.push(atMost(`${name} · round trips`, ours.roundTrips, 'syncs', limit));
    // A read-only action sends nothing; set-up reads a new workbook, which brings nothing back.
    if (action.writes) {
      measures.push(
        atMost(`${name} · largest request`, ours.largestRequest, 'bytes', REQUEST_BUDGET_BYTES),
        reported(`${name} · bytes sent`, ours.bytesSent, 'bytes'),
      );
    }
    if (action.seeded) {
      measures.push(
        atMost(`${name} · largest response`, ours.largestResponse, 'bytes', RESPONSE_LIMIT_BYTES),
      );
    }
    measures.push(
      reported(`${name} · row-by-row baseline`, baseline.roundTrips, 'syncs'),
      reported(`${name} · baseline ÷ ours`, round1(baseline.roundTrips / ours.roundTrips), '×'),
    );
    if (action.writes) {
      // The baseline writes each row's formulas with the row, as a per-row host must: the bytes a
      // set-up cost before a column's formula travelled once.
      measures.push(
        reported(`${name} · row-by-row baseline · bytes sent`, baseline.bytesSent, 'bytes'),
        atLeast(
          `${name} · bytes, baseline ÷ ours`,
          round1(baseline.bytesSent / ours.bytesSent),
          '×',
          BYTES_RATIO_FLOOR,
        ),
      );
    }
  }
  return measures;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
