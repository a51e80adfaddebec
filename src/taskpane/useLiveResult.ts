import { useCallback, useEffect, useRef, useState } from 'react';
import type { OnProgress, WorkbookActions } from '../workflow';
import type { Runner, RunKey } from './useRunner';
import type { WorkbookChanges } from './useWorkbookChanges';

/** How long the workbook must stay still before a result follows it: typing a row fires many changes. */
export const FOLLOW_DELAY_MS = 400;

/** A step's result, and whether it is still true to the workbook. */
export interface LiveResult<T> {
  /** The latest result, or null before the first (or while the officer's own action runs). */
  value: T | null;
  /** When the result was taken. */
  takenAt: Date | null;
  /** The workbook changed since the result was taken (or, without events, may have). */
  stale: boolean;
  /** A check runs in the background to follow the workbook. */
  updating: boolean;
  /** Why the last background check failed, or null. */
  followFailure: string | null;
  /** Grows each time the officer's own action shows its result: the step moves the focus there. */
  shown: number;
  /** Runs the step's action, as the officer asks for it. */
  run: () => void;
}

/** What {@link useLiveResult} needs: the action, and when it may follow the workbook by itself. */
export interface LiveResultOptions<T> {
  actions: WorkbookActions | null;
  runner: Runner;
  changes: WorkbookChanges;
  what: RunKey;
  /**
   * Whether the action may run again by itself when the workbook changes: a check reads only; an
   * action that writes is only marked out of date, for the officer to run again.
   */
  follow: boolean;
  /** Whether the step is on screen: a hidden step follows the workbook once shown again. */
  active: boolean;
  fetch: (actions: WorkbookActions, onProgress?: OnProgress) => Promise<T>;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * A step's result that stays true to the workbook: the officer's action shows its steps and clears
 * what was shown before (only the latest outcome stands); when the workbook changes, a check runs
 * again in the background once the workbook has been still for {@link FOLLOW_DELAY_MS} (one read),
 * and a result that cannot follow is marked out of date with the way to run it again.
 * @param options - the action and when it may follow the workbook
 * @returns the result and its state
 * @example
 * const scores = useLiveResult({ actions, runner, changes, what: 'checkScores', follow: true, active, fetch: (a, p) => a.checkScores(p) });
 */
export function useLiveResult<T>(options: LiveResultOptions<T>): LiveResult<T> {
  const { actions, runner, changes, what, follow, active } = options;
  const [state, setState] = useState<{ value: T; version: number; takenAt: Date } | null>(null);
  const [updating, setUpdating] = useState(false);
  const [followFailure, setFollowFailure] = useState<string | null>(null);
  const [shown, setShown] = useState(0);
  const fetch = useRef(options.fetch);
  fetch.current = options.fetch;
  const version = useRef(changes.version);
  version.current = changes.version;
  // Only the latest request may show its result: a background check started before the officer's
  // action must not replace what that action found.
  const latest = useRef(0);

  const { run: runAction } = runner;
  const run = useCallback(() => {
    if (actions === null) return;
    void runAction(what, async (onProgress) => {
      const request = ++latest.current;
      const at = version.current;
      setState(null);
      setFollowFailure(null);
      const value = await fetch.current(actions, onProgress);
      if (request !== latest.current) return;
      setState({ value, version: at, takenAt: new Date() });
      setShown((n) => n + 1);
    });
  }, [actions, runAction, what]);

  const stale = state !== null && state.version < changes.version;
  const idle = runner.busy === null;
  useEffect(() => {
    if (!stale || !follow || !active || !idle || changes.watch !== 'live' || actions === null)
      return undefined;
    const timer = setTimeout(() => {
      const request = ++latest.current;
      const at = version.current;
      setUpdating(true);
      fetch.current(actions).then(
        (value) => {
          if (request !== latest.current) return;
          setState({ value, version: at, takenAt: new Date() });
          setFollowFailure(null);
          setUpdating(false);
        },
        (error: unknown) => {
          if (request !== latest.current) return;
          // The result stays, marked out of date, with why it could not follow and how to run it again.
          setFollowFailure(messageOf(error));
          setUpdating(false);
        },
      );
    }, FOLLOW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [stale, follow, active, idle, changes.watch, changes.version, actions]);

  return {
    value: state?.value ?? null,
    takenAt: state?.takenAt ?? null,
    stale,
    updating: stale && (updating || (follow && changes.watch === 'live' && followFailure === null)),
    followFailure,
    shown,
    run,
  };
}
