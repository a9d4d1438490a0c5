import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/**
 * Four projects, each in the environment its code really runs in:
 * - core:     plain Node, real SQLite files (in-memory or temp), no Electron.
 * - shell:    Electron main and preload against a fake `electron` module.
 * - renderer: React components in jsdom, with the real core behind an in-process transport.
 * - e2e:      Debian's Chromium driven by playwright-core against `start:web` (needs a build).
 * - bench:     benchmarks (`npm run bench`), outside `npm test`.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'core',
          include: ['test/core/**/*.test.ts'],
          environment: 'node',
          // Some tests run the built CLI or a child process; on a loaded 2-core machine one such
          // process can take 5 s by itself, vitest's default limit.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'shell',
          include: ['test/shell/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          include: ['test/renderer/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['test/renderer/setup.ts'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // A page on a loaded 2-core CI machine can take seconds to settle; polls wait up to 15 s.
          expect: { poll: { timeout: 15_000 } },
          fileParallelism: false,
        },
      },
      {
        // `npm run bench` only: timings are reported as medians, never asserted in unit tests.
        test: {
          name: 'bench',
          include: ['test/bench/**/*.bench.test.ts'],
          environment: 'node',
          testTimeout: 600_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
