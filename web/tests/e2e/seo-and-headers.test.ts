import { describe, expect, it } from 'vitest';
import { ownSiteForFile } from './fixtures/own-sites';
import { useSite } from './stack';

/** One path per page type and language, with the schema.org types its JSON-LD must declare. */
const PAGES: Array<[string, string[]]> = [
  ['/', ['Organization', 'WebSite', 'WebPage']],
  ['/fr', ['Organization', 'WebSite', 'WebPage']],
  ['/publications', ['BreadcrumbList']],
  ['/fr/publications', ['BreadcrumbList']],
  ['/publications/drug-markets-security-foreign-aid', ['Report', 'Person', 'BreadcrumbList']],
  ['/fr/publications/drug-markets-security-foreign-aid', ['Report', 'Person', 'BreadcrumbList']],
  ['/events', ['BreadcrumbList']],
  ['/events/second-seminar', ['Event', 'BreadcrumbList']],
  ['/fr/evenements/osce-2020-conference', ['Event', 'BreadcrumbList']],
  ['/people/michael-levi', ['Person', 'BreadcrumbList']],
  ['/fr/personnes/michael-levi', ['Person', 'BreadcrumbList']],
  ['/news', ['BreadcrumbList']],
  ['/news/project-launch', ['NewsArticle', 'BreadcrumbList']],
  ['/fr/actualites/project-launch', ['NewsArticle', 'BreadcrumbList']],
  ['/topics/law-enforcement', ['BreadcrumbList']],
  ['/fr/themes/law-enforcement', ['BreadcrumbList']],
  ['/network', ['BreadcrumbList']],
  ['/fr/reseau', ['BreadcrumbList']],
  ['/about', ['Organization']],
  ['/fr/a-propos', ['Organization']],
];

const all = (html: string, pattern: RegExp) => [...html.matchAll(pattern)];
const typesIn = (node: unknown): string[] => {
  if (Array.isArray(node)) return node.flatMap(typesIn);
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) =>
    key === '@type' ? [value].flat().map(String) : typesIn(value),
  );
};
/** The `@id`s a JSON-LD value declares (a node with more than its `@id`) and those it refers to. */
const idsIn = (
  node: unknown,
  found = { declared: new Set<string>(), referred: new Set<string>() },
) => {
  if (Array.isArray(node)) node.forEach((item) => idsIn(item, found));
  else if (node && typeof node === 'object') {
    const { '@id': id, ...rest } = node as Record<string, unknown>;
    if (typeof id === 'string') found[Object.keys(rest).length ? 'declared' : 'referred'].add(id);
    Object.values(rest).forEach((value) => idsIn(value, found));
  }
  return found;
};

