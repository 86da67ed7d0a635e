import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const PASSPHRASE = 'kaffe blomst cykel vindue';
export const NEW_PASSPHRASE = 'grøn båd under broen';
export const ORG = 'Foreningen Brobyggerne';

/** Restarts the harness's core on a fresh profile and temp folder; returns that folder. */
export async function resetHarness(page: Page): Promise<string> {
  const res = await page.request.post('/__harness/reset');
  return ((await res.json()) as { workDir: string }).workDir;
}

/**
 * Fails on any serious or critical accessibility violation on the current screen.
 * axe runs inside the page (legacy mode: the app has no frames, and the default mode opens and
 * closes a blank page on every check) and returns violations only; both cut a check from ~1.4 s
 * to ~0.3 s. The self-check in first-run.spec proves a violation still fails.
 */
export async function expectAccessible(page: Page, screen: string, { timeout = 30_000 } = {}): Promise<void> {
  // Fluent UI's focus manager (Tabster) puts invisible <i tabindex=0 aria-hidden> sentinels at
  // the edges of focus groups; they hand focus on at once and are never read. axe flags them as
  // aria-hidden-focus, so they alone are left out.
  // Retried for up to 30 s (one axe pass can take seconds on a busy machine): a dialog animating
  // out still hides the page behind it (aria-hidden) for a moment. A violation that stays fails.
  await expect(async () => {
    const results = await new AxeBuilder({ page })
      .setLegacyMode()
      .options({ resultTypes: ['violations'] })
      .exclude('[data-tabster-dummy]')
      .analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${screen}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }).toPass({ timeout });
}

/** Walks the create flow; returns the recovery key exactly as shown (groups joined by dashes). */
export async function createRegister(page: Page, org = ORG, passphrase = PASSPHRASE): Promise<string> {
  await page.getByTestId('create-register').click();
  await page.getByTestId('org-name').fill(org);
  await page.getByTestId('passphrase').fill(passphrase);
  await page.getByTestId('passphrase-confirm').fill(passphrase);
  await page.getByTestId('create-submit').click();
  const key = page.getByTestId('recovery-key');
  await expect(key).toBeVisible();
  const groups = await key.locator('span > span:first-child').allTextContents();
  return groups.join('-');
}

/** Proves the key was stored: types the requested group and ticks the box, then continues. */
export async function confirmRecoveryKey(page: Page, recoveryKey: string): Promise<void> {
  const input = page.getByTestId('recovery-confirm-input');
  const group = Number(await input.getAttribute('data-group'));
  await input.fill(recoveryKey.split('-')[group - 1] ?? '');
  await page.getByTestId('recovery-stored').check();
  await page.getByTestId('recovery-continue').click();
  await expect(page.getByTestId('lock-button')).toBeVisible();
}

export async function unlock(page: Page, passphrase: string): Promise<void> {
  await page.getByTestId('unlock-passphrase').fill(passphrase);
  await page.getByTestId('unlock-submit').click();
}

type Result = { ok: true; value: unknown } | { ok: false; error: { code: string } };

/** Calls a channel through the page's bridge, as the renderer does; throws "channel: CODE" on an error Result. */
export async function invoke<T>(page: Page, channel: string, input: unknown): Promise<T> {
  const result = await page.evaluate(
    ([c, i]) => (globalThis as unknown as { api: { invoke: (c: string, i: unknown) => Promise<Result> } }).api.invoke(c, i),
    [channel, input] as const,
  );
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
  return result.value as T;
}
