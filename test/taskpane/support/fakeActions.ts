/**
 * A fake {@link WorkbookActions} for the pane's tests, and results built from a real preset with the
 * real domain functions, so the pane is shown what the actions would return.
 */
import { issueAt, makeIssue } from '../../../src/domain/issues';
import type { Campaign, Issue } from '../../../src/domain/model';
import { presetById } from '../../../src/domain/presets';
import { rankCampaign, summarise } from '../../../src/domain/rank';
import { explainRules, resolveRuleSet } from '../../../src/domain/rules';
import type {
  CheckAllResult,
  CheckedIssue,
  EarlierBook,
  HistoryImportResult,
  LoadResult,
  LockOutcome,
  LockView,
  RegistrationCheckResult,
  ScoreCheckResult,
  SetUpResult,
  StopWatching,
  SummaryResult,
  WorkbookActions,
  WorkbookChange,
} from '../../../src/workflow';
import { countIssues } from '../../../src/workflow';
import { largestSelfReviewGaps, tiesNeedingVote } from '../../../src/domain/rank';

/** Every action a jest mock; each resolves with a plain result unless the test says otherwise. */
export type FakeActions = {
  [K in keyof WorkbookActions]: jest.Mock<ReturnType<WorkbookActions[K]>, Parameters<WorkbookActions[K]>>;
};

/** The sample campaign of the tests: Sở Tư pháp TP. Hồ Chí Minh, 2018. */
export function sampleCampaign(): Campaign {
  const campaign = presetById('hcm-2018');
  if (campaign === undefined) throw new Error('preset hcm-2018 is missing');
  return campaign;
}

/** An issue placed at a cell and tied to a unit, worded for its cell as the workflow words it. */
export function placed(issue: Issue, sheet: string, cell: string, unit: string | null): CheckedIssue {
  // The header row sits right above the first data row: data row n is sheet row (cell's row - issue row + n).
  const offset = Number(cell.replace(/^[A-Z]+/, '')) - (issue.row ?? 0);
  return { ...issueAt(issue, { sheet, cell, sheetRow: (n) => n + offset }), unit };
}

/** A registration check with one error and one warning on two units, and one general warning. */
export function registrationResult(campaign = sampleCampaign()): RegistrationCheckResult {
  const ruleSet = resolveRuleSet(campaign);
  const issues: CheckedIssue[] = [
    placed(
      makeIssue(
        'REGISTRATION_TITLE_UNKNOWN',
        { title: 'XYZ' },
        { table: 'Registrations', row: 3, column: 'Mã danh hiệu' },
      ),
      'Đăng ký',
      'E4',
      'VP',
    ),
    placed(
      makeIssue('REGISTRATION_DATE_MISSING', {}, { table: 'Registrations', row: 7, column: 'Ngày đăng ký' }),
      'Đăng ký',
      'F8',
      'TTRA',
    ),
    // A warning with no place in the workbook: it shows as text, not as a button.
    {
      ...makeIssue(
        'CLUSTER_EMPTY',
        { cluster: 'K9', name: 'Cụm 9' },
        { table: 'Clusters', row: 2, column: 'Mã cụm' },
      ),
      unit: null,
    },
  ];
  return {
    campaign,
    issues,
    counts: countIssues(issues),
    nothingToCheck: false,
    met: [],
    ruleSet,
    rules: explainRules(ruleSet),
  };
}

/** A check of a workbook missing its Registrations table: no campaign can be read. */
export function tableMissingResult(): RegistrationCheckResult {
  // A missing table is placed on its sheet, with no cell to go to.
  const issue: CheckedIssue = {
    ...makeIssue(
      'TABLE_MISSING',
      { table: 'Registrations', sheet: 'Đăng ký' },
      { table: 'Registrations', row: null, column: null },
    ),
    sheet: 'Đăng ký',
    unit: null,
  };
  return {
    campaign: null,
    issues: [issue],
    counts: countIssues([issue]),
    nothingToCheck: false,
    met: [],
    ruleSet: null,
    rules: [],
  };
}

/** A council check with nothing counted. */
const NO_COUNCIL = {
  attendance: { members: 0, present: 0 },
  titles: [],
  issues: [],
  counts: { errors: 0, warnings: 0 },
};

/** A check that finds nothing to look at. */
export function nothingResult(campaign = sampleCampaign()): ScoreCheckResult & RegistrationCheckResult {
  const ruleSet = resolveRuleSet(campaign);
  return {
    campaign,
    issues: [],
    counts: { errors: 0, warnings: 0 },
    nothingToCheck: true,
    met: [],
    ruleSet,
    rules: explainRules(ruleSet),
    rankings: [],
    ties: [],
    gaps: [],
    gapThreshold: campaign.settings.selfReviewGap,
    council: NO_COUNCIL,
    lock: null,
  };
}

/** A score check of the sample campaign, ranked by the domain. */
export function scoreResult(campaign = sampleCampaign()): ScoreCheckResult {
  const ruleSet = resolveRuleSet(campaign);
  const rankings = rankCampaign(campaign);
  const issue = placed(
    makeIssue(
      'SCORE_ABOVE_MAX',
      {
        unit: 'VP',
        criterion: 'I.1',
        value: 25,
        max: 20,
        deduction: false,
      },
      { table: 'Scores', row: 2, column: 'I.1' },
    ),
    'Chấm điểm',
    'D3',
    'VP',
  );
  return {
    campaign,
    issues: [issue],
    counts: countIssues([issue]),
    nothingToCheck: false,
    ruleSet,
    rules: explainRules(ruleSet),
    rankings,
    ties: tiesNeedingVote(rankings),
    gaps: largestSelfReviewGaps(campaign, 5),
    gapThreshold: campaign.settings.selfReviewGap,
    council: NO_COUNCIL,
    lock: OPEN_LOCK,
  };
}

