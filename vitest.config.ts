import { defineConfig } from 'vitest/config';

// Repository-wide suites; each workspace has its own.
export default defineConfig({
  test: {
    projects: [
      // Deployment files, checked statically (no Docker engine here).
      { test: { name: 'infra', include: ['tests/infra/**/*.test.ts'] } },
      // The production topology as processes: nginx, two CMS and two site replicas (built apps).
      {
        test: {
          name: 'cluster',
          include: ['tests/cluster/**/*.test.ts'],
          fileParallelism: false,
          hookTimeout: 300_000,
          testTimeout: 60_000,
        },
      },
    ],
  },
});
