import { Body1, Button, makeStyles } from '@fluentui/react-components';
import { useState } from 'react';
import { CheckOutcome } from '../components/CheckOutcome';
import { FoldSection } from '../components/FoldSection';
import { Freshness } from '../components/Freshness';
import { HistoryImport } from '../components/HistoryImport';
import { IssueList } from '../components/IssueList';
import { MetConditionList } from '../components/MetConditionList';
import { NextStep } from '../components/NextStep';
import { RuleList } from '../components/RuleList';
import { useStrings } from '../i18n/StringsContext';
import { useFocusOn } from '../useFocusOn';
import { useLiveResult } from '../useLiveResult';
import { firstError, useRunRequest, type StepProps } from './stepProps';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '10px' },
  result: { display: 'flex', flexDirection: 'column', gap: '10px', outlineOffset: '2px' },
});

/** Props of {@link RegistrationStep}. */
export type RegistrationStepProps = StepProps;

/**
 * Step 2, registrations: checks the campaign's set-up and the registrations and keeps the result true
 * to the workbook; then the first error or the next step, the errors, the warnings, the conditions on
 * earlier years that registrations meet, and the rules behind the checks with their sources. Below, folded, the award history of earlier years is imported
 * from their workbooks, for the titles that need several years in a row.
 * @param props - the step's actions, runner, the workbook's changes and how to move on
 */
export function RegistrationStep({
  actions,
  runner,
  onGoTo,
  changes,
  active,
  runRequest,
  onNext,
}: StepProps) {
  const { t } = useStrings();
  const styles = useStyles();
  const result = useLiveResult({
    actions,
    runner,
    changes,
    what: 'checkRegistrations',
    follow: true,
    active,
    fetch: (workbook, onProgress) => workbook.checkRegistrations(onProgress),
  });
  useRunRequest(runRequest, result.run);
  const focus = useFocusOn<HTMLElement>(result.shown);
  const busy = runner.busy !== null;
  const value = result.value;
  const [historyOpen, setHistoryOpen] = useState(false);
  return (
    <div className={styles.root}>
      <Body1>{t.registrations.intro}</Body1>
      <Button
        appearance={value === null ? 'primary' : 'secondary'}
        disabled={busy || actions === null}
        onClick={result.run}
      >
        {t.registrations.check}
      </Button>
      {value !== null && (
        <section ref={focus} tabIndex={-1} className={styles.result} aria-label={t.check.results}>
          <Freshness result={result} changes={changes} disabled={busy} />
          <CheckOutcome result={value} nothingToCheck={t.registrations.nothingToCheck} />
          <NextStep
            firstError={firstError(value.issues)}
            onGoTo={onGoTo}
            next={onNext === null ? null : { label: t.next.toScores, onClick: onNext }}
            disabled={busy}
          />
          <IssueList
            issues={value.issues}
            campaign={value.campaign}
            onGoTo={onGoTo}
            disabled={busy}
            only="error"
          />
          <IssueList
            issues={value.issues}
            campaign={value.campaign}
            onGoTo={onGoTo}
            disabled={busy}
            only="warning"
          />
          <MetConditionList met={value.met} />
          <RuleList ruleSet={value.ruleSet} rules={value.rules} />
        </section>
      )}
      <FoldSection title={t.history.title} open={historyOpen} onToggle={setHistoryOpen}>
        <HistoryImport actions={actions} runner={runner} onGoTo={onGoTo} />
      </FoldSection>
    </div>
  );
}
