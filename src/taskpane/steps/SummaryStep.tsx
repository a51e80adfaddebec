import {
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  makeStyles,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { CheckedIssue, SummaryResult, WorkbookActions } from '../../workflow';
import { ClusterBars } from '../components/ClusterBars';
import { ClusterComparisonList } from '../components/ClusterComparisonList';
import { IssueList } from '../components/IssueList';
import { useStrings } from '../i18n/StringsContext';
import type { Runner } from '../useRunner';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '10px' },
  list: { margin: '2px 0 0', paddingLeft: '18px' },
});

/** Props of {@link SummaryStep}. */
export interface SummaryStepProps {
  actions: WorkbookActions | null;
  runner: Runner;
  onGoTo: (issue: CheckedIssue) => void;
}

/**
 * Step 4, summary: refreshes the summary sheet (rows for new clusters and units) and compares the
 * clusters at a glance.
 * @param props - the actions, the pane's runner and how to go to an issue
 */
export function SummaryStep({ actions, runner, onGoTo }: SummaryStepProps) {
  const { t, language } = useStrings();
  const styles = useStyles();
  const s = t.summary;
  const [result, setResult] = useState<SummaryResult | null>(null);
  const busy = runner.busy !== null;
  const refresh = (workbook: WorkbookActions) => {
    void runner.run('refreshSummary', async () => {
      setResult(await workbook.refreshSummary());
    });
  };
  const summary = result?.summary ?? null;
  const anyScored = summary !== null && summary.clusters.some((c) => c.scored > 0);
  return (
    <div className={styles.root}>
      <Body1>{s.intro}</Body1>
      <Button
        appearance="primary"
        disabled={busy || actions === null}
        onClick={() => actions !== null && refresh(actions)}
      >
        {s.refresh}
      </Button>
      {result !== null && result.campaign === null && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t.check.noCampaign}</MessageBarBody>
        </MessageBar>
      )}
      {result !== null && result.report !== null && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.refreshed}</MessageBarTitle>
            {result.report.added.length > 0 && (
              <ul className={styles.list} aria-label={t.campaign.added}>
                {result.report.added.map((item) => (
                  <li key={item.vi}>
                    {t.campaign.added}: {item[language]}
                  </li>
                ))}
              </ul>
            )}
            {summary !== null && <div>{s.proposals(summary.proposals.length)}</div>}
          </MessageBarBody>
        </MessageBar>
      )}
      {result !== null && result.notes.length > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.campaign.notes}</MessageBarTitle>
            {result.notes.join(' ')}
          </MessageBarBody>
        </MessageBar>
      )}
      {summary !== null && (
        <section aria-label={s.comparison}>
          <Subtitle2 as="h3">{s.comparison}</Subtitle2>
          {anyScored ? (
            <ClusterBars clusters={summary.clusters} scale={result?.campaign?.scale ?? 100} />
          ) : (
            <p>{s.nothingScored}</p>
          )}
          <ClusterComparisonList clusters={summary.clusters} />
        </section>
      )}
      {result !== null && result.issues.length > 0 && (
        <IssueList issues={result.issues} campaign={result.campaign} onGoTo={onGoTo} disabled={busy} />
      )}
    </div>
  );
}
