import { defineConfig } from '@playwright/test';
import { TEST_KDF_ENV, TEST_KDF_VALUE } from './electron/core/crypto/test-seam';

// Browser end-to-end tests: the real built renderer in Debian's Chromium, against the real core
// through the test harness (tests/harness/server.ts). `npm test` builds first. Each worker starts
// its own harness on its own port (tests/e2e/support/test.ts): spec files run side by side, the
// tests of one file one after another, each on a fresh core and profile.
// The harnesses' cores make registers with the tests' cheap key derivation (kdf.ts); specs that
// open a register's key slots themselves, or run the CLI on it, need the same seam.
process.env[TEST_KDF_ENV] = TEST_KDF_VALUE;

export default defineConfig({
  testDir: 'tests/e2e',
  workers: Number(process.env.E2E_WORKERS ?? 2),
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results/e2e',
  use: {
    browserName: 'chromium',
    viewport: { width: 1200, height: 820 },
    // Coordinators who ask their system for less motion get no Fluent animations; the tests run
    // that way (a dialog is there at once, and axe never sees one half-faded). backup.spec keeps
    // the animations: its restore dialog works around a Fluent bug that only animation shows.
    reducedMotion: 'reduce',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    // A trace costs about a third of the suite's time. CI prints text only, so it records none
    // there; on a developer's machine a failing test keeps its trace. E2E_TRACE=on|off overrides.
    trace: (process.env.E2E_TRACE ?? (process.env.CI ? 'off' : 'on')) === 'on' ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
  },
});
