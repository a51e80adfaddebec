import { Body1, Button, makeStyles } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { CheckResult } from '../../workflow';
import { useStrings } from '../i18n/StringsContext';
import { firstError, type StepProps } from '../steps/stepProps';
import { useFocusOn } from '../useFocusOn';
import type { LiveResult } from '../useLiveResult';
import { CheckOutcome } from './CheckOutcome';
import { Freshness } from './Freshness';
import { IssueList } from './IssueList';
import { NextStep } from './NextStep';

const useStyles = makeStyles({
  result: { display: 'flex', flexDirection: 'column', gap: '10px', outlineOffset: '2px' },
});

/** Props of {@link CheckedStep}. */
export interface CheckedStepProps<T extends CheckResult> extends Pick<
  StepProps,
  'actions' | 'runner' | 'onGoTo' | 'changes'
> {
  intro: string;
  /** The check button's label. */
  check: string;
  /** What "nothing to check" means for this step, and what to do. */
  nothingToCheck: string;
  result: LiveResult<T>;
  /** The next step's button, or null for none. */
  next: { label: string; onClick: () => void } | null;
  /** What the step shows of its result after the errors (its own sections, the warnings). */
  children: (value: T) => ReactNode;
}

/**
 * The frame of a step that checks the workbook: its intro and check button, then the result — whether
 * it is still true to the workbook, the counts, the first error or the next step, the errors — and the
 * step's own part of the result below.
 * @param props - the step's check, its live result and its own sections
 */
export function CheckedStep<T extends CheckResult>({
  actions,
  runner,
  onGoTo,
  changes,
  intro,
  check,
  nothingToCheck,
  result,
  next,
  children,
}: CheckedStepProps<T>) {
  const { t } = useStrings();
  const styles = useStyles();
  const focus = useFocusOn<HTMLElement>(result.shown);
  const busy = runner.busy !== null;
  const value = result.value;
  return (
    <>
      <Body1>{intro}</Body1>
      <Button
        appearance={value === null ? 'primary' : 'secondary'}
        disabled={busy || actions === null}
        onClick={result.run}
      >
        {check}
      </Button>
      {value !== null && (
        <section ref={focus} tabIndex={-1} className={styles.result} aria-label={t.check.results}>
          <Freshness result={result} changes={changes} disabled={busy} />
          <CheckOutcome result={value} nothingToCheck={nothingToCheck} />
          <NextStep firstError={firstError(value.issues)} onGoTo={onGoTo} next={next} disabled={busy} />
          <IssueList
            issues={value.issues}
            campaign={value.campaign}
            onGoTo={onGoTo}
            disabled={busy}
            only="error"
          />
          {children(value)}
        </section>
      )}
    </>
  );
}
