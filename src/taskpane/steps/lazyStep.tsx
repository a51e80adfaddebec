import type { ComponentType } from 'react';
import { lazy, useState } from 'react';
import type { StepProps } from './stepProps';

/** A step whose code is its own chunk of the bundle, fetched the first time the step is needed. */
export interface LazyStep {
  /** The step's panel: suspends (inside the pane's Suspense) until its code has arrived. */
  Panel: ComponentType<StepProps>;
  /** Starts fetching the step's code, once; resolves when it has arrived. */
  preload: () => Promise<void>;
}

/**
 * A step loaded on demand, so the pane's first screen waits only for the first step's code.
 * @param load - the dynamic import of the step's module, resolving to its panel
 * @returns the panel and a way to fetch its code ahead of time
 * @example
 * const scores = lazyStep(() => import('./ScoresStep').then((m) => m.ScoresStep));
 */
export function lazyStep(load: () => Promise<ComponentType<StepProps>>): LazyStep {
  let loaded: ComponentType<StepProps> | null = null;
  let pending: Promise<void> | null = null;
  const preload = (): Promise<void> =>
    (pending ??= load().then((component) => {
      loaded = component;
    }));
  const Suspending = lazy(async () => {
    await preload();
    if (loaded === null) throw new Error('step not loaded');
    return { default: loaded };
  });
  function Panel(props: StepProps) {
    // Chosen once per mount: switching from the suspending wrapper to the loaded panel on a later
    // render would remount the step and lose what it shows.
    const [Ready] = useState(() => loaded);
    return Ready === null ? <Suspending {...props} /> : <Ready {...props} />;
  }
  return { Panel, preload };
}
