import { inlineScriptHashes } from '../utils/csp-hashes';

/**
 * Allows Nuxt's own inline script (its runtime config) by hash rather than by nonce, so the
 * Content-Security-Policy needs no 'unsafe-inline' for scripts and stays valid in cached pages:
 * the hash is part of the cached response's header. nuxt-security adds `hashes.script` to the header.
 */
export default defineNitroPlugin((nitroApp) => {
  nitroApp.hooks.hook('render:html', (html, { event }) => {
    const fragments = [...html.head, ...html.bodyPrepend, ...html.body, ...html.bodyAppend];
    const hashes = new Set(fragments.flatMap((fragment) => inlineScriptHashes(fragment)));
    if (hashes.size === 0) return;
    const security = (event.context.security ??= {}) as {
      hashes?: { script: Set<string>; style: Set<string> };
    };
    security.hashes ??= { script: new Set(), style: new Set() };
    for (const hash of hashes) security.hashes.script.add(hash);
  });
});
