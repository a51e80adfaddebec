import { Body1, Caption1, Title3, makeStyles, tokens } from '@fluentui/react-components';
import type { PaneEnvironment } from '../environment';
import type { Language } from '../i18n';
import { useStrings } from '../i18n/StringsContext';
import { LanguageSwitch } from './LanguageSwitch';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '2px' },
  top: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    flexWrap: 'wrap',
    gap: '4px',
  },
  brand: { color: tokens.colorPaletteRedForeground1, margin: 0 },
  where: { color: tokens.colorNeutralForeground3 },
});

/** Props of {@link PaneHeader}. */
export interface PaneHeaderProps {
  environment: PaneEnvironment;
  onLanguageChange: (language: Language) => void;
}

/**
 * The pane's name, where it runs, and the language switch.
 * @param props - the environment and what a language switch does
 */
export function PaneHeader({ environment, onLanguageChange }: PaneHeaderProps) {
  const { t } = useStrings();
  const styles = useStyles();
  const where =
    environment.inOffice && environment.host !== null
      ? t.app.inOffice(environment.host, environment.platform)
      : t.app.outsideOffice;
  return (
    <header className={styles.root}>
      <div className={styles.top}>
        <Title3 as="h1" className={styles.brand}>
          {t.app.title}
        </Title3>
        <LanguageSwitch onChange={onLanguageChange} />
      </div>
      <Body1>{t.app.tagline}</Body1>
      <Caption1 className={styles.where} aria-label={where}>
        {where}
      </Caption1>
    </header>
  );
}
