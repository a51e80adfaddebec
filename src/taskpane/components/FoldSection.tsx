import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  root: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: '6px' },
  summary: { cursor: 'pointer', fontWeight: tokens.fontWeightSemibold, paddingBlock: '4px' },
  body: { display: 'flex', flexDirection: 'column', gap: '8px', paddingTop: '4px' },
});

/** Props of {@link FoldSection}. */
export interface FoldSectionProps {
  /** The heading, always shown. */
  title: ReactNode;
  open: boolean;
  onToggle: (open: boolean) => void;
  children: ReactNode;
}

/**
 * A section that folds: a native disclosure (keyboard and screen readers know it) whose content is
 * rendered only while open, so a long criteria table costs nothing while folded.
 * @param props - heading, state and content
 */
export function FoldSection({ title, open, onToggle, children }: FoldSectionProps) {
  const styles = useStyles();
  return (
    <details className={styles.root} open={open}>
      <summary
        className={styles.summary}
        onClick={(event) => {
          // The state, not the browser, decides: the content is only rendered while open.
          event.preventDefault();
          onToggle(!open);
        }}
      >
        {title}
      </summary>
      {open && <div className={styles.body}>{children}</div>}
    </details>
  );
}
