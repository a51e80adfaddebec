import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { Words } from '../../domain/displayNames';
import type { CheckedIssue, SetUpResult } from '../../workflow';
import { useStrings } from '../i18n/StringsContext';
import { IssueList } from './IssueList';
import { NextStep, type NextAction } from './NextStep';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '6px' },
  list: { margin: '2px 0 0', paddingLeft: '18px' },
  summary: {
    cursor: 'pointer',
    fontWeight: tokens.fontWeightSemibold,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
});

/** Props of {@link SetUpReport}. */
export interface SetUpReportProps {
  result: SetUpResult;
  onGoTo: (issue: CheckedIssue) => void;
  /** The step after a set-up, or null. */
  next: NextAction | null;
  disabled: boolean;
}

/**
 * What setting up the workbook did, the verdict and the next step first: refused (with the errors
 * that stopped it and the first one a click away), or done (with the next step), then what it could
 * not reconcile, the features the host skipped, and what it added, kept and refreshed.
 * @param props - the result of the set-up and the next step
 */
export function SetUpReport({ result, onGoTo, next, disabled }: SetUpReportProps) {
  const { t, language } = useStrings();
  const styles = useStyles();
  const c = t.campaign;
  const firstError =
    result.issues.find((i) => i.severity === 'error' && i.sheet !== undefined && i.cell !== undefined) ??
    null;
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
        <NextStep firstError={firstError} onGoTo={onGoTo} next={null} disabled={disabled} />
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
        </MessageBarBody>
      </MessageBar>
      <NextStep firstError={firstError} onGoTo={onGoTo} next={next} disabled={disabled} />
      {result.issues.length > 0 && (
        <section aria-label={c.planIssues}>
          <strong>{c.planIssues}</strong>
          <IssueList issues={result.issues} campaign={null} onGoTo={onGoTo} disabled={disabled} />
        </section>
      )}
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
      {part(c.added, result.added)}
      {part(c.kept, result.kept)}
      {part(c.refreshed, result.refreshed)}
    </div>
  );
}
