import { createHash } from 'node:crypto';

const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/gi;

/** The CSP source that allows exactly this inline script. */
export function scriptHashSource(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

/**
 * The inline scripts Nuxt itself writes into a page, recognised by their exact shape:
 * - its runtime config: `window.__NUXT__={};window.__NUXT__.config=` followed by one object
 *   literal and nothing after it;
 * - the import map of its entry: JSON with only `imports` pointing at the app's own files;
 * - nuxt-site-config's settings script (below).
 * Anything else (a script injected into content, a third party's snippet) is not allowed.
 */
const NUXT_CONFIG_PREFIX = 'window.__NUXT__={};window.__NUXT__.config=';

function isNuxtConfig(attributes: string, body: string): boolean {
  if (/\btype=/i.test(attributes) || !body.startsWith(NUXT_CONFIG_PREFIX)) return false;
  const config = body.slice(NUXT_CONFIG_PREFIX.length);
  // One object literal (devalue escapes "<"), and no second statement after it.
  return /^\{[^<]*\}$/.test(config) && !/[;,]\s*(window|document|eval|fetch)\b/.test(config);
}

function isNuxtImportMap(attributes: string, body: string): boolean {
  if (!/\btype="importmap"/i.test(attributes)) return false;
  try {
    const map = JSON.parse(body) as { imports?: Record<string, unknown> };
    const targets = Object.values(map.imports ?? {});
    return (
      Object.keys(map).length === 1 &&
      targets.length > 0 &&
      targets.every((target) => typeof target === 'string' && /^(\.{0,2}\/)+_nuxt\//.test(target))
    );
  } catch {
    return false;
  }
}

/** nuxt-site-config's copy of the site settings: `window.__NUXT_SITE_CONFIG__=(function(…){…})(…)`. */
const isSiteConfig = (attributes: string, body: string) =>
  !/\btype=/i.test(attributes) &&
  /^window\.__NUXT_SITE_CONFIG__=\(function\([\w,$]*\)\{return \{[^<]*\)$/.test(body);

const isNuxtScript = (attributes: string, body: string) =>
  isNuxtImportMap(attributes, body) ||
  isNuxtConfig(attributes, body) ||
  isSiteConfig(attributes, body);

/** Hash sources for Nuxt's own inline scripts in an HTML fragment. */
export function nuxtInlineScriptHashes(html: string): string[] {
  return [...html.matchAll(INLINE_SCRIPT)]
    .filter(([, attributes = '', body = '']) => isNuxtScript(attributes, body))
    .map(([, , body = '']) => scriptHashSource(body));
}

/**
 * Allows Nuxt's own inline scripts (its runtime config, its import map) by hash rather than by
 * nonce, so the Content-Security-Policy needs no 'unsafe-inline' for scripts and stays valid in
 * cached pages: the hash is part of the cached response's header. nuxt-security adds
 * `hashes.script` to the header.
 *
 * Only the tags Nuxt's head manager and modules write are read (never the rendered app, where
 * content lives), and only scripts of Nuxt's exact shape: a script injected into a page
 * gets no hash, so the browser refuses to run it.
 */
export function allowNuxtInlineScripts(
  html: { head: string[]; bodyPrepend: string[]; body: string[]; bodyAppend: string[] },
  security: { hashes?: { script: Set<string>; style: Set<string> } },
): void {
  // `body` starts with the rendered app and its teleports (where content lives); modules such as
  // nuxt-site-config append their own tags after those two.
  const moduleTags = html.body.slice(2);
  const fragments = [...html.head, ...html.bodyPrepend, ...moduleTags, ...html.bodyAppend];
  const hashes = fragments.flatMap((fragment) => nuxtInlineScriptHashes(fragment));
  if (hashes.length === 0) return;
  security.hashes ??= { script: new Set(), style: new Set() };
  for (const hash of hashes) security.hashes.script.add(hash);
}
