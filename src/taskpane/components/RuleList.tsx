import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import type { RuleExplanation, RuleSet } from '../../domain/rules';
import { isoToDisplay } from '../_lib/dates';
import { useStrings } from '../i18n/StringsContext';

const useStyles = makeStyles({
  root: { fontSize: tokens.fontSizeBase200 },
  summary: { cursor: 'pointer', fontWeight: tokens.fontWeightSemibold, paddingBlock: '4px' },
  list: { margin: 0, paddingLeft: '18px', display: 'flex', flexDirection: 'column', gap: '6px' },
  source: { color: tokens.colorNeutralForeground3 },
});

/** Props of {@link RuleList}. */
export interface RuleListProps {
  ruleSet: RuleSet | null;
  rules: readonly RuleExplanation[];
}

/**
 * The rules of the campaign's rule set, each with its legal source, folded under one heading.
 * @param props - the rule set and its explained rules
 */
export function RuleList({ ruleSet, rules }: RuleListProps) {
  const { t, language } = useStrings();
  const styles = useStyles();
  if (ruleSet === null || rules.length === 0) return null;
  const name = language === 'vi' ? ruleSet.name : ruleSet.nameEn;
  const inForce = t.campaign.ruleSetOption(
    name,
    isoToDisplay(ruleSet.inForce.from),
    ruleSet.inForce.to === null ? null : isoToDisplay(ruleSet.inForce.to),
  );
  return (
    <details className={styles.root}>
      <summary className={styles.summary}>{t.check.rules(inForce)}</summary>
      <ul className={styles.list}>
        {rules.map((rule) => (
          <li key={rule.code}>
            {language === 'vi' ? rule.vi : rule.en}{' '}
            <span className={styles.source}>
              {/* The badge says "not verified" in the pane's language; sourceText says it in Vietnamese. */}
              {t.check.source(
                rule.source.article === null
                  ? rule.source.document
                  : `${rule.source.document}, ${rule.source.article}`,
              )}
            </span>
            {rule.source.tag === 'unverified' && (
              <>
                {' '}
                <Badge appearance="outline" color="warning" size="small">
                  {t.check.unverified}
                </Badge>
              </>
            )}
            {rule.source.tag === 'chosen' && (
              <>
                {' '}
                <Badge appearance="outline" color="informative" size="small">
                  {t.check.chosen}
                </Badge>
              </>
            )}
            {!rule.checkable && <div className={styles.source}>{t.check.notCheckable}</div>}
          </li>
        ))}
      </ul>
    </details>
  );
}
