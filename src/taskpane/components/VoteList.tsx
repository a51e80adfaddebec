import { Subtitle2, makeStyles } from '@fluentui/react-components';
import type { CouncilCheck } from '../../workflow';
import { useStrings } from '../i18n/StringsContext';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: '18px', display: 'flex', flexDirection: 'column', gap: '4px' },
});

/**
 * The council's vote, title by title: each candidate's result with its numbers (members present, votes for
 * over the base, the share needed), as the `Hội đồng` sheet computes it. Nothing while no vote is counted.
 * @param props - the council check
 */
export function VoteList({ council }: { council: CouncilCheck }) {
  const { t } = useStrings();
  const styles = useStyles();
  const s = t.scores;
  if (council.titles.length === 0) return null;
  return (
    <section aria-label={s.votes}>
      <Subtitle2 as="h3">{s.votes}</Subtitle2>
      <p>{s.attendance(council.attendance.present, council.attendance.members)}</p>
      {council.titles.map((title) => (
        <section key={title.title} aria-label={title.name}>
          <strong>{title.name}</strong>
          <ul className={styles.list}>
            {title.results.map((result) => (
              <li key={result.row}>
                <strong>{s.voteOf(result.candidate, result.label)}</strong>
                {result.reason === '' ? null : <> — {result.reason}</>}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
