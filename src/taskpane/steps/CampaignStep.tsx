import {
  Badge,
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Campaign } from '../../domain/model';
import { blankCampaign, presetById } from '../../domain/presets';
import type { LoadResult, SetUpResult, WorkbookActions } from '../../workflow';
import type { CampaignDraft } from '../_lib/campaignDraft';
import { campaignFromDraft, draftFromCampaign, renameCluster } from '../_lib/campaignDraft';
import { CampaignFields } from '../components/CampaignFields';
import { ClusterEditor } from '../components/ClusterEditor';
import { CriteriaEditor } from '../components/CriteriaEditor';
import { FoldSection } from '../components/FoldSection';
import { IssueList } from '../components/IssueList';
import { BLANK, PresetPicker } from '../components/PresetPicker';
import { SetUpReport } from '../components/SetUpReport';
import { UnitListEditor } from '../components/UnitListEditor';
import { useStrings } from '../i18n/StringsContext';
import { NextStep } from '../components/NextStep';
import { useFocusOn } from '../useFocusOn';
import type { StepProps } from './stepProps';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '10px' },
  start: { display: 'flex', flexDirection: 'column', gap: '6px' },
  section: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: '6px',
  },
  outcome: { display: 'flex', flexDirection: 'column', gap: '6px', outlineOffset: '2px' },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    paddingBlock: '4px',
  },
});

/** Props of {@link CampaignStep}. */
export type CampaignStepProps = StepProps;

/** What the step's last action came to: only the latest is shown. */
type Outcome =
  | { kind: 'loaded'; result: LoadResult }
  | { kind: 'setUp'; result: SetUpResult }
  /** The form holds errors: nothing was set up. */
  | { kind: 'fixFirst' };

/**
 * Step 1, the campaign: start from a seed campaign or from blank (or read the workbook's own), edit
 * it, and set the workbook up; then the next step, one click away.
 * @param props - the step's actions, runner, how to go to an issue and how to move on
 */
