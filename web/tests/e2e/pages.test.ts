import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PERSONAL_PAGES } from '../../layers/network/shared/utils/form-answer-pages';
import { useSite } from './stack';

/**
 * Every page type, in both languages, shows the seeded facts. Content written in one language
 * only appears in the other with a notice, never as a 404.
 */
const PAGES: Array<{ path: string; lang: string; h1: string; texts: string[] }> = [
  {
    path: '/',
    lang: 'en-GB',
    h1: 'Modernising Drug Law Enforcement',
    texts: [
      'Latest publications',
      'Second MDLE seminar',
      'launch of the project',
      'Join the network',
    ],
  },
  {
    path: '/fr',
    lang: 'fr-FR',
    h1: 'Modernising Drug Law Enforcement',
    texts: ['Dernières publications', 'août 2012 – novembre 2013', 'Rejoindre le réseau'],
  },
  {
    path: '/publications',
    lang: 'en-GB',
    h1: 'Publications',
    texts: ['7 publications', 'Drug markets, security and foreign aid', 'Virginia Comolli'],
  },
  {
    path: '/fr/publications',
    lang: 'fr-FR',
    h1: 'Publications',
    texts: ['7 publications', 'Drug markets, security and foreign aid', 'en anglais'],
  },
  {
    path: '/publications/financial-investigation-strategies',
    lang: 'en-GB',
    h1: 'Drug law enforcement and financial investigation strategies',
    texts: ['Report', 'By Michael Levi', 'Read in English'],
  },
  {
    path: '/fr/publications/financial-investigation-strategies',
    lang: 'fr-FR',
    h1: 'Drug law enforcement and financial investigation strategies',
    texts: ["Ce contenu n'est pas disponible en français", 'Rapport', 'Lire en anglais'],
  },
  {
    path: '/events',
    lang: 'en-GB',
    h1: 'Seminars and events',
    texts: ['First MDLE seminar', 'March 2013', 'Meeting of law enforcement leaders in London'],
  },
  {
    path: '/fr/evenements',
    lang: 'fr-FR',
    h1: 'Séminaires et événements',
    texts: ['Conférence 2020 de l’OSCE', 'septembre 2013', 'en anglais'],
  },
  {
    path: '/events/second-seminar',
    lang: 'en-GB',
    h1: 'Second MDLE seminar',
    texts: ['Seminar no. 2', 'September 2013', 'Chatham House', 'Cannabis regulated markets'],
  },
  {
    path: '/fr/evenements/osce-2020-conference',
    lang: 'fr-FR',
    h1: 'Conférence 2020 de l’OSCE sur la lutte contre la menace des drogues illicites et le détournement de précurseurs chimiques',
    texts: ['Conférence', 'OSCE', 'police de proximité'],
  },
  {
    path: '/events/osce-2020-conference',
    lang: 'en-GB',
    h1: 'Conférence 2020 de l’OSCE sur la lutte contre la menace des drogues illicites et le détournement de précurseurs chimiques',
    texts: ['This content is not available in English. It is shown in French.'],
  },
  {
    path: '/people/geoffrey-monaghan',
    lang: 'en-GB',
    h1: 'Geoffrey Monaghan',
    texts: ['Police support for harm reduction policies', 'minor cannabis offences'],
  },
  {
    path: '/fr/personnes/olivier-gueniat',
    lang: 'fr-FR',
    h1: 'Olivier Gueniat',
    texts: ['Police chief', 'MDLE side event at the Commission on Narcotic Drugs'],
  },
  { path: '/people', lang: 'en-GB', h1: 'People', texts: ['Dave Bewley-Taylor', 'Mike Trace'] },
  { path: '/fr/personnes', lang: 'fr-FR', h1: 'Personnes', texts: ['Michael Levi'] },
  {
    path: '/news',
    lang: 'en-GB',
    h1: 'News',
    texts: ['Modernising Drug Law Enforcement: launch of the project'],
  },
  {
    path: '/fr/actualites/project-launch',
    lang: 'fr-FR',
    h1: 'Modernising Drug Law Enforcement: launch of the project',
    texts: ['IDPC has teamed up with Chatham House', "n'est pas disponible en français"],
  },
  { path: '/topics', lang: 'en-GB', h1: 'Topics', texts: ['Law enforcement and drug policy'] },
  {
    path: '/fr/themes/law-enforcement',
    lang: 'fr-FR',
    h1: 'Law enforcement and drug policy',
    texts: ['Destruction of cannabis crops in Mexico', 'Il est affiché en anglais'],
  },
  {
    path: '/network',
    lang: 'en-GB',
    h1: 'The MDLE network',
    texts: ['law-enforcement officers and policy makers', 'Join the network', 'I agree that'],
  },
  {
    path: '/fr/reseau',
    lang: 'fr-FR',
    h1: 'Le réseau MDLE',
    texts: ['Comment nous rejoindre', 'Rejoindre le réseau', "J'accepte que"],
  },
  {
    path: '/network/answer',
    lang: 'en-GB',
    h1: 'Join the network',
    texts: ['we will send you an email to confirm', 'I agree that'],
  },
  {
    path: '/share-a-report',
    lang: 'en-GB',
    h1: 'Share a report',
    texts: ['we read everything we receive', 'Title of the report'],
  },
  {
    path: '/fr/partager-un-rapport/reponse',
    lang: 'fr-FR',
    h1: 'Partager un rapport',
    texts: ['Titre du rapport', 'Envoyer le rapport'],
  },
];

