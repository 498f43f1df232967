import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'src/**/*.test.ts',
      'src/**/*.test.tsx',
      'tests/unit/**/*.test.ts',
      'tests/dom/**/*.test.ts',
      'tests/dom/**/*.test.tsx',
    ],
    environment: 'node',
    // DOM tests opt in to jsdom by name (*.dom.test.ts) via environmentMatchGlobs' successor:
    // each such file starts with `// @vitest-environment jsdom`.
    testTimeout: 20_000,
  },
});
