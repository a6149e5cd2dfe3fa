import { defineConfig } from '@playwright/test';

// Real Chromium (Debian's, see scripts/chromium.ts) with the built extension, on our x.com imitation.
export default defineConfig({
  testDir: 'tests/e2e',
  // Two cores shared by Chromium, the imitation's server and the runner: one browser at a time.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 7_500 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: { trace: 'retain-on-failure' },
});
