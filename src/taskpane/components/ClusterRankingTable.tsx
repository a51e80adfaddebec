import { Badge, Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { ClusterRanking } from '../../domain/rank';
import { formatNumber } from '../_lib/numbers';
import { useStrings } from '../i18n/StringsContext';

const useStyles = makeStyles({
  table: { width: '100%', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  caption: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, paddingBlock: '4px' },
  head: { textAlign: 'left', borderBottom: `1px solid ${tokens.colorNeutralStroke1}`, padding: '2px 4px' },
  cell: { borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, padding: '3px 4px', verticalAlign: 'top' },
  rowHead: { fontWeight: tokens.fontWeightRegular, textAlign: 'left' },
  number: { textAlign: 'right', whiteSpace: 'nowrap' },
  leading: { backgroundColor: tokens.colorPaletteGreenBackground1 },
  detail: { display: 'block', color: tokens.colorNeutralForeground3 },
  leader: { display: 'block', paddingBlock: '2px' },
  // A transparent button, not a link: Fluent draws its focus ring, which a link lacks.
  explain: {
    minWidth: 0,
    height: 'auto',
    padding: '0 2px',
    justifyContent: 'flex-start',
    textAlign: 'left',
    fontWeight: tokens.fontWeightRegular,
    textDecorationLine: 'underline',
  },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
});

/** Props of {@link ClusterRankingTable}. */
export interface ClusterRankingTableProps {
  ranking: ClusterRanking;
  /** Asks for a unit's explanation, by code; absent, unit names are plain text. */
  onExplain?: (unit: string) => void;
  /** The unit whose explanation is open, by code. */
  selected?: string | null;
}

/**
 * One cluster's ranking, as the scoring sheet's formulas compute it: rank, unit, total and proposal,
 * with the leading unit named above. Each unit's name opens the explanation of its result.
 * @param props - the cluster's ranking, and how to ask for a unit's explanation
 */
export function ClusterRankingTable({ ranking, onExplain, selected = null }: ClusterRankingTableProps) {
  const { t } = useStrings();
  const styles = useStyles();
  const s = t.scores;
  const leaders = ranking.units.filter((u) => u.rank === 1);
  return (
    <div>
      <Caption1 className={styles.leader}>
        {leaders.length === 0
          ? `${ranking.name}: ${s.noLeader}`
          : `${ranking.name} — ${s.leader}: ${leaders.map((u) => `${u.name} (${formatNumber(u.total, t.locale)})`).join('; ')}`}
      </Caption1>
      <table className={styles.table}>
        <caption className={styles.caption}>{s.rankingOf(ranking.name)}</caption>
        <thead>
          <tr>
            <th scope="col" className={styles.head}>
              {s.rank}
            </th>
            <th scope="col" className={styles.head}>
              {s.unit}
            </th>
            <th scope="col" className={`${styles.head} ${styles.number}`}>
              {s.total}
            </th>
          </tr>
        </thead>
        <tbody>
          {ranking.units.map((unit) => (
            <tr
              key={unit.unit}
              className={
                [unit.leading ? styles.leading : '', selected === unit.unit ? styles.selected : '']
                  .filter(Boolean)
                  .join(' ') || undefined
              }
              aria-selected={onExplain === undefined ? undefined : selected === unit.unit}
            >
              <td className={styles.cell}>
                {unit.rank ?? '—'}
                {unit.tied && (
                  <>
                    {' '}
                    <Badge appearance="outline" color="warning" size="small">
                      {s.tied}
                    </Badge>
                  </>
                )}
              </td>
              <th scope="row" className={`${styles.cell} ${styles.rowHead}`}>
                {onExplain === undefined ? (
                  unit.name
                ) : (
                  <Button
                    appearance="transparent"
                    size="small"
                    className={styles.explain}
                    onClick={() => onExplain(unit.unit)}
                    aria-label={s.explainUnit(unit.name)}
                  >
                    {unit.name}
                  </Button>
                )}
                {unit.proposal !== '' && (
                  <span className={styles.detail}>
                    {s.proposal}: {unit.proposal}
                  </span>
                )}
              </th>
              <td className={`${styles.cell} ${styles.number}`}>
                {unit.total === null ? s.unscored : formatNumber(unit.total, t.locale)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
