import { allowNuxtInlineScripts } from '../utils/csp-hashes';

/** See allowNuxtInlineScripts (server/utils/csp-hashes.ts). */
export default defineNitroPlugin((nitroApp) => {
  nitroApp.hooks.hook('render:html', (html, { event }) => {
    allowNuxtInlineScripts(html, (event.context.security ??= {}));
  });
});
