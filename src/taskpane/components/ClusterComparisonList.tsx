import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { ClusterComparison } from '../../domain/rank';
import { formatNumber } from '../_lib/numbers';
import { useStrings } from '../i18n/StringsContext';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: '8px',
  },
  card: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: '6px 8px',
  },
  name: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  figures: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: '8px',
    rowGap: '2px',
    margin: '4px 0 0',
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0 },
});

/**
 * The cluster comparison as cards that fit a narrow pane: leader, mean, spread and margin of each cluster.
 * @param props - the comparison rows
 */
export function ClusterComparisonList({ clusters }: { clusters: readonly ClusterComparison[] }) {
  const { t } = useStrings();
  const styles = useStyles();
  const s = t.summary;
  const n = (value: number | null) => formatNumber(value, t.locale, s.none);
  return (
    <ul className={styles.list} aria-label={s.comparison}>
      {clusters.map((c) => (
        <li key={c.cluster} className={styles.card}>
          <h4 className={styles.name}>{c.name}</h4>
          <Caption1>{s.scored(c.scored, c.units)}</Caption1>
          <dl className={styles.figures}>
            <dt className={styles.term}>{s.leader}</dt>
            <dd className={styles.value}>
              {c.leaderName === null ? s.none : `${c.leaderName} (${n(c.max)})`}
            </dd>
            <dt className={styles.term}>{s.mean}</dt>
            <dd className={styles.value}>{n(c.mean)}</dd>
            <dt className={styles.term}>{s.spread}</dt>
            <dd className={styles.value}>{n(c.spread)}</dd>
            <dt className={styles.term}>{s.margin}</dt>
            <dd className={styles.value}>{n(c.margin)}</dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}
