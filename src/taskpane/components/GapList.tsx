import { Badge, Subtitle2, makeStyles } from '@fluentui/react-components';
import type { ScoreGap } from '../../workflow';
import { formatNumber } from '../_lib/numbers';
import { useStrings } from '../i18n/StringsContext';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: '18px', display: 'flex', flexDirection: 'column', gap: '4px' },
});

/** Props of {@link GapList}. */
export interface GapListProps {
  gaps: readonly ScoreGap[];
  /** The gap above which the council needs a reason, or null. */
  threshold: number | null;
}

/**
 * The units whose self-score differs most from the reviewed score, largest first.
 * @param props - the gaps and the campaign's threshold
 */
export function GapList({ gaps, threshold }: GapListProps) {
  const { t } = useStrings();
  const styles = useStyles();
  const s = t.scores;
  const n = (value: number) => formatNumber(value, t.locale);
  return (
    <section aria-label={s.gaps}>
      <Subtitle2 as="h3">{s.gaps}</Subtitle2>
      {gaps.length === 0 ? (
        <p>{s.noGaps}</p>
      ) : (
        <ul className={styles.list}>
          {gaps.map((gap) => (
            <li key={gap.unit}>
              <strong>{gap.name}</strong>: {s.gap(n(gap.selfTotal), n(gap.reviewedTotal), n(gap.gap))}
              {gap.overThreshold && threshold !== null && (
                <>
                  {' '}
                  <Badge appearance="filled" color="danger" size="small">
                    {s.overThreshold(n(threshold))}
                  </Badge>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
