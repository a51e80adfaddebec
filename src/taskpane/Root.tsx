import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { createWorkbookActions, type WorkbookActions, type WorkbookHost } from '../workflow';
import type { PaneEnvironment } from './environment';
import type { Language } from './i18n';
import { languageFor, STRINGS } from './i18n';
import { StringsContext } from './i18n/StringsContext';
import { Pane } from './Pane';

/** Props of {@link Root}. */
export interface RootProps {
  environment: PaneEnvironment;
  /** The workbook's actions; wins over `host`. */
  actions?: WorkbookActions;
  /** A workbook host to build the actions over (the workbench's in-memory host, a test's fake). */
  host?: WorkbookHost;
}

/**
 * The pane's root: theme, language (Office's display language, Vietnamese by default) and the pane.
 * Without `actions` or `host` no workbook is connected and the pane says so.
 * @param props - the environment and, optionally, the workbook's actions or host
 */
export function Root({ environment, actions, host }: RootProps) {
  const [language, setLanguage] = useState<Language>(() => languageFor(environment.language));
  const connected = useMemo(
    () => actions ?? (host === undefined ? null : createWorkbookActions(host)),
    [actions, host],
  );
  const strings = useMemo(() => ({ language, t: STRINGS[language] }), [language]);
  return (
    <FluentProvider theme={webLightTheme} lang={strings.t.locale}>
      <StringsContext.Provider value={strings}>
        <Pane environment={environment} actions={connected} onLanguageChange={setLanguage} />
      </StringsContext.Provider>
    </FluentProvider>
  );
}
