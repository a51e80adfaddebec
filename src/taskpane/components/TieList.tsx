import { Badge, Subtitle2, makeStyles } from '@fluentui/react-components';
import type { TieGroup } from '../../workflow';
import { formatNumber } from '../_lib/numbers';
import { useStrings } from '../i18n/StringsContext';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: '18px', display: 'flex', flexDirection: 'column', gap: '4px' },
});

/**
 * The ties the tie-break chain could not separate: the council votes on each.
 * @param props - the tie groups
 */
export function TieList({ ties }: { ties: readonly TieGroup[] }) {
  const { t } = useStrings();
  const styles = useStyles();
  const s = t.scores;
  return (
    <section aria-label={s.ties}>
      <Subtitle2 as="h3">{s.ties}</Subtitle2>
      {ties.length === 0 ? (
        <p>{s.noTies}</p>
      ) : (
        <ul className={styles.list}>
          {ties.map((tie) => (
            <li key={`${tie.cluster}-${tie.rank}`}>
              <strong>{s.tie(tie.clusterName, tie.rank)}</strong>
              {tie.forFirstPlace && (
                <>
                  {' '}
                  <Badge appearance="filled" color="warning" size="small">
                    {s.tieForLead}
                  </Badge>
                </>
              )}
              : {tie.units.map((u) => `${u.name} (${formatNumber(u.total, t.locale)})`).join('; ')}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
