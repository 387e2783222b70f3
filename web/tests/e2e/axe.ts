import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';

// axe-core's browser bundle, injected into each page.
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface AxeResult {
  violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
}

/** axe's violations on the page at `url`, after `act` (a form sent, say) if given; one line each. */
export async function axeViolations(
  browser: Browser,
  url: string,
  act?: (page: Page) => Promise<void>,
): Promise<string[]> {
  // Our CSP rightly blocks the injected axe script: let the test page bypass it.
  const page = await browser.newPage({ bypassCSP: true });
  await page.goto(url, { waitUntil: 'networkidle' });
  await act?.(page);
  await page.addScriptTag({ content: axeSource });
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run: () => Promise<unknown> } }).axe.run(),
  )) as AxeResult;
  await page.close();
  return result.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}
