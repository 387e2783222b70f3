import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { useSite } from './stack';

// axe-core's browser bundle, injected into each page.
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface AxeResult {
  violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
}

describe('accessibility (axe-core) of every page type, in both languages', () => {
  const site = useSite();

  const violationsOf = async (path: string, before?: string) => {
    // Our CSP rightly blocks the injected axe script: let the test page bypass it.
    const page = await site.browser.newPage({ bypassCSP: true });
    // A page that does not hydrate as rendered is also one assistive technology sees change.
    const hydrationErrors: string[] = [];
    page.on('console', (message) => {
      if (/hydration/i.test(message.text())) hydrationErrors.push(message.text());
    });
    await page.goto(site.url + path, { waitUntil: 'networkidle' });
    if (before) await page.evaluate(before);
    await page.addScriptTag({ content: axeSource });
    const result = (await page.evaluate(() =>
      (window as unknown as { axe: { run: () => Promise<unknown> } }).axe.run(),
    )) as AxeResult;
    await page.close();
    return [
      ...result.violations.map(
        (violation) =>
          `${violation.id} (${violation.impact}): ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      ),
      ...hydrationErrors,
    ];
  };

  it('reports a violation when a page has one (the check itself works)', async () => {
    // Outside the Vue root, so hydration cannot remove it.
    const broken = `document.body.insertAdjacentHTML('beforeend', '<img src="/favicon.svg">')`;
    expect((await violationsOf('/', broken)).join('\n')).toMatch(/image-alt/);
  });

  it.each([
    '/',
    '/fr',
    '/about',
    '/fr/a-propos',
    '/publications',
    '/fr/publications?author=geoffrey-monaghan',
    '/publications?q=zzzz',
    '/publications/drug-markets-security-foreign-aid',
    '/fr/publications/drug-markets-security-foreign-aid',
    '/events',
    '/fr/evenements',
    '/events/second-seminar',
    '/fr/evenements/osce-2020-conference',
    '/events/osce-2020-conference',
    '/people',
    '/fr/personnes/olivier-gueniat',
    '/news',
    '/fr/actualites/project-launch',
    '/topics',
    '/fr/themes/law-enforcement',
    '/network',
    '/fr/reseau',
    '/network/confirm?token=abc',
    '/fr/reseau/desabonnement',
    '/share-a-report',
    '/fr/partager-un-rapport',
    '/fr/page-qui-nexiste-pas',
  ])('%s has no axe violations and hydrates as rendered', async (path) => {
    expect(await violationsOf(path)).toEqual([]);
  });
});
