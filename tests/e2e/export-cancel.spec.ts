import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from './support/test';
import { confirmRecoveryKey, createRegister, expectAccessible, resetHarness } from './support/app';

// A long export shows a progress bar with Cancel; Cancel leaves no file. The small registers of
// e2e finish an export in milliseconds, so the page holds the directory call back (a wrapper
// around window.api.invoke) until Cancel has been clicked: the real export:cancel reaches core
// first, core remembers it, and the released call is cancelled before it writes a byte.
// Screenshots go to test-results/export-cancel for a human look.

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/export-cancel/${name}.png`, fullPage: true });

async function holdDirectoryCalls(page: Page) {
  await page.evaluate(() => {
    const w = globalThis as unknown as {
      api: { invoke: (c: string, i: unknown) => Promise<unknown> };
      heldCalls: (() => void)[];
    };
    const original = w.api.invoke.bind(w.api);
    w.heldCalls = [];
    w.api.invoke = (channel, input) =>
      channel === 'directory:generate'
        ? new Promise((resolve) => w.heldCalls.push(() => resolve(original(channel, input))))
        : original(channel, input);
  });
}

const releaseHeldCalls = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { heldCalls: (() => void)[] }).heldCalls.splice(0).forEach((release) => release()));

async function cancelDirectory(page: Page, file: string, lang: 'en' | 'da') {
  await page.request.post('/__harness/next-save-file', { data: { path: file } });
  await page.getByTestId('export-organisations').click();
  await page.getByTestId('directory-button').click();
  await page.getByTestId('directory-generate').click();
  await expect(page.getByTestId('directory-progress')).toBeVisible();
  await expectAccessible(page, `directory progress (${lang})`);
  await shot(page, `directory-progress-${lang}`);
  await page.getByTestId('directory-progress-cancel').click();
  await expect(page.getByTestId('directory-progress-cancel')).toBeDisabled();
  await releaseHeldCalls(page);
  await expect(page.getByTestId('export-cancelled')).toBeVisible();
  await expectAccessible(page, `export cancelled (${lang})`);
  await shot(page, `directory-cancelled-${lang}`);
}

test('cancelling the partner directory shows progress, then says so and leaves no file', async ({ page }) => {
  await resetHarness(page);
  await page.goto('/');
  await confirmRecoveryKey(page, await createRegister(page));
  await page.getByTestId('organisations-nav').click();
  await holdDirectoryCalls(page);
  const out = mkdtempSync(path.join(os.tmpdir(), 'bindeled-export-cancel-'));

  await cancelDirectory(page, path.join(out, 'directory.docx'), 'en');
  await expect(page.getByTestId('export-cancelled')).toHaveText('The export was cancelled. No file was saved.');

  await page.getByRole('button', { name: 'Close message' }).click();
  await page.getByTestId('settings-nav').click();
  await page.getByTestId('language-select').first().selectOption('da');
  await page.getByTestId('organisations-nav').click();
  await cancelDirectory(page, path.join(out, 'partnerkatalog.docx'), 'da');
  await expect(page.getByTestId('export-cancelled')).toHaveText('Eksporten blev annulleret. Der blev ikke gemt nogen fil.');

  expect(existsSync(path.join(out, 'directory.docx'))).toBe(false);
  expect(readdirSync(out)).toEqual([]);
});
