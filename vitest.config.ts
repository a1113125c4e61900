import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 20000,
    // Set-up hooks that write and read real .xlsx files (template, lists, cap-nhat) take
    // seconds each; on a busy 2-core machine the 10 s default is not enough.
    hookTimeout: 60000,
    // Vitest leaves one core free by default; on a 2-core machine that runs the files one at a time.
    maxWorkers: 2,
  },
});
