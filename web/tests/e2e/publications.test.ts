import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from './stack';

const titlesOn = (page: Page) => page.locator('main .card-title').allTextContents();

describe('publication list: filters, search and pagination, kept in the URL', () => {
  const site = useSite();

  it('narrows the list by type with the filter form, and the URL can be shared', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url + '/publications');
    await page.getByLabel('Type').selectOption('summary_paper');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/\/publications\?type=summary_paper$/);
    await page.getByText('one publication').waitFor({ timeout: 10_000 });
    expect((await titlesOn(page)).map((title) => title.trim())).toEqual([
      'MDLE reports summary paper',
    ]);

    // The same URL, opened afresh, shows the same view with the form filled in.
    const shared = await site.browser.newPage();
    await shared.goto(page.url());
    expect(await titlesOn(shared)).toHaveLength(1);
    expect(await shared.getByLabel('Type').inputValue()).toBe('summary_paper');
    await Promise.all([page.close(), shared.close()]);
  });

  it('searches titles and abstracts', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url + '/publications');
    await page.getByLabel('Search').fill('cannabis');
    await page.getByLabel('Search').press('Enter');
    await page.waitForURL(/q=cannabis/);
    await page.getByText('one publication').waitFor({ timeout: 10_000 });
    expect(await titlesOn(page)).toEqual([
      'Practical implications of policing alternatives to arrest and prosecution for minor cannabis offences',
    ]);
    await page.close();
  });

  it('filters by author from the URL, in French too', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url + '/fr/publications?author=geoffrey-monaghan');
    expect(await page.locator('main').textContent()).toContain('2 publications');
    expect((await titlesOn(page)).sort()).toEqual([
      'Police support for harm reduction policies and practices towards people who inject drugs',
      'Practical implications of policing alternatives to arrest and prosecution for minor cannabis offences',
    ]);
    expect(await page.getByLabel('Auteur').inputValue()).toBe('geoffrey-monaghan');
    await page.close();
  });

  it('says so when nothing matches, and ignores malformed filters instead of failing', async () => {
    const page = await site.browser.newPage();
    const none = await page.goto(site.url + '/publications?q=zzzz-no-such-words');
    expect(none?.status()).toBe(200);
    expect(await page.locator('main').textContent()).toContain(
      'No publication matches these filters.',
    );
    const malformed = await page.goto(
      site.url + '/publications?year=20x3&author=Not+a+slug&page=-4',
    );
    expect(malformed?.status()).toBe(200);
    expect(await page.locator('main').textContent()).toContain('7 publications');
    // Script injection in the URL is refused at the edge, with a page saying why.
    const injected = await page.goto(
      site.url + '/fr/publications?q=%3Cscript%3Ealert(1)%3C/script%3E',
    );
    expect(injected?.status()).toBe(400);
    expect(await page.locator('h1').textContent()).toBe('Adresse invalide');
    await page.close();
  });

  it('pages through the list with previous/next links that keep the filters', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url + '/publications?lang=en');
    const firstPage = await titlesOn(page);
    expect(firstPage).toHaveLength(6);
    await page.getByRole('link', { name: 'Next page' }).click();
    await page.waitForURL(/\?lang=en&page=2$/);
    await page.getByText('Page 2 of 2').waitFor({ timeout: 10_000 });
    const secondPage = await titlesOn(page);
    expect(secondPage).toHaveLength(1);
    expect(firstPage).not.toContain(secondPage[0]);
    await page.getByRole('link', { name: 'Previous page' }).click();
    await page.waitForURL(/\?lang=en$/);
    await page.close();
  });

  it('works without JavaScript: the form is a plain GET', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url + '/fr/publications');
    await page.getByLabel('Langue du document').selectOption('en');
    await page.getByLabel('Rechercher').fill('harm');
    await page.getByRole('button', { name: 'Appliquer' }).click();
    await page.waitForURL(/\/fr\/publications\?q=harm&.*lang=en/);
    expect((await titlesOn(page)).length).toBeGreaterThanOrEqual(2);
    for (const title of await titlesOn(page)) expect(title.toLowerCase()).toContain('harm');
    await context.close();
  });
});
