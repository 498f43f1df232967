import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built dist/chrome in real Chromium and dist/firefox in Firefox ESR;
// one browser at a time on a two-core machine, so files run one after another.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // expect.poll waits on a condition; its 1 s default is too short for a loaded CI machine
    // (storage writes and the worker's answer can take longer there), and waiting longer costs
    // nothing when the condition holds early.
    expect: { poll: { timeout: 10_000, interval: 50 } },
  },
});
