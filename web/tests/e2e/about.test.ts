import { describe, expect, it } from 'vitest';
import { useSite } from './stack';

describe('about page in a real browser against the real CMS', () => {
  const site = useSite();

  it('shows the project in English: period, objective, workstreams and partners', async () => {
    const page = await site.browser.newPage();
    const response = await page.goto(site.url + '/about');
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').textContent()).resolves.toBe(
      'Modernising Drug Law Enforcement',
    );
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toContain('August 2012 – November 2013');
    expect(main).toContain('to collate and refine theoretical material');
    for (const workstream of ['Publication series', 'Network development', 'Seminar series']) {
      expect(main).toContain(workstream);
    }
    expect(main).toContain('International Drug Policy Consortium — lead organisation');
    expect(main).toContain('Chatham House (International Security Research Department)');
    await expect(page.title()).resolves.toBe(
      'About the project · Modernising Drug Law Enforcement',
    );
    await page.close();
  });

  it('has a French URL with French path segments, reached by the language switcher', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url + '/about');
    await page.getByRole('link', { name: 'Français' }).click();
    await page.waitForURL(/\/fr\/a-propos$/);
    // Client-side navigation: wait for the French project text itself to arrive.
    await page.locator('main').getByText('Séries de publications').waitFor({ timeout: 10_000 });
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toContain('août 2012 – novembre 2013');
    expect(main).toContain("L'objectif de ce projet");
    expect(await page.getAttribute('html', 'lang')).toBe('fr-FR');
    await page.close();
  });

  it('serves the French page directly, server-rendered', async () => {
    const response = await fetch(site.url + '/fr/a-propos');
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('Développement du réseau');
    expect(html).toMatch(/<html\s+lang="fr-FR"/);
  });
});
