import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe';
import { useSite } from './stack';

describe('accessibility (axe-core) of every page type, in both languages', () => {
  const site = useSite();

  /** axe's violations on a page, after `act` (a form sent, say) if given. */
  const violationsOf = (path: string, act?: (page: Page) => Promise<void>) =>
    axeViolations(site.browser, site.url + path, act);

  it('reports a violation when a page has one (the check itself works)', async () => {
    const broken = `document.body.insertAdjacentHTML('beforeend', '<img src="/favicon.svg">')`;
    const violations = await violationsOf('/', (page) => page.evaluate(broken));
    expect(violations.join('\n')).toMatch(/image-alt/);
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
    '/network/answer',
    '/share-a-report',
    '/fr/partager-un-rapport',
    '/fr/partager-un-rapport/reponse',
    '/search?q=police',
    '/fr/recherche?q=drogues',
    '/fr/page-qui-nexiste-pas',
  ])('%s has no axe violations', async (path) => {
    expect(await violationsOf(path)).toEqual([]);
  });

  it.each([
    ['/fr/reseau', 'Rejoindre le réseau'],
    ['/share-a-report', 'Send the report'],
  ])('%s, sent empty, comes back with its errors and no axe violation', async (path, button) => {
    const violations = await violationsOf(path, async (page) => {
      await page.getByRole('button', { name: button }).click();
      await page.getByRole('alert').waitFor();
    });
    expect(violations).toEqual([]);
  });
});
