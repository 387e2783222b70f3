import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Each file boots its own Strapi: run files one after another so two boots never compete
    // for the 2 cores and the same dist/ folder.
    fileParallelism: false,
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 180_000,
  },
});
