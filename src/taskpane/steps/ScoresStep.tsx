import { Caption1, Subtitle2, makeStyles } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { explainResult } from '../../workflow';
import { CheckedStep } from '../components/CheckedStep';
import { ClusterRankingTable } from '../components/ClusterRankingTable';
import { GapList } from '../components/GapList';
import { IssueList } from '../components/IssueList';
import { LockPanel } from '../components/LockPanel';
import { RuleList } from '../components/RuleList';
import { TieList } from '../components/TieList';
import { UnitExplanationCard } from '../components/UnitExplanationCard';
import { VoteList } from '../components/VoteList';
import { useStrings } from '../i18n/StringsContext';
import { useLiveResult } from '../useLiveResult';
import { useRunRequest, type StepProps } from './stepProps';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '10px' },
  section: { display: 'flex', flexDirection: 'column', gap: '8px' },
});

/** Props of {@link ScoresStep}. */
export type ScoresStepProps = StepProps;

/**
 * Step 3, scoring: checks the points and shows each cluster's ranking as the scoring sheet computes
 * it, following the workbook as points are typed; the errors that hold results come before the
 * ranking, then the ties the council votes on, the largest self/reviewed gaps and the warnings.
 * @param props - the step's actions, runner, the workbook's changes and how to move on
 */
export function ScoresStep({ actions, runner, onGoTo, changes, active, runRequest, onNext }: StepProps) {
  const { t } = useStrings();
  const styles = useStyles();
  const result = useLiveResult({
    actions,
    runner,
    changes,
    what: 'checkScores',
    follow: true,
    active,
    fetch: (workbook, onProgress) => workbook.checkScores(onProgress),
  });
  useRunRequest(runRequest, result.run);
  const busy = runner.busy !== null;
  // The unit whose explanation is open; read again from each new result, so it follows the workbook.
  const [explaining, setExplaining] = useState<string | null>(null);
  // A row selected on Chấm điểm opens its unit's explanation, as a click in the ranking does.
  useEffect(() => {
    if (actions === null || !active) return undefined;
    let stop: (() => Promise<void>) | null = null;
    let gone = false;
    void actions
      .watchSelectedUnit((unit) => setExplaining(unit))
      .then((stopWatching) => {
        if (gone) void stopWatching?.();
        else stop = stopWatching;
      });
    return () => {
      gone = true;
      void stop?.();
    };
  }, [actions, active]);
  return (
    <div className={styles.root}>
      <CheckedStep
        actions={actions}
        runner={runner}
        onGoTo={onGoTo}
        changes={changes}
        intro={t.scores.intro}
        check={t.scores.check}
        nothingToCheck={t.scores.nothingToCheck}
        result={result}
        next={onNext === null ? null : { label: t.next.toSummary, onClick: onNext }}
      >
        {(value) => {
          const scored = !value.nothingToCheck && value.rankings.length > 0;
          const outcome = explaining === null ? null : explainResult(value, explaining);
          const explanation = outcome?.kind === 'explained' ? outcome.explanation : null;
          return (
            <>
              {scored && (
                <section className={styles.section} aria-label={t.scores.ranking}>
                  <Subtitle2 as="h3">{t.scores.ranking}</Subtitle2>
                  <Caption1>{t.scores.explainHint}</Caption1>
                  {value.rankings.map((ranking) => (
                    <div key={ranking.cluster} className={styles.section}>
                      <ClusterRankingTable
                        ranking={ranking}
                        onExplain={setExplaining}
                        selected={explaining}
                      />
                      {explanation !== null && explanation.cluster === ranking.cluster && (
                        <UnitExplanationCard explanation={explanation} onClose={() => setExplaining(null)} />
                      )}
                    </div>
                  ))}
                </section>
              )}
              {scored && <TieList ties={value.ties} />}
              {scored && <GapList gaps={value.gaps} threshold={value.gapThreshold} />}
              <VoteList council={value.council} />
              {value.lock !== null && value.campaign !== null && (
                <LockPanel
                  lock={value.lock}
                  disabled={busy}
                  onLock={
                    actions === null
                      ? null
                      : async (by) => {
                          const outcome = await runner.run('lockResults', (onProgress) =>
                            actions.lockResults(by, onProgress),
                          );
                          if (outcome?.done === true) result.run();
                          return outcome;
                        }
                  }
                  onUnlock={
                    actions === null
                      ? null
                      : async (by, reason) => {
                          const outcome = await runner.run('unlockResults', (onProgress) =>
                            actions.unlockResults(by, reason, onProgress),
                          );
                          if (outcome?.done === true) result.run();
                          return outcome;
                        }
                  }
                />
              )}
              <IssueList
                issues={value.issues}
                campaign={value.campaign}
                onGoTo={onGoTo}
                disabled={busy}
                only="warning"
              />
              <RuleList ruleSet={value.ruleSet} rules={value.rules} />
            </>
          );
        }}
      </CheckedStep>
    </div>
  );
}
