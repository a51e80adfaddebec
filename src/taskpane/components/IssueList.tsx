import { Button, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Campaign, Severity } from '../../domain/model';
import type { CheckedIssue } from '../../workflow';
import { useStrings } from '../i18n/StringsContext';
import { IssueItem } from './IssueItem';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: '4px' },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  group: { margin: '4px 0 0', fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: {
    listStyleType: 'none',
    margin: 0,
    paddingLeft: '8px',
    borderLeft: `2px solid ${tokens.colorNeutralStroke2}`,
  },
});

/** Issues shown per severity before "show more": thousands of buttons would stall the pane. */
const PAGE = 200;

/** Props of {@link IssueList}. */
export interface IssueListProps {
  issues: readonly CheckedIssue[];
  /** For unit names; null when the campaign could not be read. */
  campaign: Campaign | null;
  onGoTo: (issue: CheckedIssue) => void;
  disabled: boolean;
  /** Lists only the issues of this severity: a step shows its errors before its results, warnings after. */
  only?: Severity;
}

interface UnitGroup {
  unit: string | null;
  issues: CheckedIssue[];
}

function byUnit(issues: readonly CheckedIssue[]): UnitGroup[] {
  const groups = new Map<string | null, CheckedIssue[]>();
  for (const issue of issues) groups.set(issue.unit, [...(groups.get(issue.unit) ?? []), issue]);
  // Issues of no unit (a missing table, a setting) come first: they often explain the rest.
  return [...groups]
    .map(([unit, list]) => ({ unit, issues: list }))
    .sort((a, b) => (a.unit === null ? -1 : b.unit === null ? 1 : 0));
}

/**
 * Issues grouped by severity (errors first) and, within each, by unit.
 * @param props - the issues, the campaign for unit names, what a click does, whether actions are off,
 *   and which severity alone to list
 */
export function IssueList({ issues, campaign, onGoTo, disabled, only }: IssueListProps) {
  const { t } = useStrings();
  const styles = useStyles();
  const [limit, setLimit] = useState(PAGE);
  const names = new Map((campaign?.units ?? []).map((u) => [u.code, u.name]));
  const severities: { severity: Severity; title: string }[] = [
    { severity: 'error' as const, title: t.check.errors },
    { severity: 'warning' as const, title: t.check.warnings },
  ].filter(({ severity }) => only === undefined || severity === only);
  return (
    <>
      {severities.map(({ severity, title }) => {
        const all = issues.filter((i) => i.severity === severity);
        if (all.length === 0) return null;
        const shown = all.slice(0, limit);
        return (
          <section key={severity} className={styles.section} aria-label={`${title} (${all.length})`}>
            <Subtitle2 as="h3" className={severity === 'error' ? styles.error : styles.warning}>
              {title} ({all.length})
            </Subtitle2>
            {byUnit(shown).map(({ unit, issues: group }) => {
              const heading =
                unit === null ? t.check.generalGroup : t.check.unitGroup(unit, names.get(unit) ?? null);
              return (
                <div key={unit ?? ''}>
                  <h4 className={styles.group}>
                    {heading} ({group.length})
                  </h4>
                  <ul className={styles.list} aria-label={heading}>
                    {group.map((issue, index) => (
                      <IssueItem
                        key={`${issue.code}-${issue.table}-${issue.row ?? ''}-${issue.column ?? ''}-${index}`}
                        issue={issue}
                        onGoTo={onGoTo}
                        disabled={disabled}
                      />
                    ))}
                  </ul>
                </div>
              );
            })}
            {shown.length < all.length && (
              <Button appearance="secondary" onClick={() => setLimit(limit + PAGE)}>
                {t.check.showMore(shown.length, all.length)}
              </Button>
            )}
          </section>
        );
      })}
    </>
  );
}
