import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Command-line tests start Node processes; the machines are small and shared.
          testTimeout: 90_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // One temporary folder per run for profiles and HOMEs, removed at the end.
          globalSetup: ['tests/e2e/harness/global-setup.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One browser at a time: these machines have two cores.
          fileParallelism: false,
          // After the unit tests, not beside them: a busy CPU slows the browsers into timeouts.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
