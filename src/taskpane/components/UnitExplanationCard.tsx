import { Button, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { UnitExplanation } from '../../workflow';
import { useStrings } from '../i18n/StringsContext';

const useStyles = makeStyles({
  card: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: '8px',
    display: 'flex',
    flexDirection: 'column',
    gap: '6px',
  },
  list: { margin: 0, paddingLeft: '18px', display: 'flex', flexDirection: 'column', gap: '4px' },
  failed: { color: tokens.colorPaletteRedForeground1 },
});

/** Props of {@link UnitExplanationCard}. */
export interface UnitExplanationCardProps {
  explanation: UnitExplanation;
  onClose: () => void;
}

/**
 * Why a unit stands where it does, sentence by sentence as the council reads it (the same words as
 * `thidua explain`); a failed condition is marked so the eye finds it.
 * @param props - the explanation, and how to close it
 */
export function UnitExplanationCard({ explanation, onClose }: UnitExplanationCardProps) {
  const { t } = useStrings();
  const styles = useStyles();
  const title = t.scores.explanationOf(explanation.name);
  return (
    <section className={styles.card} aria-label={title}>
      <Subtitle2 as="h4">{title}</Subtitle2>
      <ul className={styles.list}>
        {explanation.sentences.map((sentence, i) => (
          <li key={i} className={/: không đạt — /.test(sentence) ? styles.failed : undefined}>
            {sentence}
          </li>
        ))}
      </ul>
      <Button size="small" onClick={onClose}>
        {t.scores.closeExplanation}
      </Button>
    </section>
  );
}