describe('search engines and browsers get what they need on every page', () => {
  const site = useSite();
  const html = async (path: string) => {
    const response = await fetch(site.url + path, { headers: { accept: 'text/html' } });
    expect(response.status, path).toBe(200);
    return { response, body: await response.text() };
  };

  it.each(PAGES)(
    '%s: one title, description and canonical; hreflang; valid JSON-LD',
    async (path, types) => {
      const { body } = await html(path);
      expect(all(body, /<title>[^<]+<\/title>/g)).toHaveLength(1);
      expect(all(body, /<meta name="description" content="[^"]+"/g)).toHaveLength(1);
      const canonicals = all(body, /<link[^>]*rel="canonical"[^>]*href="([^"]+)"/g);
      expect(canonicals).toHaveLength(1);
      expect(canonicals[0]![1]).toMatch(/^https?:\/\//);
      for (const hreflang of ['en', 'fr', 'x-default']) {
        expect(body).toMatch(new RegExp(`<link[^>]*rel="alternate"[^>]*hreflang="${hreflang}"`));
      }
      expect(body).toMatch(/<meta property="og:title" content="[^"]+"/);
      expect(body).toMatch(/<meta name="twitter:card" content="summary/);
      const blocks = all(body, /<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g);
      expect(blocks.length).toBeGreaterThan(0);
      const nodes = blocks.map((block) => JSON.parse(block[1]!) as unknown);
      const declared = nodes.flatMap(typesIn);
      for (const type of types) expect(declared).toContain(type);
      // One graph: every node another one links to (publisher, site, page) is on the page, but
      // the site in the other language, which its home page declares.
      const ids = idsIn(nodes);
      const otherSite = new URL(
        path === '/fr' || path.startsWith('/fr/') ? '/#website' : '/fr#website',
        site.url,
      );
      for (const id of ids.referred) {
        if (new URL(id).pathname + new URL(id).hash !== otherSite.pathname + otherSite.hash) {
          expect([...ids.declared], id).toContain(id);
        }
      }
    },
  );

  it.each(['en', 'fr'])('gives every %s page its own title', async (language) => {
    const paths = PAGES.map(([path]) => path).filter(
      (path) => (path === '/fr' || path.startsWith('/fr/')) === (language === 'fr'),
    );
    const titles = await Promise.all(
      paths.map(async (path) => /<title>([^<]+)<\/title>/.exec((await html(path)).body)![1]),
    );
    expect(new Set(titles).size, titles.join('\n')).toBe(titles.length);
  });

  it('puts Google Scholar citation tags on publication pages', async () => {
    const { body } = await html('/publications/drug-markets-security-foreign-aid');
    expect(body).toContain(
      '<meta name="citation_title" content="Drug markets, security and foreign aid">',
    );
    expect(body).toContain('<meta name="citation_author" content="Virginia Comolli">');
    expect(body).toContain('<meta name="citation_author" content="Claudia Hofmann">');
    expect(body).toContain('<meta name="citation_language" content="en">');
  });

  it('points the canonical of a page shown in another language to the original', async () => {
    const { body } = await html('/fr/publications/drug-markets-security-foreign-aid');
    const [, href] = /<link[^>]*rel="canonical"[^>]*href="([^"]+)"/.exec(body)!;
    expect(new URL(href!).pathname).toBe('/publications/drug-markets-security-foreign-aid');
  });

  it('lists both languages in sitemap.xml, and robots.txt points to it', async () => {
    const robots = await (await fetch(site.url + '/robots.txt')).text();
    const index = /Sitemap: (\S+)/i.exec(robots)?.[1];
    expect(index).toMatch(/sitemap/);
    // One sitemap per language, listed in the index robots.txt names.
    const indexXml = await (await fetch(site.url + new URL(index!).pathname)).text();
    const children = [...indexXml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
    expect(children).toHaveLength(2);
    const sitemaps = await Promise.all(
      children.map(async (child) => (await fetch(site.url + new URL(child).pathname)).text()),
    );
    const sitemap = sitemaps.join('\n');
    for (const path of [
      '/about',
      '/fr/a-propos',
      '/publications/drug-markets-security-foreign-aid',
      '/fr/publications/drug-markets-security-foreign-aid',
      '/fr/evenements/osce-2020-conference',
      '/fr/personnes/michael-levi',
      '/news/project-launch',
      '/fr/themes/law-enforcement',
    ]) {
      expect(sitemap).toContain(`${path}</loc>`);
    }
  });

  it('sends security headers: a CSP without inline scripts, no framing, no sniffing', async () => {
    const { response } = await html('/publications');
    const csp = response.headers.get('content-security-policy') ?? '';
    const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1] ?? '';
    expect(scriptSrc).toContain("'self'");
    expect(scriptSrc).not.toContain('unsafe-inline');
    expect(scriptSrc).not.toContain('unsafe-eval');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  });

  it('runs under that CSP: no violation, no third-party request, links work', async () => {
    const page = await site.browser.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text()))
        violations.push(message.text());
    });
    const thirdParty: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(site.url)) thirdParty.push(request.url());
    });
    // From the network page (its form) to a reading page.
    await page.goto(site.url + '/network', { waitUntil: 'networkidle' });
    await page.locator('header').getByRole('link', { name: 'Publications' }).click();
    await page.waitForURL(/\/publications$/);
    await page.getByText('7 publications').waitFor({ timeout: 10_000 });
    expect(violations).toEqual([]);
    expect(thirdParty).toEqual([]);
    await page.close();
  });
});

describe('the site’s address, given when the server starts', () => {
  // As docker-compose.yml gives it: NUXT_PUBLIC_SITE_URL at run time, not when the site is built.
  const site = ownSiteForFile('site-url', { NUXT_PUBLIC_SITE_URL: 'https://mdle.example.org' });

  it('starts every URL search engines read: canonical, hreflang, og:url, JSON-LD', async () => {
    const body = await (await fetch(site.web.url + '/fr/publications')).text();
    const urls = [
      ...body.matchAll(/<link[^>]*rel="(?:canonical|alternate)"[^>]*href="(http[^"]+)"/g),
      ...body.matchAll(/<meta property="og:url" content="([^"]+)"/g),
      ...body.matchAll(/"@id":"([^"]+)"/g),
    ].map((match) => match[1]!);
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) expect(url).toMatch(/^https:\/\/mdle\.example\.org(?:\/|$)/);
    expect(body).toContain(
      '<link rel="canonical" href="https://mdle.example.org/fr/publications">',
    );
  });
});
