import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Generous: a test that runs the CLI must not fail because a loaded 2-core machine is slow.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    pool: 'forks',
  },
});
