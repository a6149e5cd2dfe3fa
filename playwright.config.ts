import { defineConfig } from '@playwright/test';

// Real Chromium (Debian's, see scripts/chromium.ts) with the built extension, on our x.com imitation.
export default defineConfig({
  testDir: 'tests/e2e',
  // Two cores shared by Chromium, the imitation's server and the runner: one browser at a time.
  workers: 1,
  fullyParallel: false,
  // One retry on CI only: the machine is shared and noisy; a retried test is still reported as flaky.
  retries: process.env.CI ? 1 : 0,
  timeout: 45_000,
  expect: { timeout: 7_500 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: { trace: 'retain-on-failure' },
});
