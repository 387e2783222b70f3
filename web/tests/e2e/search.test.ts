import { describe, expect, it } from 'vitest';
import { useSite } from './stack';

describe('site search: one page over every kind of content, in both languages', () => {
  const site = useSite();
  const html = async (path: string) => {
    const response = await fetch(site.url + path, { redirect: 'manual' });
    return { status: response.status, body: await response.text(), response };
  };

  it('searches from the header with the keyboard, and groups the hits by kind', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url + '/');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Search' })
      .click();
    await page.waitForURL(/\/search$/);
    await page.getByLabel('Words to look for').fill('harm reduction');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\?q=harm\+reduction$/);
    await page.getByRole('status').getByText('for “harm reduction”').waitFor();
    await page.getByRole('heading', { name: 'Publications', level: 2 }).waitFor();
    const links = await page
      .locator('main .search-hit h3 a')
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(links).toEqual(
      expect.arrayContaining([
        '/publications/police-support-for-harm-reduction',
        '/publications/harm-reduction-policing-retail-drug-markets',
      ]),
    );
    await page.close();
  });

  it('finds French content from the English site, marked with its language', async () => {
    const { body } = await html('/search?q=drogues%20illicites');
    expect(body).toContain('href="/events/osce-2020-conference"');
    expect(body).toMatch(/<article[^>]*lang="fr"/);
    expect(body).toContain('In French');
    // The French page, in French, with stemmed matches marked.
    const french = await html('/fr/recherche?q=drogue');
    expect(french.body).toContain('résultat');
    expect(french.body).toContain('href="/fr/evenements/osce-2020-conference"');
    expect(french.body).toMatch(/<mark[^>]*>drogues<\/mark>/);
  });

  it('filters by kind with a link, and keeps the URL canonical', async () => {
    const { body } = await html('/search?q=police');
    expect(body).toContain('href="/search?q=police&amp;type=publication"');
    const filtered = await html('/search?q=police&type=publication');
    expect(filtered.body).not.toContain('id="results-person"');
    // Tracking tags and junk go; the words stay.
    const junk = await html('/search?utm_source=x&q=police&type=nonsense&page=1');
    expect(junk.status).toBe(301);
    expect(junk.response.headers.get('location')).toBe('/search?q=police');
  });

  it('answers any input with a page, never an error', async () => {
    for (const query of ['"&|!:*()', "' OR 1=1 --", '%00%02police', 'x'.repeat(5000), '']) {
      const { status } = await html(`/search?q=${encodeURIComponent(query)}`);
      expect([200, 301], query).toContain(status);
    }
    const { body } = await html('/search?q=zzqqxxnotaword');
    expect(body).toContain('Nothing matches these words');
  });
});
