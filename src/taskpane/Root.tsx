import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { WorkbookActions } from '../workflow';
import type { PaneEnvironment } from './environment';
import type { Language } from './i18n';
import { languageFor, STRINGS } from './i18n';
import { StringsContext } from './i18n/StringsContext';
import { Pane } from './Pane';

/** Props of {@link Root}. */
export interface RootProps {
  environment: PaneEnvironment;
  /** The workbook's actions (over Excel, the workbench's in-memory host or a test's fake). */
  actions?: WorkbookActions;
}

/**
 * The pane's root: theme, language (Office's display language, Vietnamese by default) and the pane.
 * Without `actions` no workbook is connected and the pane says so. The pane's code does not import
 * the workflow itself (only its types): the actions come from the entry, in a chunk of their own.
 * @param props - the environment and, optionally, the workbook's actions
 */
export function Root({ environment, actions }: RootProps) {
  const [language, setLanguage] = useState<Language>(() => languageFor(environment.language));
  const connected = actions ?? null;
  const strings = useMemo(() => ({ language, t: STRINGS[language] }), [language]);
  return (
    <FluentProvider theme={webLightTheme} lang={strings.t.locale}>
      <StringsContext.Provider value={strings}>
        <Pane environment={environment} actions={connected} onLanguageChange={setLanguage} />
      </StringsContext.Provider>
    </FluentProvider>
  );
}
