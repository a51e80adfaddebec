import { makeStyles } from '@fluentui/react-components';
import { useState } from 'react';
import { CheckedStep } from '../components/CheckedStep';
import { FoldSection } from '../components/FoldSection';
import { HistoryImport } from '../components/HistoryImport';
import { IssueList } from '../components/IssueList';
import { MetConditionList } from '../components/MetConditionList';
import { RuleList } from '../components/RuleList';
import { useStrings } from '../i18n/StringsContext';
import { useLiveResult } from '../useLiveResult';
import { useRunRequest, type StepProps } from './stepProps';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '10px' },
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
  const busy = runner.busy !== null;
  const [historyOpen, setHistoryOpen] = useState(false);
  return (
    <div className={styles.root}>
      <CheckedStep
        actions={actions}
        runner={runner}
        onGoTo={onGoTo}
        changes={changes}
        intro={t.registrations.intro}
        check={t.registrations.check}
        nothingToCheck={t.registrations.nothingToCheck}
        result={result}
        next={onNext === null ? null : { label: t.next.toScores, onClick: onNext }}
      >
        {(value) => (
          <>
            <IssueList
              issues={value.issues}
              campaign={value.campaign}
              onGoTo={onGoTo}
              disabled={busy}
              only="warning"
            />
            <MetConditionList met={value.met} />
            <RuleList ruleSet={value.ruleSet} rules={value.rules} />
          </>
        )}
      </CheckedStep>
      <FoldSection title={t.history.title} open={historyOpen} onToggle={setHistoryOpen}>
        <HistoryImport actions={actions} runner={runner} onGoTo={onGoTo} />
      </FoldSection>
    </div>
  );
}
