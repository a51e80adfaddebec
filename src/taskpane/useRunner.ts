import { useCallback, useRef, useState } from 'react';
import type { OnProgress, Progress } from '../workflow';
import type { Strings } from './i18n';

/** The actions the pane runs, named as the catalogue words them (`run.what`). */
export type RunKey = keyof Strings['run']['what'];

/** A failed action: which one, and the message of what went wrong. */
export interface RunFailure {
  what: RunKey;
  message: string | null;
}

/** One action at a time: what runs and how far it is, what failed, and how to start one. */
export interface Runner {
  /** The action running, or null when idle. */
  busy: RunKey | null;
  /** The step the running action told last, or null before it told one. */
  progress: Progress | null;
  failure: RunFailure | null;
  /**
   * Runs `work` unless another action is running; a failure is kept for the pane to show, never thrown.
   * `work` is handed the listener that shows its steps.
   * @returns what `work` returned, or undefined when it failed or did not run
   */
  run: <T>(what: RunKey, work: (onProgress: OnProgress) => Promise<T>) => Promise<T | undefined>;
  dismiss: () => void;
}

function messageOf(error: unknown): string | null {
  if (error instanceof Error) return error.message.trim() === '' ? null : error.message;
  if (typeof error === 'string' && error.trim() !== '') return error;
  return null;
}

/**
 * Runs the pane's actions one at a time, so a second click cannot start a write over a running one,
 * shows how far the running one is, and keeps the last failure for the pane to show with what to do.
 * @returns the runner
 * @example
 * const runner = useRunner();
 * void runner.run('checkScores', (onProgress) => actions.checkScores(onProgress));
 */
export function useRunner(): Runner {
  const [busy, setBusy] = useState<RunKey | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [failure, setFailure] = useState<RunFailure | null>(null);
  // State updates land on the next render; the ref stops a double click within the same one.
  const running = useRef(false);

  const run = useCallback(
    async <T>(what: RunKey, work: (onProgress: OnProgress) => Promise<T>): Promise<T | undefined> => {
      if (running.current) return undefined;
      running.current = true;
      setBusy(what);
      setProgress(null);
      setFailure(null);
      try {
        return await work(setProgress);
      } catch (error) {
        setFailure({ what, message: messageOf(error) });
        return undefined;
      } finally {
        running.current = false;
        setBusy(null);
        setProgress(null);
      }
    },
    [],
  );

  const dismiss = useCallback(() => setFailure(null), []);
  return { busy, progress, failure, run, dismiss };
}
