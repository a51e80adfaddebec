import { useEffect, useState } from 'react';
import type { WorkbookActions } from '../workflow';

/**
 * What the pane knows of the workbook's changes: a count that grows with each one, and whether the
 * workbook tells of them. A result taken at an earlier count is out of date.
 */
export interface WorkbookChanges {
  /** Grows by one with each change heard of (or, without events, each time the pane may have missed one). */
  version: number;
  /**
   * `live`: the workbook tells of each change, so results can follow it; `unknown`: it cannot, so a
   * result may be out of date without the pane knowing; `pending` while the pane asks which.
   */
  watch: 'live' | 'unknown' | 'pending';
}

/**
 * Follows the workbook's changes. Where the host cannot tell of them (an Excel without the events),
 * the pane counts a change each time it gets the focus back: the officer was in the workbook and may
 * have changed it, so what the pane shows is marked as possibly out of date.
 * @param actions - the workbook's actions, or null when none is connected
 * @returns the count of changes and how they are heard of
 * @example
 * const changes = useWorkbookChanges(actions);
 * const stale = result.version < changes.version;
 */
export function useWorkbookChanges(actions: WorkbookActions | null): WorkbookChanges {
  const [version, setVersion] = useState(0);
  const [watch, setWatch] = useState<WorkbookChanges['watch']>('pending');

  useEffect(() => {
    if (actions === null) return undefined;
    let ended = false;
    let stop: (() => Promise<void>) | null = null;
    const bump = (): void => setVersion((v) => v + 1);
    const withoutEvents = (): void => {
      setWatch('unknown');
      window.addEventListener('focus', bump);
    };
    actions.watchChanges(bump).then(
      (stopWatching) => {
        if (stopWatching === null) {
          if (!ended) withoutEvents();
          return;
        }
        if (ended) {
          void stopWatching();
          return;
        }
        stop = stopWatching;
        setWatch('live');
      },
      // Registering failed: the pane works as without events and says its results may be out of date.
      () => {
        if (!ended) withoutEvents();
      },
    );
    return () => {
      ended = true;
      window.removeEventListener('focus', bump);
      if (stop !== null) void stop();
    };
  }, [actions]);

  return { version, watch };
}
