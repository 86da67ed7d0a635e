import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CRASH_AT_ENV, type CrashStep } from '../../electron/core/storage/crash-point';
import { CoreProcess } from '../unit/core/core-process';
import { expect, test, type Page } from './support/test';
import {
  confirmRecoveryKey,
  createRegister,
  expectAccessible,
  invoke,
  NEW_PASSPHRASE,
  PASSPHRASE,
  resetHarness,
  unlock,
} from './support/app';

// The notice after an unlock that put an interrupted key change in order. The register is made
// and locked in the app; a second core (the built one, as the crash suite runs it) unlocks it and
// is killed at a step of a passphrase change; the app's next unlock finishes or undoes the change
// and says so once, in English and Danish, axe clean. Screenshots go to test-results/key-change-notice.

async function shot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/key-change-notice/${name}.png` });
}

/** A passphrase change from `from` to `to` on the locked register, killed at `step`. */
async function interruptedChange(dir: string, step: CrashStep, from: string, to: string): Promise<void> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'bindeled-e2e-crash-'));
  const core = await CoreProcess.start({ BINDELED_PROFILE_DIR: profile, [CRASH_AT_ENV]: step });
  try {
    const unlocked = await core.invoke('register:unlock', { dir, secret: { kind: 'passphrase', passphrase: from } });
    expect(unlocked.ok, JSON.stringify(unlocked)).toBe(true);
    // Core kills itself at the step: the call is never answered but by the crash.
    expect(await core.invoke('register:changePassphrase', { current: from, next: to })).toEqual({
      ok: false,
      error: { code: 'CORE_CRASHED' },
    });
  } finally {
    await core.kill();
    rmSync(profile, { recursive: true, force: true });
  }
}

async function lockApp(page: Page) {
  await page.getByTestId('lock-button').click();
  await expect(page.getByTestId('unlock-passphrase')).toBeVisible();
}

test('an interrupted passphrase change is put in order at unlock and the user is told once', async ({ page }) => {
  test.setTimeout(120_000);
  await resetHarness(page);
  await page.goto('/');
  await confirmRecoveryKey(page, await createRegister(page));
  const { dir } = await invoke<{ dir: string }>(page, 'register:info', {});
  await lockApp(page);

  // Killed before keyslots.json was replaced: undone, the old passphrase still works.
  await interruptedChange(dir, 'intent-written', PASSPHRASE, NEW_PASSPHRASE);
  await unlock(page, PASSPHRASE);
  const notice = page.getByTestId('key-change-notice');
  await expect(notice).toContainText('A passphrase change was interrupted last time; it was undone. The old passphrase still works.');
  await shot(page, 'undone-en');
  await expectAccessible(page, 'the key-change notice');
  // Dismissed, it is gone.
  await page.getByTestId('key-change-notice-dismiss').click();
  await expect(notice).toHaveCount(0);

  await page.getByTestId('settings-nav').click();
  await page.getByTestId('language-select').first().selectOption('da');
  await expect(page.getByRole('heading', { name: 'Indstillinger' })).toBeVisible();
  await lockApp(page);

  // Killed after the rename: finished, the new passphrase is the one that works.
  await interruptedChange(dir, 'renamed', PASSPHRASE, NEW_PASSPHRASE);
  await unlock(page, NEW_PASSPHRASE);
  await expect(notice).toContainText('Et skift af adgangsfrase blev afbrudt sidste gang; det er nu gjort færdigt.');
  await shot(page, 'finished-da');
  await expectAccessible(page, 'the key-change notice, Danish');

  // Once: the next unlock has nothing to tell.
  await lockApp(page);
  await unlock(page, NEW_PASSPHRASE);
  await expect(page.getByTestId('lock-button')).toBeVisible();
  await expect(notice).toHaveCount(0);
});
