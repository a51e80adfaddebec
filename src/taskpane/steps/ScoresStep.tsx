import { Body1, Button, Subtitle2, makeStyles } from '@fluentui/react-components';
import { useState } from 'react';
import type { CheckedIssue, ScoreCheckResult, WorkbookActions } from '../../workflow';
import { CheckOutcome } from '../components/CheckOutcome';
import { ClusterRankingTable } from '../components/ClusterRankingTable';
import { GapList } from '../components/GapList';
import { IssueList } from '../components/IssueList';
import { RuleList } from '../components/RuleList';
import { TieList } from '../components/TieList';
import { useStrings } from '../i18n/StringsContext';
import type { Runner } from '../useRunner';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '10px' },
  section: { display: 'flex', flexDirection: 'column', gap: '8px' },
});

/** Props of {@link ScoresStep}. */
export interface ScoresStepProps {
  actions: WorkbookActions | null;
  runner: Runner;
  onGoTo: (issue: CheckedIssue) => void;
}

/**
 * Step 3, scoring: checks the points, then shows each cluster's ranking as the scoring sheet computes
 * it, its leader, the ties the council must vote on and the largest self/reviewed gaps.
 * @param props - the actions, the pane's runner and how to go to an issue
 */
export function ScoresStep({ actions, runner, onGoTo }: ScoresStepProps) {
  const { t } = useStrings();
  const styles = useStyles();
  const [result, setResult] = useState<ScoreCheckResult | null>(null);
  const busy = runner.busy !== null;
  const check = (workbook: WorkbookActions) => {
    void runner.run('checkScores', async () => {
      setResult(await workbook.checkScores());
    });
  };
  const scored = result !== null && !result.nothingToCheck && result.rankings.length > 0;
  return (
    <div className={styles.root}>
      <Body1>{t.scores.intro}</Body1>
      <Button
        appearance="primary"
        disabled={busy || actions === null}
        onClick={() => actions !== null && check(actions)}
      >
        {t.scores.check}
      </Button>
      {result !== null && (
        <>
          <CheckOutcome result={result} nothingToCheck={t.scores.nothingToCheck} />
          {scored && (
            <section className={styles.section} aria-label={t.scores.ranking}>
              <Subtitle2 as="h3">{t.scores.ranking}</Subtitle2>
              {result.rankings.map((ranking) => (
                <ClusterRankingTable key={ranking.cluster} ranking={ranking} />
              ))}
            </section>
          )}
          {scored && <TieList ties={result.ties} />}
          {scored && <GapList gaps={result.gaps} threshold={result.gapThreshold} />}
          <IssueList issues={result.issues} campaign={result.campaign} onGoTo={onGoTo} disabled={busy} />
          <RuleList ruleSet={result.ruleSet} rules={result.rules} />
        </>
      )}
    </div>
  );
}
