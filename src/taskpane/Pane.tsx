import {
  MessageBar,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Suspense, useCallback, useEffect, useState } from 'react';
import type { CheckedIssue, WorkbookActions } from '../workflow';
import { PaneHeader } from './components/PaneHeader';
import { RunStatus } from './components/RunStatus';
import type { PaneEnvironment } from './environment';
import type { Language, Strings } from './i18n';
import { useStrings } from './i18n/StringsContext';
import { lazyStep, type LazyStep } from './steps/lazyStep';
import { useRunner } from './useRunner';
import { useWorkbookChanges } from './useWorkbookChanges';

const useStyles = makeStyles({
  root: { padding: '8px', display: 'flex', flexDirection: 'column', gap: '10px', minWidth: 0 },
  // Four steps side by side at the pane's usual width (Excel docks it at about 320–350 px): no tab
  // wraps onto a second line, however long its name in either language.
  tabs: {
    display: 'grid',
    gridTemplateColumns: 'repeat(4, auto)',
    justifyContent: 'space-between',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  tab: {
    minWidth: 0,
    paddingInline: '2px',
    justifyContent: 'center',
  },
  tabContent: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    paddingInline: '0',
    lineHeight: tokens.lineHeightBase200,
    fontSize: tokens.fontSizeBase200,
    textAlign: 'center',
    whiteSpace: 'nowrap',
  },
  tabNumber: { fontWeight: tokens.fontWeightSemibold },
});

/** The four steps of a campaign, in order. */
type StepId = keyof Strings['steps'];

// Each step is a chunk of its own: the pane's first screen waits only for the first step's code.
const STEPS: readonly ({ id: StepId } & LazyStep)[] = [
  {
    id: 'campaign',
    ...lazyStep(() =>
      import(/* webpackChunkName: "step-campaign" */ './steps/CampaignStep').then((m) => m.CampaignStep),
    ),
  },
  {
    id: 'registrations',
    ...lazyStep(() =>
      import(/* webpackChunkName: "step-registrations" */ './steps/RegistrationStep').then(
        (m) => m.RegistrationStep,
      ),
    ),
  },
  {
    id: 'scores',
    ...lazyStep(() =>
      import(/* webpackChunkName: "step-scores" */ './steps/ScoresStep').then((m) => m.ScoresStep),
    ),
  },
  {
    id: 'summary',
    ...lazyStep(() =>
      import(/* webpackChunkName: "step-summary" */ './steps/SummaryStep').then((m) => m.SummaryStep),
    ),
  },
];

/**
 * Fetches the code of every step. The pane does so once its first screen is up, so that a tab opens
 * at once; a step asked for earlier loads on its own.
 * @returns when every step's code has arrived
 * @example
 * await preloadSteps();
 */
export function preloadSteps(): Promise<void> {
  return Promise.all(STEPS.map((s) => s.preload())).then(() => undefined);
}

/** Props of {@link Pane}. */
export interface PaneProps {
  environment: PaneEnvironment;
  /** The workbook's actions, or null when no workbook is connected. */
  actions: WorkbookActions | null;
  onLanguageChange: (language: Language) => void;
}

/**
 * The task pane: header, the four steps as tabs, and what the running action is doing. A step is
 * mounted when first opened and stays mounted while hidden, so switching tabs keeps what each one shows; the results follow the
 * workbook's changes, and each step's "next step" opens the following one and runs its action.
 * @param props - the environment, the actions and what a language switch does
 */
export function Pane({ environment, actions, onLanguageChange }: PaneProps) {
  const { t } = useStrings();
  const styles = useStyles();
  const [step, setStep] = useState<StepId>('campaign');
  // A step is mounted the first time it is opened and stays mounted after.
  const [opened, setOpened] = useState<ReadonlySet<StepId>>(() => new Set<StepId>(['campaign']));
  const open = useCallback((id: StepId) => {
    setStep(id);
    setOpened((before) => (before.has(id) ? before : new Set([...before, id])));
  }, []);
  useEffect(() => {
    // After the first screen, while the officer reads it.
    const timer = setTimeout(() => void preloadSteps(), 0);
    return () => clearTimeout(timer);
  }, []);
  const [runRequests, setRunRequests] = useState<Record<StepId, number>>({
    campaign: 0,
    registrations: 0,
    scores: 0,
    summary: 0,
  });
  const runner = useRunner();
  const changes = useWorkbookChanges(actions);
  const { run } = runner;
  const goTo = useCallback(
    (issue: CheckedIssue) => {
      if (actions === null) return;
      void run('goTo', () => actions.goTo(issue));
    },
    [actions, run],
  );
  const nextOf = (index: number): (() => void) | null => {
    const next = STEPS[index + 1];
    if (next === undefined) return null;
    return () => {
      open(next.id);
      setRunRequests((requests) => ({ ...requests, [next.id]: requests[next.id] + 1 }));
    };
  };

  return (
    <main className={styles.root} aria-label={t.app.title}>
      <PaneHeader environment={environment} onLanguageChange={onLanguageChange} />
      {actions === null && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t.app.noWorkbook}</MessageBarBody>
        </MessageBar>
      )}
      <TabList
        className={styles.tabs}
        aria-label={t.app.stepsLabel}
        selectedValue={step}
        size="small"
        onTabSelect={(_, data) => open(data.value as StepId)}
      >
        {STEPS.map(({ id }, index) => (
          <Tab
            key={id}
            id={`thidua-tab-${id}`}
            value={id}
            aria-controls={`thidua-panel-${id}`}
            className={styles.tab}
            content={{ className: styles.tabContent }}
          >
            {/* Number and name on two lines, read as one name: "1. Phong trào". */}
            <span className={styles.tabNumber}>{`${index + 1}.`}</span>
            <span>{t.steps[id]}</span>
          </Tab>
        ))}
      </TabList>
      <RunStatus runner={runner} />
      {STEPS.map(({ id, Panel }, index) => (
        <div
          key={id}
          id={`thidua-panel-${id}`}
          role="tabpanel"
          aria-labelledby={`thidua-tab-${id}`}
          hidden={step !== id}
        >
          {opened.has(id) && (
            <Suspense fallback={<Spinner size="small" label={t.app.loadingStep} />}>
              <Panel
                actions={actions}
                runner={runner}
                onGoTo={goTo}
                changes={changes}
                active={step === id}
                runRequest={runRequests[id]}
                onNext={nextOf(index)}
              />
            </Suspense>
          )}
        </div>
      ))}
    </main>
  );
}
