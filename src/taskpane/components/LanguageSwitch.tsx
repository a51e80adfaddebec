import { Switch } from '@fluentui/react-components';
import type { Language } from '../i18n';
import { useStrings } from '../i18n/StringsContext';

/** Props of {@link LanguageSwitch}. */
export interface LanguageSwitchProps {
  onChange: (language: Language) => void;
}

/**
 * Switches the pane between Vietnamese and English; the workbook itself stays Vietnamese.
 * @param props - what a switch does
 */
export function LanguageSwitch({ onChange }: LanguageSwitchProps) {
  const { t, language } = useStrings();
  return (
    <Switch
      label={t.app.languageSwitch}
      title={t.app.languageSwitchHint}
      checked={language === 'en'}
      onChange={(_, data) => onChange(data.checked ? 'en' : 'vi')}
    />
  );
}
