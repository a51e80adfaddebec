import {
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  makeStyles,
} from '@fluentui/react-components';
import { SHEETS } from '../../domain/contract';
import { proposedAwards } from '../../workflow';
import { ClusterBars } from '../components/ClusterBars';
import { ClusterComparisonList } from '../components/ClusterComparisonList';
import { Freshness } from '../components/Freshness';
import { IssueList } from '../components/IssueList';
import { NextStep } from '../components/NextStep';
import { useStrings } from '../i18n/StringsContext';
import { useFocusOn } from '../useFocusOn';
import { useLiveResult } from '../useLiveResult';
import { firstError, useRunRequest, type StepProps } from './stepProps';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '10px' },
  result: { display: 'flex', flexDirection: 'column', gap: '10px', outlineOffset: '2px' },
  list: { margin: '2px 0 0', paddingLeft: '18px' },
});

/** Props of {@link SummaryStep}. */
export type SummaryStepProps = StepProps;

/**
 * Step 4, summary: refreshes the summary sheet (rows for new clusters and units) and compares the
 * clusters at a glance. The refresh writes, so after a change it is marked out of date for the
 * officer to run again rather than run by itself.
 * @param props - the step's actions, runner and the workbook's changes
 */
export function SummaryStep({ actions, runner, onGoTo, changes, active, runRequest }: StepProps) {
  const { t, language } = useStrings();
  const styles = useStyles();
  const s = t.summary;
  const result = useLiveResult({
    actions,
    runner,
    changes,
    what: 'refreshSummary',
    follow: false,
    active,
    fetch: (workbook, onProgress) => workbook.refreshSummary(onProgress),
  });
  useRunRequest(runRequest, result.run);
  const focus = useFocusOn<HTMLElement>(result.shown);
  const busy = runner.busy !== null;
  const value = result.value;
  const summary = value?.summary ?? null;
  const anyScored = summary !== null && summary.clusters.some((c) => c.scored > 0);
  const written = value !== null && value.report !== null;
  return (
    <div className={styles.root}>
      <Body1>{s.intro}</Body1>
      <Button
        appearance={value === null ? 'primary' : 'secondary'}
        disabled={busy || actions === null}
        onClick={result.run}
      >
        {s.refresh}
      </Button>
      {value !== null && (
        <section ref={focus} tabIndex={-1} className={styles.result} aria-label={s.refresh}>
          <Freshness
            result={result}
            changes={changes}
            disabled={busy}
            words={{ changed: s.stale, again: s.refreshAgain }}
          />
          {value.campaign === null && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>{t.check.noCampaign}</MessageBarBody>
            </MessageBar>
          )}
          {value.report !== null && (
            <MessageBar intent="success" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{s.refreshed}</MessageBarTitle>
                {value.report.added.length > 0 && (
                  <ul className={styles.list} aria-label={t.campaign.added}>
                    {value.report.added.map((item) => (
                      <li key={item.vi}>
                        {t.campaign.added}: {item[language]}
                      </li>
                    ))}
                  </ul>
                )}
                {summary !== null && <div>{s.proposals(proposedAwards(summary).length)}</div>}
              </MessageBarBody>
            </MessageBar>
          )}
          <NextStep
            firstError={firstError(value.refusal.length > 0 ? value.refusal : value.issues)}
            onGoTo={onGoTo}
            next={
              written && actions !== null
                ? {
                    label: t.next.openSummary,
                    onClick: () => void runner.run('goTo', () => actions.showSheet(SHEETS.summary)),
                  }
                : null
            }
            disabled={busy}
          />
          {value.notes.length > 0 && (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{t.campaign.notes}</MessageBarTitle>
                {value.notes.join(' ')}
              </MessageBarBody>
            </MessageBar>
          )}
          <IssueList
            issues={value.issues}
            campaign={value.campaign}
            onGoTo={onGoTo}
            disabled={busy}
            only="error"
          />
          {summary !== null && (
            <section aria-label={s.comparison}>
              <Subtitle2 as="h3">{s.comparison}</Subtitle2>
              {anyScored ? (
                <ClusterBars clusters={summary.clusters} scale={value.campaign?.scale ?? 100} />
              ) : (
                <p>{s.nothingScored}</p>
              )}
              <ClusterComparisonList clusters={summary.clusters} />
            </section>
          )}
          <IssueList
            issues={value.issues}
            campaign={value.campaign}
            onGoTo={onGoTo}
            disabled={busy}
            only="warning"
          />
        </section>
      )}
    </div>
  );
}