describe('every page type in English and French shows the seeded content', () => {
  const site = useSite();

  it.each(PAGES)('$path', async ({ path, lang, h1, texts }) => {
    const page = await site.browser.newPage();
    const response = await page.goto(site.url + path);
    expect(response?.status()).toBe(200);
    // Every page is a document: no script runs (JSON-LD is data).
    expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    await expect(page.locator('h1').textContent()).resolves.toBe(h1);
    const main = (await page.locator('main').textContent())?.replace(/\s+/g, ' ') ?? '';
    for (const text of texts) expect(main).toContain(text);
    await page.close();
  });

  it.each(PERSONAL_PAGES)('%s (a visitor’s own page) is never cached', async (path) => {
    const response = await fetch(site.url + path);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('x-robots-tag')).toMatch(/noindex/);
  });

  it.each([
    ['/publications/no-such-report', 'Page not found'],
    ['/fr/publications/rapport-inexistant', 'Page introuvable'],
    ['/events/no-such-event', 'Page not found'],
    ['/fr/personnes/personne-inconnue', 'Page introuvable'],
    ['/news/no-such-news', 'Page not found'],
    ['/fr/themes/theme-inconnu', 'Page introuvable'],
  ])('answers a real 404 for the unknown slug %s', async (path, heading) => {
    const page = await site.browser.newPage();
    const response = await page.goto(site.url + path);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe(heading);
    await page.close();
  });

  it('keeps the page when switching language on a publication', async () => {
    const page = await site.browser.newPage();
    // A publication page is plain HTML (no app script): the switcher is an ordinary link.
    await page.goto(site.url + '/publications/financial-investigation-strategies');
    expect(await page.locator('script[src]').count()).toBe(0);
    await page.getByRole('link', { name: 'Français' }).click();
    await page.waitForURL(/\/fr\/publications\/financial-investigation-strategies$/);
    await page.getByText('Lire en anglais').waitFor({ timeout: 10_000 });
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/\/publications\/financial-investigation-strategies$/);
    await page.getByText('Read in English').waitFor({ timeout: 10_000 });
    // The switch keeps the list's filters.
    await page.goto(site.url + '/publications?type=report');
    await page.getByRole('link', { name: 'Français' }).click();
    await page.waitForURL(/\/fr\/publications\?type=report$/);
    await page.getByText('6 publications').waitFor({ timeout: 10_000 });
    await page.close();
  });

  it('marks the section shown in the header, in bold, and no other', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url + '/fr/publications');
    const navigation = page.locator('header nav.main-nav a');
    const links = await navigation.evaluateAll((anchors) =>
      anchors.map((anchor) => ({
        text: anchor.textContent?.trim(),
        current: anchor.getAttribute('aria-current'),
        weight: getComputedStyle(anchor).fontWeight,
      })),
    );
    expect(links.filter((link) => link.current)).toEqual([
      { text: 'Publications', current: 'page', weight: '600' },
    ]);
    expect(links.filter((link) => !link.current).map((link) => link.weight)).not.toContain('600');
    expect(links.length).toBeGreaterThan(4);
    await page.close();
  });

  it('prints a publication as a clean document: no navigation, the content kept', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url + '/publications/drug-markets-security-foreign-aid');
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['header', 'footer', '.breadcrumbs', '.language-switcher']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    expect(await page.locator('h1').isVisible()).toBe(true);
    expect(await page.locator('.byline').isVisible()).toBe(true);
    await page.close();
  });

  it('saves screenshots of home and a publication page at mobile and desktop widths', async () => {
    const directory = join(import.meta.dirname, '..', '..', 'test-results', 'screenshots');
    mkdirSync(directory, { recursive: true });
    const shots = [
      ['home', '/'],
      ['publication', '/publications/drug-markets-security-foreign-aid'],
    ] as const;
    for (const [name, path] of shots) {
      for (const [width, label] of [
        [320, 'mobile'],
        [1280, 'desktop'],
      ] as const) {
        const page = await site.browser.newPage({ viewport: { width, height: 900 } });
        const response = await page.goto(site.url + path);
        expect(response?.status()).toBe(200);
        // Nothing wider than the screen: the layout holds from 320 px up.
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
        await page.screenshot({ path: join(directory, `${name}-${label}.png`), fullPage: true });
        await page.close();
      }
    }
  });
});
