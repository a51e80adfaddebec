import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { Welcome } from './Welcome';
import type { PaneEnvironment } from './environment';

/** The pane's root: theme and the first screen. */
export function Root({ environment }: { environment: PaneEnvironment }) {
  return (
    <FluentProvider theme={webLightTheme}>
      <Welcome environment={environment} />
    </FluentProvider>
  );
}
