import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { Words } from '../../domain/displayNames';
import type { CheckedIssue, SetUpResult } from '../../workflow';
import { useStrings } from '../i18n/StringsContext';
import { IssueList } from './IssueList';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '6px' },
  list: { margin: '2px 0 0', paddingLeft: '18px' },
  summary: { cursor: 'pointer', fontWeight: tokens.fontWeightSemibold },
});

/** Props of {@link SetUpReport}. */
export interface SetUpReportProps {
  result: SetUpResult;
  onGoTo: (issue: CheckedIssue) => void;
  disabled: boolean;
}

/**
 * What setting up the workbook did: what it added, what it kept as typed, what it refreshed, the
 * features the host skipped, and what it could not reconcile.
 * @param props - the result of the set-up
 */
export function SetUpReport({ result, onGoTo, disabled }: SetUpReportProps) {
  const { t, language } = useStrings();
  const styles = useStyles();
  const c = t.campaign;
  // Lists fold under their count: a first set-up adds some thirty sheets, tables and names.
  const part = (title: string, items: readonly Words[]) =>
    items.length === 0 ? null : (
      <details>
        <summary className={styles.summary}>
          {title} ({items.length})
        </summary>
        <ul className={styles.list}>
          {items.map((item) => (
            <li key={item.vi}>{item[language]}</li>
          ))}
        </ul>
      </details>
    );
  if (!result.applied) {
    return (
      <div className={styles.root}>
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{c.setUpRefused}</MessageBarTitle>
            {c.nothingWritten}
          </MessageBarBody>
        </MessageBar>
        <IssueList issues={result.issues} campaign={null} onGoTo={onGoTo} disabled={disabled} />
      </div>
    );
  }
  return (
    <div className={styles.root}>
      <MessageBar intent={result.counts.errors > 0 ? 'warning' : 'success'} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{c.setUpDone}</MessageBarTitle>
          {result.added.length === 0 && <div>{c.nothingAdded}</div>}
          {part(c.added, result.added)}
          {part(c.kept, result.kept)}
          {part(c.refreshed, result.refreshed)}
        </MessageBarBody>
      </MessageBar>
      {result.notes.length > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{c.notes}</MessageBarTitle>
            <ul className={styles.list}>
              {result.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {result.issues.length > 0 && (
        <section aria-label={c.planIssues}>
          <strong>{c.planIssues}</strong>
          <IssueList issues={result.issues} campaign={null} onGoTo={onGoTo} disabled={disabled} />
        </section>
      )}
    </div>
  );
}
