import { defineConfig } from '@playwright/test';

// Browser end-to-end tests: the real built renderer in Debian's Chromium, against the real core
// through the test harness (tests/harness/server.ts). `npm test` builds first.
//
// A harness holds one core process, so the tests on one harness run one after another. Two
// harnesses (ports N and N+1) each serve half of the spec files, so the two halves run side by
// side on a 2-core machine. E2E_WORKERS=1 runs everything on the first harness only.
const port = Number(process.env.HARNESS_PORT ?? 4173);
const halves = process.env.E2E_WORKERS === '1' ? 1 : 2;
// Balanced by how long each spec takes (CI log of 2026-11-27); a new spec goes to the lighter half.
const SECOND_HALF = ['cases-board', 'security', 'first-run', 'partners', 'mentors', 'audit', 'consent-texts', 'consents'].map(
  (name) => `**/${name}.spec.ts`,
);

export default defineConfig({
  testDir: 'tests/e2e',
  // One harness, one core process: tests run one after another, each on a fresh core and profile.
  workers: halves,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  outputDir: 'test-results/e2e',
  projects:
    halves === 1
      ? [{ name: 'e2e', use: { baseURL: `http://127.0.0.1:${port}` } }]
      : [
          { name: 'first', testIgnore: SECOND_HALF, workers: 1, use: { baseURL: `http://127.0.0.1:${port}` } },
          { name: 'second', testMatch: SECOND_HALF, workers: 1, use: { baseURL: `http://127.0.0.1:${port + 1}` } },
        ],
  use: {
    browserName: 'chromium',
    viewport: { width: 1200, height: 820 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    trace: 'retain-on-failure',
  },
  webServer: Array.from({ length: halves }, (_, i) => ({
    command: `npx tsx tests/harness/server.ts --port ${port + i}`,
    url: `http://127.0.0.1:${port + i}/__harness/state`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
  })),
});
