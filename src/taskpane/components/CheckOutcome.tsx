import { Badge, MessageBar, MessageBarBody, makeStyles } from '@fluentui/react-components';
import type { CheckResult } from '../../workflow';
import { useStrings } from '../i18n/StringsContext';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '6px' },
  counts: { display: 'flex', gap: '6px', flexWrap: 'wrap', alignItems: 'center' },
});

/** Props of {@link CheckOutcome}. */
export interface CheckOutcomeProps {
  result: Pick<CheckResult, 'campaign' | 'counts' | 'nothingToCheck'>;
  /** What "nothing to check" means for this step, and what to do. */
  nothingToCheck: string;
}

/**
 * The verdict of a check: no campaign, nothing to check, or how many errors and warnings.
 * @param props - the result and this step's "nothing to check" wording
 */
export function CheckOutcome({ result, nothingToCheck }: CheckOutcomeProps) {
  const { t } = useStrings();
  const styles = useStyles();
  const { errors, warnings } = result.counts;
  return (
    <div className={styles.root}>
      {result.campaign === null && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t.check.noCampaign}</MessageBarBody>
        </MessageBar>
      )}
      {result.nothingToCheck && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{nothingToCheck}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.counts} role="status" aria-label={t.check.results}>
        <Badge appearance="filled" color={errors > 0 ? 'danger' : 'success'}>
          {t.check.counts(errors, warnings)}
        </Badge>
      </div>
      {errors + warnings === 0 && !result.nothingToCheck && result.campaign !== null && (
        <MessageBar intent="success">
          <MessageBarBody>{t.check.noIssues}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
