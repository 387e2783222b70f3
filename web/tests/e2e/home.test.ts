import { describe, expect, it } from 'vitest';
import { useSite } from './stack';

describe('home page in a real browser against the real CMS', () => {
  const site = useSite();

  it('renders the seeded English site settings', async () => {
    const page = await site.browser.newPage();
    const response = await page.goto(site.url + '/');
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe('en-GB');
    await expect(page.locator('h1').textContent()).resolves.toBe(
      'Modernising Drug Law Enforcement',
    );
    await expect(page.locator('main').textContent()).resolves.toContain(
      'A project by IDPC, with the participation of the International Security Research Department',
    );
    await page.close();
  });

  it('switches to French with the language switcher and shows the French texts', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url + '/');
    await page.getByRole('link', { name: 'Français' }).click();
    await page.waitForURL(/\/fr$/);
    expect(await page.getAttribute('html', 'lang')).toBe('fr-FR');
    // Client-side navigation: wait for the French content to arrive rather than read at once.
    await page
      .locator('main')
      .getByText("Un projet mené par l'International Drug Policy Consortium (IDPC)", {
        exact: false,
      })
      .waitFor({ timeout: 10_000 });
    await expect(page.title()).resolves.toBe('Accueil · Modernising Drug Law Enforcement');
    await page.close();
  });

  it('answers 404 with a localized page for an unknown path', async () => {
    const page = await site.browser.newPage();
    const response = await page.goto(site.url + '/fr/page-qui-nexiste-pas');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Page introuvable');
    await page.close();
  });
});
