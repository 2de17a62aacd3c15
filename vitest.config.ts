import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/** Pure code and the storage layer need no DOM: they run in plain Node, which starts far faster than jsdom. */
const NODE_TESTS = ['src/domain/**/*.test.ts', 'src/storage/**/*.test.ts', 'src/lib/**/*.test.ts', 'scripts/**/*.test.ts'];

export default defineConfig({
  plugins: [react()],
  test: {
    restoreMocks: true,
    // jsdom renders of long lists take seconds on a loaded 2-core machine; a timeout there is noise, not a finding.
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: { name: 'node', environment: 'node', include: NODE_TESTS, setupFiles: ['./src/test/setup-node.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'dom', environment: 'jsdom', include: ['src/**/*.test.{ts,tsx}'], exclude: NODE_TESTS,
          setupFiles: ['./src/test/setup-node.ts', './src/test/setup.ts'],
        },
      },
    ],
  },
});
