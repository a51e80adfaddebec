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
import type { CheckedIssue, LoadResult, SetUpResult, WorkbookActions } from '../../workflow';
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
import type { Runner } from '../useRunner';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '10px' },
  start: { display: 'flex', flexDirection: 'column', gap: '6px' },
  section: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: '6px',
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    paddingBlock: '4px',
  },
});

/** Props of {@link CampaignStep}. */
export interface CampaignStepProps {
  /** The workbook's actions, or null when no workbook is connected. */
  actions: WorkbookActions | null;
  runner: Runner;
  onGoTo: (issue: CheckedIssue) => void;
}

/**
 * Step 1, the campaign: start from a seed campaign or from blank (or read the workbook's own), edit
 * it, and set the workbook up.
 * @param props - the actions, the pane's runner and how to go to an issue
 */
export function CampaignStep({ actions, runner, onGoTo }: CampaignStepProps) {
  const { t } = useStrings();
  const styles = useStyles();
  const c = t.campaign;
  const [selected, setSelected] = useState<string | null>(null);
  const [draft, setDraft] = useState<CampaignDraft | null>(null);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const [setUpResult, setSetUpResult] = useState<SetUpResult | null>(null);
  const [loaded, setLoaded] = useState<LoadResult | null>(null);
  const [folds, setFolds] = useState({ clusters: false, units: false, criteria: false });

  const busy = runner.busy !== null;
  const start = (campaign: Campaign) => {
    setDraft(draftFromCampaign(campaign));
    setTouched(new Set());
    setAttempted(false);
    setSetUpResult(null);
  };
  const pick = (id: string) => {
    const campaign = id === BLANK ? blankCampaign(new Date().getFullYear()) : presetById(id);
    if (campaign === undefined) return;
    setSelected(id);
    setLoaded(null);
    start(campaign);
  };
  const load = (workbook: WorkbookActions) => {
    void runner.run('load', async () => {
      const result = await workbook.loadCampaign();
      setLoaded(result);
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
      // Open the folded sections that hold a problem, so the officer sees what to fix.
      setFolds((f) => ({
        ...f,
        units: f.units || (reading?.unitErrors.length ?? 0) > 0,
        criteria: f.criteria || criteriaProblems > 0,
      }));
      return;
    }
    void runner.run('setUp', async () => {
      setSetUpResult(await workbook.setUp(campaign));
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

      {loaded !== null && (
        <MessageBar intent={loaded.campaign === null ? 'warning' : 'info'} layout="multiline">
          <MessageBarBody>
            {loaded.campaign === null ? c.nothingToLoad : c.loaded(loaded.campaign.name)}
            {loaded.campaign !== null &&
              loaded.issues.length > 0 &&
              ` ${c.loadedWithIssues(loaded.issues.length)}`}
          </MessageBarBody>
        </MessageBar>
      )}
      {loaded !== null && loaded.campaign === null && (
        <IssueList issues={loaded.issues} campaign={null} onGoTo={onGoTo} disabled={busy} />
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
          {attempted && reading.campaign === null && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>{c.fixFirst}</MessageBarBody>
            </MessageBar>
          )}
          <Button
            appearance="primary"
            disabled={busy || actions === null}
            onClick={() => actions !== null && setUp(actions)}
          >
            {c.setUp}
          </Button>
          {setUpResult !== null && <SetUpReport result={setUpResult} onGoTo={onGoTo} disabled={busy} />}
        </>
      )}
    </div>
  );
}
