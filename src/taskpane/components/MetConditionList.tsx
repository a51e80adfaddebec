import { makeStyles, tokens } from '@fluentui/react-components';
import type { PastRunExplanation } from '../../domain/history';
import { useStrings } from '../i18n/StringsContext';

const useStyles = makeStyles({
  root: { fontSize: tokens.fontSizeBase200 },
  summary: { cursor: 'pointer', fontWeight: tokens.fontWeightSemibold, paddingBlock: '4px' },
  source: { color: tokens.colorNeutralForeground3, margin: '4px 0' },
  list: { margin: 0, paddingLeft: '18px', display: 'flex', flexDirection: 'column', gap: '6px' },
});

/** Props of {@link MetConditionList}. */
export interface MetConditionListProps {
  met: readonly PastRunExplanation[];
}

/**
 * The conditions on earlier years that registrations meet (CSTĐCS three years in a row for a CSTĐ
 * bộ), each with its years and decisions, folded under one heading: what the council reads beside
 * the errors to see why a registration passed.
 * @param props - the met conditions
 */
export function MetConditionList({ met }: MetConditionListProps) {
  const { t, language } = useStrings();
  const styles = useStyles();
  if (met.length === 0) return null;
  return (
    <details className={styles.root}>
      <summary className={styles.summary}>{t.registrations.met(met.length)}</summary>
      <p className={styles.source}>{t.registrations.metSource}</p>
      <ul className={styles.list}>
        {met.map((m) => (
          <li key={`${m.row}-${m.title}-${m.vi}`}>{language === 'vi' ? m.vi : m.en}</li>
        ))}
      </ul>
    </details>
  );
}