/** The lock of a workbook whose results were never locked. */
export const OPEN_LOCK: LockView = {
  locked: false,
  by: null,
  on: null,
  changes: [],
  lastUnlock: null,
  issues: [],
};

/** A refreshed summary of the sample campaign. */
export function summaryResult(campaign = sampleCampaign()): SummaryResult {
  return {
    campaign,
    issues: [],
    counts: { errors: 0, warnings: 0 },
    summary: summarise(campaign),
    report: {
      added: [
        {
          vi: 'Bảng so sánh các cụm (trang "Tổng hợp"): 1 dòng',
          en: 'Cluster comparison (sheet "Tổng hợp"): 1 rows',
        },
      ],
      kept: [{ vi: 'Bảng chấm điểm: 20 dòng đã có', en: 'Reviewed scores: 20 rows already there' }],
      refreshed: [],
    },
    refusal: [],
    notes: [],
  };
}

/** A set-up that added the five sheets. */
export function setUpResult(): SetUpResult {
  return {
    added: [
      { vi: 'Trang "Phong trào"', en: 'Sheet "Phong trào"' },
      { vi: 'Trang "Danh mục"', en: 'Sheet "Danh mục"' },
    ],
    kept: [{ vi: 'Danh sách đăng ký: 213 dòng đã có', en: 'Registrations: 213 rows already there' }],
    refreshed: [
      { vi: 'Công thức và định dạng của bảng chấm điểm', en: 'Formulas and formats of the reviewed scores' },
    ],
    applied: true,
    notes: [],
    issues: [],
    counts: { errors: 0, warnings: 0 },
  };
}

/**
 * Fake actions resolving with the sample results; override any with `mockResolvedValue` / `mockImplementation`.
 * @returns the fake
 */
export function fakeActions(): FakeActions {
  const campaign = sampleCampaign();
  const load: LoadResult = { campaign, issues: [] };
  return {
    setUp: jest.fn<Promise<SetUpResult>, [Campaign]>(() => Promise.resolve(setUpResult())),
    loadCampaign: jest.fn<Promise<LoadResult>, []>(() => Promise.resolve(load)),
    checkRegistrations: jest.fn<Promise<RegistrationCheckResult>, []>(() =>
      Promise.resolve(registrationResult(campaign)),
    ),
    checkScores: jest.fn<Promise<ScoreCheckResult>, []>(() => Promise.resolve(scoreResult(campaign))),
    checkAll: jest.fn<Promise<CheckAllResult>, []>(() =>
      Promise.resolve({ registrations: registrationResult(campaign), scores: scoreResult(campaign) }),
    ),
    refreshSummary: jest.fn<Promise<SummaryResult>, []>(() => Promise.resolve(summaryResult(campaign))),
    goTo: jest.fn<Promise<boolean>, [Issue]>(() => Promise.resolve(true)),
    showSheet: jest.fn<Promise<void>, [string]>(() => Promise.resolve()),
    lockResults: jest.fn<Promise<LockOutcome>, [string]>((by) =>
      Promise.resolve({
        done: true,
        signer: { at: '2021-12-15', by },
        fingerprint: '0'.repeat(64),
        tables: ['Scores'],
        cells: 1,
      }),
    ),
    unlockResults: jest.fn<Promise<LockOutcome>, [string, string]>((by) =>
      Promise.resolve({
        done: true,
        signer: { at: '2021-12-20', by },
        fingerprint: '0'.repeat(64),
        tables: ['Scores'],
        cells: 0,
      }),
    ),
    importHistory: jest.fn<Promise<HistoryImportResult>, [readonly EarlierBook[]]>(() =>
      Promise.resolve({ refusal: [], books: [], added: 0, written: false }),
    ),
    // A host without events unless a test hands the pane some (see `changesOf`, `selectionsOf`).
    watchChanges: jest.fn<Promise<StopWatching | null>, [(change: WorkbookChange) => void]>(() =>
      Promise.resolve(null),
    ),
    watchSelectedUnit: jest.fn<Promise<StopWatching | null>, [(unit: string) => void]>(() =>
      Promise.resolve(null),
    ),
  };
}

/**
 * Gives fake actions a host that hears of changes, and the way to make one.
 * @param actions - the fake actions
 * @returns a function that tells the pane the workbook changed
 */
export function changesOf(actions: FakeActions): () => void {
  const listeners = new Set<(change: WorkbookChange) => void>();
  actions.watchChanges.mockImplementation((listener) => {
    listeners.add(listener);
    return Promise.resolve(() => {
      listeners.delete(listener);
      return Promise.resolve();
    });
  });
  return () => {
    for (const listener of [...listeners]) listener({ sheet: 'Chấm điểm' });
  };
}

/**
 * Gives fake actions a host that hears of a person selecting a row of Chấm điểm, and the way to select one.
 * @param actions - the fake actions
 * @returns a function that tells the pane a unit's row was selected
 */
export function selectionsOf(actions: FakeActions): (unit: string) => void {
  const listeners = new Set<(unit: string) => void>();
  actions.watchSelectedUnit.mockImplementation((listener) => {
    listeners.add(listener);
    return Promise.resolve(() => {
      listeners.delete(listener);
      return Promise.resolve();
    });
  });
  return (unit) => {
    for (const listener of [...listeners]) listener(unit);
  };
}
