import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 20000,
    // Vitest leaves one core free by default; on a 2-core machine that runs the files one at a time.
    maxWorkers: 2,
  },
});
