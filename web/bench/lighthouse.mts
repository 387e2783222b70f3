/**
 * Lighthouse (mobile, its default throttling) on every page type of the site, in English and
 * French, with Debian's Chromium, offline. Lighthouse comes from the npm registry through
 * `pnpm dlx`, so it is fetched when the bench runs and is not a dependency of the site.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CHROMIUM_FLAGS, chromiumPath } from '../../packages/test-utils/src/browser.ts';

const LIGHTHOUSE = 'lighthouse@13.5.0';
/** List pages; each gives its first item as the page type's example. */
const LISTS = ['/publications', '/events', '/news', '/people', '/topics'];
// The search page as search engines see it: its results (`?q=`) are `noindex, follow` on purpose
// (internal search results), which Lighthouse's SEO category counts against.
const SINGLE_PAGES = ['/', '/about', '/network', '/share-a-report', '/search'];

export interface LighthouseRow {
  path: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  tbt: string;
  lcp: string;
}

/** One path per page type, in English, then the French URL each page gives in hreflang. */
async function pagesToAudit(base: string): Promise<string[]> {
  const english = [...SINGLE_PAGES, ...LISTS];
  for (const list of LISTS) {
    const html = await (await fetch(base + list)).text();
    const first = new RegExp(`href="(${list}/[^"?#]+)"`).exec(html)?.[1];
    if (first) english.push(first);
  }
  const french: string[] = [];
  for (const path of english) {
    const html = await (await fetch(base + path)).text();
    const alternate = /<link[^>]*href="([^"]+)"[^>]*hreflang="fr"/.exec(html)?.[1];
    if (alternate) french.push(new URL(alternate).pathname);
  }
  return [...english, ...french];
}

export async function lighthouseScores(base: string): Promise<LighthouseRow[]> {
  const rows: LighthouseRow[] = [];
  for (const path of await pagesToAudit(base)) {
    const directory = mkdtempSync(join(tmpdir(), 'mdle-lighthouse-'));
    const report = join(directory, 'report.json');
    try {
      await promisify(execFile)(
        'pnpm',
        [
          'dlx',
          LIGHTHOUSE,
          base + path,
          '--quiet',
          '--output=json',
          `--output-path=${report}`,
          `--chrome-flags=${[...CHROMIUM_FLAGS, `--user-data-dir=${join(directory, 'profile')}`].join(' ')}`,
        ],
        { env: { ...process.env, CHROME_PATH: chromiumPath() } },
      );
      const result = JSON.parse(readFileSync(report, 'utf8')) as {
        categories: Record<string, { score: number }>;
        audits: Record<string, { displayValue?: string }>;
      };
      const score = (category: string) => Math.round(result.categories[category]!.score * 100);
      rows.push({
        path,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        tbt: result.audits['total-blocking-time']!.displayValue ?? '',
        lcp: result.audits['largest-contentful-paint']!.displayValue ?? '',
      });
    } catch (error) {
      console.error(`[bench] lighthouse ${path}: ${(error as Error).message.split('\n')[0]}`);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  }
  return rows;
}
