import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { CheckedIssue } from '../../workflow';
import { explainIssue } from '../_lib/explainIssue';
import { useStrings } from '../i18n/StringsContext';

const useStyles = makeStyles({
  item: { display: 'flex', flexDirection: 'column', gap: '2px', paddingBlock: '4px' },
  button: {
    justifyContent: 'flex-start',
    textAlign: 'left',
    height: 'auto',
    paddingBlock: '4px',
    fontWeight: 'normal',
  },
  message: { whiteSpace: 'normal', overflowWrap: 'anywhere' },
  place: { color: tokens.colorNeutralForeground3 },
  why: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  summary: {
    cursor: 'pointer',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
});

/** Props of {@link IssueItem}. */
export interface IssueItemProps {
  issue: CheckedIssue;
  onGoTo: (issue: CheckedIssue) => void;
  disabled: boolean;
}

/**
 * One issue: its message, which opens with its cell (`Đăng ký!F5, cột …`), as a button that selects
 * the cell; the sheet alone for an issue of a table that is missing; and why the rule exists.
 * @param props - the issue, what a click does, and whether actions are off
 */
export function IssueItem({ issue, onGoTo, disabled }: IssueItemProps) {
  const { t, language } = useStrings();
  const styles = useStyles();
  const message = language === 'vi' ? issue.message : issue.messageEn;
  const explanation = explainIssue(issue.code, language);
  // Only a cell can be gone to; an issue placed on a sheet alone is about a table that is missing.
  const located = issue.sheet !== undefined && issue.cell !== undefined;
  const where = located ? null : issue.sheet === undefined ? t.check.noPlace : t.check.onSheet(issue.sheet);
  return (
    <li className={styles.item}>
      {located ? (
        <Button
          appearance="subtle"
          className={styles.button}
          disabled={disabled}
          onClick={() => onGoTo(issue)}
        >
          <span className={styles.message}>{message}</span>
        </Button>
      ) : (
        <span className={styles.message}>{message}</span>
      )}
      {where !== null && <Caption1 className={styles.place}>{where}</Caption1>}
      {explanation !== null && (
        <details className={styles.why}>
          <summary className={styles.summary}>{t.check.why}</summary>
          <p>{explanation.text}</p>
          {explanation.source !== null && <p>{t.check.source(explanation.source)}</p>}
        </details>
      )}
    </li>
  );
}
