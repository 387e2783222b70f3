import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from './stack';

// axe-core's browser bundle, injected into each page.
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface AxeResult {
  violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
}

describe('accessibility (axe-core) of every page type, in both languages', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.stop());

  const violationsOf = async (path: string, before?: string) => {
    const page = await stack.browser.newPage();
    await page.goto(stack.web.url + path, { waitUntil: 'networkidle' });
    if (before) await page.evaluate(before);
    await page.addScriptTag({ content: axeSource });
    const result = (await page.evaluate(() =>
      (window as unknown as { axe: { run: () => Promise<unknown> } }).axe.run(),
    )) as AxeResult;
    await page.close();
    return result.violations.map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  };

  it('reports a violation when a page has one (the check itself works)', async () => {
    // Outside the Vue root, so hydration cannot remove it.
    const broken = `document.body.insertAdjacentHTML('beforeend', '<img src="/favicon.svg">')`;
    expect((await violationsOf('/', broken)).join('\n')).toMatch(/image-alt/);
  });

  it.each(['/', '/fr', '/about', '/fr/a-propos', '/fr/page-qui-nexiste-pas'])(
    '%s has no axe violations',
    async (path) => {
      expect(await violationsOf(path)).toEqual([]);
    },
  );
});
