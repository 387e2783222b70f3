import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  allowNuxtInlineScripts,
  nuxtInlineScriptHashes,
  scriptHashSource,
} from '../../server/utils/csp-hashes';

const NUXT_CONFIG =
  'window.__NUXT__={};window.__NUXT__.config={public:{siteUrl:"https://x"},app:{baseURL:"/"}}';
const IMPORT_MAP = '{"imports":{"#entry":"/_nuxt/BXr2.js"}}';

describe('CSP hashes of inline scripts', () => {
  it('hashes Nuxt’s config script and import map exactly as browsers do (SHA-256 of the text)', () => {
    const expected = `'sha256-${createHash('sha256').update(NUXT_CONFIG).digest('base64')}'`;
    expect(scriptHashSource(NUXT_CONFIG)).toBe(expected);
    expect(nuxtInlineScriptHashes(`<script>${NUXT_CONFIG}</script>`)).toEqual([expected]);
    expect(nuxtInlineScriptHashes(`<script type="importmap">${IMPORT_MAP}</script>`)).toHaveLength(
      1,
    );
  });

  it('hashes no other script: injected code, look-alikes, foreign import maps, data blocks', () => {
    const html = [
      '<script>alert(1)</script>',
      `<script>${NUXT_CONFIG};alert(1)</script>`,
      '<script>window.__NUXT__={};window.__NUXT__.config={},fetch("//evil")</script>',
      '<script type="importmap">{"imports":{"x":"https://evil.example/x.js"}}</script>',
      '<script type="module" src="/_nuxt/entry.js"></script>',
      '<script type="application/json" id="__NUXT_DATA__">[1]</script>',
      '<script type="application/ld+json">{"@context":"https://schema.org"}</script>',
    ].join('');
    expect(nuxtInlineScriptHashes(html)).toEqual([]);
  });

  it('never reads the rendered app (where content lives), only the head manager’s tags', () => {
    const security: { hashes?: { script: Set<string>; style: Set<string> } } = {};
    allowNuxtInlineScripts(
      {
        head: [`<script type="importmap">${IMPORT_MAP}</script>`],
        bodyPrepend: [],
        bodyAppend: [`<script>${NUXT_CONFIG}</script>`],
        // An HTML injection in content, even one shaped like Nuxt's script:
        body: [
          '<div><script>window.__NUXT__={};window.__NUXT__.config={evil:1}</script></div>',
          '<div id="teleports"><script>window.__NUXT__={};window.__NUXT__.config={evil:2}</script></div>',
        ],
      } as never,
      security,
    );
    expect([...security.hashes!.script]).toEqual([
      scriptHashSource(IMPORT_MAP),
      scriptHashSource(NUXT_CONFIG),
    ]);
  });
});
