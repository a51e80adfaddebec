import { act, configure, fireEvent, render, screen } from '@testing-library/react';
import type { WorkbookActions } from '../../../src/workflow';
import type { PaneEnvironment } from '../../../src/taskpane/environment';
import { preloadSteps } from '../../../src/taskpane/Pane';
import { Root } from '../../../src/taskpane/Root';

// Fluent renders slowly under jsdom; on a loaded machine the default 1 s wait of findBy* is too short,
// and a check's whole result (issues, ranking, rules) can take longer than a test's default 5 s.
configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(120_000);

/** Excel on Windows in Vietnamese, unless a test says otherwise. */
export const EXCEL_VI: PaneEnvironment = { inOffice: true, host: 'Excel', platform: 'PC', language: 'vi-VN' };

/**
 * Renders the pane with the given actions (none: no workbook connected), once it has asked the
 * workbook whether it tells of its changes (the pane's first update after mounting) and every step's
 * code has arrived (the pane fetches it once its first screen is up).
 * @returns what `render` returns
 */
export async function renderPane(actions?: WorkbookActions, environment: PaneEnvironment = EXCEL_VI) {
  const rendered = render(<Root environment={environment} actions={actions} />);
  await act(async () => {
    await preloadSteps();
    await Promise.resolve();
  });
  return rendered;
}

/** Opens a step's tab by its (partial) name. */
export function openStep(name: RegExp): void {
  fireEvent.click(screen.getByRole('tab', { name }));
}
