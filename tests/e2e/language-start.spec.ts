import { expect, test } from './support/test';
import { expectAccessible, resetHarness } from './support/app';

// The window starts in the system's language, with only that language's texts and English read
// (renderer/src/i18n-catalogs.ts); another language's chunk is read when the user switches to it.

test.use({ locale: 'da-DK' });

test('a Danish computer starts in Danish, and Finnish is read only when chosen', async ({ page }) => {
  const chunks: string[] = [];
  page.on('request', (r) => {
    const name = /\/assets\/(da|nb|sv|fi)-[^/]*\.js$/.exec(r.url())?.[1];
    if (name) chunks.push(name);
  });
  await resetHarness(page);
  await page.goto('/');

  await expect(page.getByRole('heading', { name: 'Velkommen til Bindeled' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  expect(chunks).toEqual(['da']);
  await expectAccessible(page, 'welcome (da)');

  await page.getByTestId('language-select').first().selectOption('fi');
  await expect(page.getByRole('heading', { name: 'Tervetuloa Bindelediin' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
  expect(chunks).toEqual(['da', 'fi']);
});