export function CampaignStep({ actions, runner, onGoTo, onNext }: StepProps) {
  const { t } = useStrings();
  const styles = useStyles();
  const c = t.campaign;
  const [selected, setSelected] = useState<string | null>(null);
  const [draft, setDraft] = useState<CampaignDraft | null>(null);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // Grows with each outcome: the focus moves to it, which also brings it into view below the form.
  const [outcomes, setOutcomes] = useState(0);
  const show = (next: Outcome | null) => {
    setOutcome(next);
    if (next !== null) setOutcomes((n) => n + 1);
  };
  const focus = useFocusOn<HTMLDivElement>(outcomes);
  const [folds, setFolds] = useState({ clusters: false, units: false, criteria: false });

  const busy = runner.busy !== null;
  const start = (campaign: Campaign) => {
    setDraft(draftFromCampaign(campaign));
    setTouched(new Set());
    setAttempted(false);
  };
  const pick = (id: string) => {
    const campaign = id === BLANK ? blankCampaign(new Date().getFullYear()) : presetById(id);
    if (campaign === undefined) return;
    setSelected(id);
    setOutcome(null);
    start(campaign);
  };
  const load = (workbook: WorkbookActions) => {
    setOutcome(null);
    void runner.run('load', async (onProgress) => {
      const result = await workbook.loadCampaign(onProgress);
      show({ kind: 'loaded', result });
      if (result.campaign !== null) {
        setSelected(null);
        start(result.campaign);
      }
    });
  };

  const reading = draft === null ? null : campaignFromDraft(draft);
  const shown = Object.fromEntries(
    Object.entries(reading?.problems ?? {}).filter(
      ([field]) => attempted || touched.has(field) || field.startsWith('criteria.'),
    ),
  );
  const criteriaProblems = Object.keys(reading?.problems ?? {}).filter((f) =>
    f.startsWith('criteria.'),
  ).length;
  const setUp = (workbook: WorkbookActions) => {
    setAttempted(true);
    const campaign = reading?.campaign ?? null;
    if (campaign === null) {
      show({ kind: 'fixFirst' });
      // Open the folded sections that hold a problem, so the officer sees what to fix.
      setFolds((f) => ({
        ...f,
        units: f.units || (reading?.unitErrors.length ?? 0) > 0,
        criteria: f.criteria || criteriaProblems > 0,
      }));
      return;
    }
    setOutcome(null);
    void runner.run('setUp', async (onProgress) => {
      show({ kind: 'setUp', result: await workbook.setUp(campaign, onProgress) });
    });
  };
  const change = (patch: Partial<CampaignDraft>) => setDraft((d) => (d === null ? d : { ...d, ...patch }));

  return (
    <div className={styles.root}>
      <Body1>{c.intro}</Body1>
      <div className={styles.start}>
        <PresetPicker selected={selected} onPick={pick} disabled={busy} />
        <Button disabled={busy || actions === null} onClick={() => actions !== null && load(actions)}>
          {c.loadFromWorkbook}
        </Button>
      </div>

      {outcome?.kind === 'loaded' && (
        <div ref={focus} tabIndex={-1} className={styles.outcome}>
          <MessageBar intent={outcome.result.campaign === null ? 'warning' : 'info'} layout="multiline">
            <MessageBarBody>
              {outcome.result.campaign === null ? c.nothingToLoad : c.loaded(outcome.result.campaign.name)}
              {outcome.result.campaign !== null &&
                outcome.result.issues.length > 0 &&
                ` ${c.loadedWithIssues(outcome.result.issues.length)}`}
            </MessageBarBody>
          </MessageBar>
          {outcome.result.campaign === null && (
            <IssueList issues={outcome.result.issues} campaign={null} onGoTo={onGoTo} disabled={busy} />
          )}
          {outcome.result.campaign !== null && actions !== null && (
            <NextStep
              firstError={null}
              onGoTo={onGoTo}
              next={{ label: t.next.setUpNow, onClick: () => setUp(actions) }}
              disabled={busy}
            />
          )}
        </div>
      )}

      {draft !== null && reading !== null && (
        <>
          {draft.base.sampleData && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{c.sampleNote}</MessageBarBody>
            </MessageBar>
          )}
          <section className={styles.section} aria-label={c.general}>
            <h2 className={styles.heading}>{c.general}</h2>
            <CampaignFields
              draft={draft}
              problems={shown}
              onChange={change}
              onLeave={(field) => setTouched((s) => new Set(s).add(field))}
              disabled={busy}
            />
          </section>
          <FoldSection
            title={`${c.clusters} (${draft.clusters.length})`}
            open={folds.clusters}
            onToggle={(open) => setFolds((f) => ({ ...f, clusters: open }))}
          >
            <ClusterEditor
              clusters={draft.clusters}
              onRename={(index, code) => setDraft((d) => (d === null ? d : renameCluster(d, index, code)))}
              onChange={(clusters) => change({ clusters })}
              disabled={busy}
            />
          </FoldSection>
          <FoldSection
            title={
              <>
                {c.units} ({reading.units?.length ?? '…'}){' '}
                {reading.unitErrors.length > 0 && (
                  <Badge appearance="filled" color="danger" size="small">
                    {c.linesWithErrors(new Set(reading.unitErrors.map((e) => e.line)).size)}
                  </Badge>
                )}
              </>
            }
            open={folds.units}
            onToggle={(open) => setFolds((f) => ({ ...f, units: open }))}
          >
            <UnitListEditor
              text={draft.unitsText}
              errors={reading.unitErrors}
              unitCount={reading.units?.length ?? 0}
              onChange={(unitsText) => change({ unitsText })}
              disabled={busy}
            />
          </FoldSection>
          <FoldSection
            title={
              <>
                {c.criteria} ({draft.criteria.length}){' '}
                {criteriaProblems > 0 && (
                  <Badge appearance="filled" color="danger" size="small">
                    {c.fieldsWithErrors(criteriaProblems)}
                  </Badge>
                )}
              </>
            }
            open={folds.criteria}
            onToggle={(open) => setFolds((f) => ({ ...f, criteria: open }))}
          >
            <CriteriaEditor
              criteria={draft.criteria}
              problems={reading.problems}
              scale={Number(draft.scale.replace(',', '.')) || null}
              onChange={(criteria) => change({ criteria })}
              disabled={busy}
            />
          </FoldSection>
          <Button
            appearance="primary"
            disabled={busy || actions === null}
            onClick={() => actions !== null && setUp(actions)}
          >
            {c.setUp}
          </Button>
          {outcome?.kind === 'fixFirst' && reading.campaign === null && (
            <div ref={focus} tabIndex={-1} className={styles.outcome}>
              <MessageBar intent="error" layout="multiline">
                <MessageBarBody>{c.fixFirst}</MessageBarBody>
              </MessageBar>
            </div>
          )}
          {outcome?.kind === 'setUp' && (
            <div ref={focus} tabIndex={-1} className={styles.outcome}>
              <SetUpReport
                result={outcome.result}
                onGoTo={onGoTo}
                next={onNext === null ? null : { label: t.next.toRegistrations, onClick: onNext }}
                disabled={busy}
              />
            </div>
          )}
        </>
      )}
    </div>
  );
}
