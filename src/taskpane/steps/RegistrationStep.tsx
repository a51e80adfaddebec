import { Body1, Button, makeStyles } from '@fluentui/react-components';
import { useState } from 'react';
import type { CheckResult, CheckedIssue, WorkbookActions } from '../../workflow';
import { CheckOutcome } from '../components/CheckOutcome';
import { IssueList } from '../components/IssueList';
import { RuleList } from '../components/RuleList';
import { useStrings } from '../i18n/StringsContext';
import type { Runner } from '../useRunner';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '10px' },
});

/** Props of {@link RegistrationStep}. */
export interface RegistrationStepProps {
  actions: WorkbookActions | null;
  runner: Runner;
  onGoTo: (issue: CheckedIssue) => void;
}

/**
 * Step 2, registrations: checks the campaign's set-up and the registrations, lists what is wrong by
 * severity and unit, each a way to its cell, and the rules behind the checks with their sources.
 * @param props - the actions, the pane's runner and how to go to an issue
 */
export function RegistrationStep({ actions, runner, onGoTo }: RegistrationStepProps) {
  const { t } = useStrings();
  const styles = useStyles();
  const [result, setResult] = useState<CheckResult | null>(null);
  const busy = runner.busy !== null;
  const check = (workbook: WorkbookActions) => {
    void runner.run('checkRegistrations', async () => {
      setResult(await workbook.checkRegistrations());
    });
  };
  return (
    <div className={styles.root}>
      <Body1>{t.registrations.intro}</Body1>
      <Button
        appearance="primary"
        disabled={busy || actions === null}
        onClick={() => actions !== null && check(actions)}
      >
        {t.registrations.check}
      </Button>
      {result !== null && (
        <>
          <CheckOutcome result={result} nothingToCheck={t.registrations.nothingToCheck} />
          <IssueList issues={result.issues} campaign={result.campaign} onGoTo={onGoTo} disabled={busy} />
          <RuleList ruleSet={result.ruleSet} rules={result.rules} />
        </>
      )}
    </div>
  );
}
