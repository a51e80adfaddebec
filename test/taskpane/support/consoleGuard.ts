/**
 * Fails a test that writes to console.error (React's warnings, an error only logged): imported by
 * every task pane test file. A test that expects an error logged says so with `expectConsoleError()`.
 */
let spy: jest.SpyInstance | null = null;
let expected = false;

/** Lets the running test log errors; returns the spy to assert on. */
export function expectConsoleError(): jest.SpyInstance {
  expected = true;
  if (spy === null) throw new Error('consoleGuard is not installed');
  return spy;
}

beforeEach(() => {
  expected = false;
  spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(() => {
  const calls: unknown[][] = spy?.mock.calls ?? [];
  spy?.mockRestore();
  spy = null;
  if (!expected && calls.length > 0) {
    const shown = calls
      .map((args) => args.map((a: unknown) => (a instanceof Error ? a.stack : String(a))).join(' '))
      .join('\n');
    throw new Error(`console.error was called:\n${shown}`);
  }
});
