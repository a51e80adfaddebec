import {
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  makeStyles,
} from '@fluentui/react-components';
import type { LiveResult } from '../useLiveResult';
import type { WorkbookChanges } from '../useWorkbookChanges';
import { useStrings } from '../i18n/StringsContext';

const useStyles = makeStyles({
  updating: { display: 'flex', alignItems: 'center', gap: '6px' },
});

/** Props of {@link Freshness}. */
export interface FreshnessProps {
  result: Pick<LiveResult<unknown>, 'takenAt' | 'stale' | 'updating' | 'followFailure' | 'run'>;
  changes: WorkbookChanges;
  disabled: boolean;
  /** The wording of a result that cannot follow the workbook by itself and of running it again. */
  words?: { changed: string; again: string };
}

/**
 * Whether a result is still true to the workbook: when it was taken and that it follows the workbook,
 * that it is being updated after a change, or that it may be out of date, with the one click that
 * takes it again.
 * @param props - the result, the workbook's changes, and whether actions are off
 */
export function Freshness({ result, changes, disabled, words }: FreshnessProps) {
  const { t } = useStrings();
  const styles = useStyles();
  if (result.takenAt === null) return null;
  const time = result.takenAt.toLocaleTimeString(t.locale, { hour: '2-digit', minute: '2-digit' });
  if (result.updating) {
    return (
      <div className={styles.updating} role="status" aria-live="polite">
        <Spinner size="extra-tiny" aria-label={t.live.updating} />
        <Caption1>{t.live.updating}</Caption1>
      </div>
    );
  }
  const outOfDate = result.stale || (changes.watch === 'unknown' && result.followFailure === null);
  if (!outOfDate && result.followFailure === null) {
    return (
      <Caption1 role="status" aria-live="polite">
        {t.live.followed(time)}
      </Caption1>
    );
  }
  // Without events the pane cannot know that the workbook changed, only that it may have.
  const message =
    result.followFailure !== null
      ? t.live.followFailed(result.followFailure)
      : result.stale && changes.watch === 'live'
        ? (words?.changed ?? t.live.changed(time))
        : t.live.mayHaveChanged(time);
  return (
    <MessageBar
      intent={result.stale || result.followFailure !== null ? 'warning' : 'info'}
      layout="multiline"
    >
      <MessageBarBody role="status" aria-live="polite">
        {message}
      </MessageBarBody>
      <MessageBarActions>
        <Button
          size="small"
          appearance={result.stale || result.followFailure !== null ? 'primary' : 'secondary'}
          disabled={disabled}
          onClick={result.run}
        >
          {words?.again ?? t.live.checkAgain}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
