import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes, scriptHashSource } from '../../server/utils/csp-hashes';

describe('CSP hashes of inline scripts', () => {
  it('hashes executable inline scripts exactly as browsers do (SHA-256 of the text)', () => {
    const body = 'window.__NUXT__={}';
    const expected = `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
    expect(scriptHashSource(body)).toBe(expected);
    expect(inlineScriptHashes(`<script>${body}</script>`)).toEqual([expected]);
    expect(inlineScriptHashes(`<script type="importmap">{"imports":{}}</script>`)).toHaveLength(1);
  });

  it('skips scripts with a src, data blocks and empty scripts', () => {
    const html = [
      '<script type="module" src="/_nuxt/entry.js"></script>',
      '<script type="application/json" id="__NUXT_DATA__">[1]</script>',
      '<script type="application/ld+json">{"@context":"https://schema.org"}</script>',
      '<script> </script>',
    ].join('');
    expect(inlineScriptHashes(html)).toEqual([]);
  });
});
