import { Button, makeStyles } from '@fluentui/react-components';
import { cellWords } from '../../domain/issues';
import type { CheckedIssue } from '../../workflow';
import { useStrings } from '../i18n/StringsContext';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '6px' },
});

/** The step that follows, as a button's words and what a click does. */
export interface NextAction {
  label: string;
  onClick: () => void;
}

/** Props of {@link NextStep}. */
export interface NextStepProps {
  /** The first error of the result, which comes first when there is one. */
  firstError: CheckedIssue | null;
  onGoTo: (issue: CheckedIssue) => void;
  /** The next step of the campaign, or null when there is none. */
  next: NextAction | null;
  disabled: boolean;
}

/**
 * What to do after an action, one click away: go to the first error where there is one, else (and
 * besides) move on to the next step.
 * @param props - the first error, the next step, and whether actions are off
 */
export function NextStep({ firstError, onGoTo, next, disabled }: NextStepProps) {
  const { t } = useStrings();
  const styles = useStyles();
  const located = firstError !== null && firstError.sheet !== undefined && firstError.cell !== undefined;
  if (!located && next === null) return null;
  return (
    <nav className={styles.root} aria-label={t.next.title}>
      {located && firstError.sheet !== undefined && firstError.cell !== undefined && (
        <Button appearance="primary" disabled={disabled} onClick={() => onGoTo(firstError)}>
          {t.next.fixFirst(cellWords(firstError.sheet, firstError.cell))}
        </Button>
      )}
      {next !== null && (
        <Button appearance={located ? 'secondary' : 'primary'} disabled={disabled} onClick={next.onClick}>
          {next.label}
        </Button>
      )}
    </nav>
  );
}
