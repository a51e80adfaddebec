import { MessageBar, MessageBarBody, Tab, TabList, makeStyles } from '@fluentui/react-components';
import type { ComponentType } from 'react';
import { useCallback, useState } from 'react';
import type { CheckedIssue, WorkbookActions } from '../workflow';
import { PaneHeader } from './components/PaneHeader';
import { RunStatus } from './components/RunStatus';
import type { PaneEnvironment } from './environment';
import type { Language, Strings } from './i18n';
import { useStrings } from './i18n/StringsContext';
import { CampaignStep } from './steps/CampaignStep';
import { RegistrationStep } from './steps/RegistrationStep';
import { ScoresStep } from './steps/ScoresStep';
import { SummaryStep } from './steps/SummaryStep';
import type { Runner } from './useRunner';
import { useRunner } from './useRunner';

const useStyles = makeStyles({
  root: { padding: '8px', display: 'flex', flexDirection: 'column', gap: '10px', minWidth: 0 },
  tabs: { flexWrap: 'wrap' },
});

/** The four steps of a campaign, in order. */
type StepId = keyof Strings['steps'];

interface StepProps {
  actions: WorkbookActions | null;
  runner: Runner;
  onGoTo: (issue: CheckedIssue) => void;
}

const STEPS: readonly { id: StepId; Panel: ComponentType<StepProps> }[] = [
  { id: 'campaign', Panel: CampaignStep },
  { id: 'registrations', Panel: RegistrationStep },
  { id: 'scores', Panel: ScoresStep },
  { id: 'summary', Panel: SummaryStep },
];

/** Props of {@link Pane}. */
export interface PaneProps {
  environment: PaneEnvironment;
  /** The workbook's actions, or null when no workbook is connected. */
  actions: WorkbookActions | null;
  onLanguageChange: (language: Language) => void;
}

/**
 * The task pane: header, the four steps as tabs, and what the running action is doing. Every step
 * stays mounted while hidden, so switching tabs keeps what each one shows.
 * @param props - the environment, the actions and what a language switch does
 */
export function Pane({ environment, actions, onLanguageChange }: PaneProps) {
  const { t } = useStrings();
  const styles = useStyles();
  const [step, setStep] = useState<StepId>('campaign');
  const runner = useRunner();
  const { run } = runner;
  const goTo = useCallback(
    (issue: CheckedIssue) => {
      if (actions === null) return;
      void run('goTo', () => actions.goTo(issue));
    },
    [actions, run],
  );

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
        onTabSelect={(_, data) => setStep(data.value as StepId)}
      >
        {STEPS.map(({ id }, index) => (
          <Tab key={id} id={`thidua-tab-${id}`} value={id} aria-controls={`thidua-panel-${id}`}>
            {`${index + 1}. ${t.steps[id]}`}
          </Tab>
        ))}
      </TabList>
      <RunStatus runner={runner} />
      {STEPS.map(({ id, Panel }) => (
        <div
          key={id}
          id={`thidua-panel-${id}`}
          role="tabpanel"
          aria-labelledby={`thidua-tab-${id}`}
          hidden={step !== id}
        >
          <Panel actions={actions} runner={runner} onGoTo={goTo} />
        </div>
      ))}
    </main>
  );
}
