/**
 * Mocha's globals, typed here because the project has no `@types/mocha`. Read from
 * `globalThis` at import time: web-test-runner sets Mocha up before it imports a test
 * file. Module-local, so it cannot clash with real types if they are added later.
 */
type Callback = (this: unknown) => void | Promise<void>;

interface MochaGlobals {
  describe: (title: string, body: () => void) => void;
  it: (title: string, body: Callback) => void;
}

export const { describe, it } = globalThis as unknown as MochaGlobals;
