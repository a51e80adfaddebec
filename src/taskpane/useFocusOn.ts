import { useEffect, useRef, type RefObject } from 'react';

/**
 * Moves the focus to an element each time `token` grows: after an action, to its result, so a
 * keyboard or screen reader user lands on what the action found (and the result scrolls into view).
 * @param token - a count that grows with each result to show
 * @returns the ref to put on the element (give it `tabIndex={-1}`)
 * @example
 * const ref = useFocusOn<HTMLElement>(result.shown);
 * return <section ref={ref} tabIndex={-1}>…</section>;
 */
export function useFocusOn<E extends HTMLElement>(token: number): RefObject<E | null> {
  const ref = useRef<E | null>(null);
  useEffect(() => {
    if (token === 0) return;
    ref.current?.focus();
  }, [token]);
  return ref;
}
