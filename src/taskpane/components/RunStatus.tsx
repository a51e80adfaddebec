import {
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  makeStyles,
} from '@fluentui/react-components';
import { useStrings } from '../i18n/StringsContext';
import type { Runner } from '../useRunner';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '6px' },
});

/**
 * What the running action is doing and how far it is (reading the workbook, then checking or writing
 * what it holds, with how much that is), and why the last one failed with what to do about it: a
 * failure stays on screen until dismissed or until the next action starts.
 * @param props - the pane's runner
 */
export function RunStatus({ runner }: { runner: Runner }) {
  const { t } = useStrings();
  const styles = useStyles();
  const { busy, failure, progress } = runner;
  const counts = progress?.counts ?? null;
  const step =
    progress === null
      ? null
      : progress.stage === 'read' || counts === null
        ? t.run.reading
        : progress.stage === 'check'
          ? t.run.checking(counts.units, counts.registrations, counts.scoreRows)
          : t.run.writing(counts.units, counts.registrations, counts.scoreRows);
  // Reading is the first third of the work, checking or writing the rest.
  const done = progress === null ? undefined : progress.stage === 'read' ? 0.2 : 0.6;
  return (
    <div className={styles.root}>
      {busy !== null && (
        <div role="status" aria-live="polite">
          <ProgressBar thickness="large" value={done} aria-label={`${t.run.busy} ${t.run.what[busy]}`} />
          <Caption1 block>
            {t.run.busy} {t.run.what[busy]}
          </Caption1>
          {step !== null && <Caption1 block>{step}</Caption1>}
        </div>
      )}
      {failure !== null && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{t.run.failed(t.run.what[failure.what])}</MessageBarTitle>
            {failure.message ?? t.run.unknownError} {t.run.whatToDo}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={runner.dismiss}>
              {t.run.dismiss}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </div>
  );
}
