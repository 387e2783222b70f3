import { configDefaults, defineConfig } from 'vitest/config';

// Each file boots its own Strapi: files run one after another so two boots never compete for the
// 2 cores.
const oneFileAtATime = { fileParallelism: false, pool: 'forks', hookTimeout: 180_000 } as const;

export default defineConfig({
  test: {
    projects: [
      // Strapi booted in-process, driven over HTTP like an outside client.
      {
        test: {
          ...oneFileAtATime,
          name: 'integration',
          globalSetup: ['tests/compiled-app.ts'],
          include: ['tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'tests/admin/**'],
          testTimeout: 30_000,
        },
      },
      // The built admin panel (`strapi build`), driven in Debian's Chromium.
      {
        test: {
          ...oneFileAtATime,
          name: 'admin',
          include: ['tests/admin/**/*.test.ts'],
          testTimeout: 90_000,
        },
      },
    ],
  },
});
