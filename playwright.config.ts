import { defineConfig } from '@playwright/test';

// Browser end-to-end tests: the real built renderer in Debian's Chromium, against the real core
// through the test harness (tests/harness/server.ts). `npm test` builds first.
const port = Number(process.env.HARNESS_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  // One harness, one core process: tests run one after another, each on a fresh core and profile.
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  outputDir: 'test-results/e2e',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    viewport: { width: 1200, height: 820 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `npx tsx tests/harness/server.ts --port ${port}`,
    url: `http://127.0.0.1:${port}/__harness/state`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
