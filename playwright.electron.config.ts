import { defineConfig } from '@playwright/test';

// Electron end-to-end tests (`_electron.launch` on the built app: run `npm run build` first).
// They skip, saying why, where no Electron binary is installed. Browser e2e: playwright.config.ts.
export default defineConfig({
  testDir: 'tests/electron',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  workers: 1,
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
});
