import { defineConfig } from 'vitest/config';

// Repository-wide checks (deployment files); each workspace has its own suites.
export default defineConfig({
  test: { include: ['tests/**/*.test.ts'] },
});
