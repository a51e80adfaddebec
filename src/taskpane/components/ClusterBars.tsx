import { makeStyles, tokens } from '@fluentui/react-components';
import type { ClusterComparison } from '../../domain/rank';
import { formatNumber } from '../_lib/numbers';
import { useStrings } from '../i18n/StringsContext';

const useStyles = makeStyles({
  figure: { margin: 0, display: 'flex', flexDirection: 'column', gap: '6px' },
  row: { display: 'flex', flexDirection: 'column', gap: '2px', fontSize: tokens.fontSizeBase200 },
  track: {
    position: 'relative',
    height: '14px',
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusSmall,
  },
  max: {
    position: 'absolute',
    insetBlock: 0,
    left: 0,
    backgroundColor: tokens.colorBrandStroke2,
    borderRadius: tokens.borderRadiusSmall,
  },
  mean: {
    position: 'absolute',
    top: '3px',
    bottom: '3px',
    left: 0,
    backgroundColor: tokens.colorBrandBackground,
    borderRadius: tokens.borderRadiusSmall,
  },
  legend: {
    display: 'flex',
    gap: '12px',
    fontSize: tokens.fontSizeBase100,
    color: tokens.colorNeutralForeground3,
  },
  swatchMean: {
    display: 'inline-block',
    width: '10px',
    height: '8px',
    backgroundColor: tokens.colorBrandBackground,
  },
  swatchMax: {
    display: 'inline-block',
    width: '10px',
    height: '8px',
    backgroundColor: tokens.colorBrandBackground2,
  },
});

/** Props of {@link ClusterBars}. */
export interface ClusterBarsProps {
  clusters: readonly ClusterComparison[];
  /** Full width of a bar, in points: the campaign's scale. */
  scale: number;
}

/**
 * A small bar chart of the clusters: the mean total as a dark bar over the highest as a light one,
 * both against the campaign's scale. Each row carries its figures as its accessible name.
 * @param props - the cluster comparison and the scale
 */
export function ClusterBars({ clusters, scale }: ClusterBarsProps) {
  const { t } = useStrings();
  const styles = useStyles();
  const s = t.summary;
  const scored = clusters.filter((c) => c.mean !== null);
  const top = Math.max(scale, ...scored.map((c) => c.max ?? 0));
  const width = (value: number | null): string =>
    `${Math.max(0, Math.min(100, ((value ?? 0) / top) * 100))}%`;
  return (
    <figure className={styles.figure} aria-label={s.chart}>
      {scored.map((c) => {
        const label = s.chartRow(c.name, formatNumber(c.mean, t.locale), formatNumber(c.max, t.locale));
        return (
          <div key={c.cluster} className={styles.row} role="img" aria-label={label}>
            <span aria-hidden="true">{label}</span>
            <div className={styles.track} aria-hidden="true">
              <div className={styles.max} style={{ width: width(c.max) }} />
              <div className={styles.mean} style={{ width: width(c.mean) }} />
            </div>
          </div>
        );
      })}
      <figcaption className={styles.legend}>
        <span>
          <span className={styles.swatchMean} /> {s.mean}
        </span>
        <span>
          <span className={styles.swatchMax} /> {s.max}
        </span>
      </figcaption>
    </figure>
  );
}
