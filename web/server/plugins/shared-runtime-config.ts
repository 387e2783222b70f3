import type { H3Event } from 'h3';

/**
 * Nitro's `useRuntimeConfig(event)` gives each request its own deep copy of the runtime config,
 * with every key looked up again in `process.env` (so that platforms with per-request bindings
 * can differ). Route rules, Nuxt's renderer and several modules call it on every request, cache
 * hits included: it was a third of a cached page's cost. This server's environment is read once at
 * start, so every request shares that one (frozen) config. Registered as a `request` hook, Nitro's
 * documented extension point, it runs before any handler reads the config.
 */
export default defineNitroPlugin((nitroApp) => {
  const shared = useRuntimeConfig();
  // `event.context.nitro.runtimeConfig` is where Nitro keeps a request's config: if that changes,
  // refuse to start rather than silently pay for a copy per request again.
  const probe = { context: { nitro: { runtimeConfig: shared } } } as unknown as H3Event;
  if (useRuntimeConfig(probe) !== shared) {
    throw new Error(
      "[shared-runtime-config] Nitro no longer reads a request's config from event.context.nitro.runtimeConfig: update this plugin",
    );
  }
  nitroApp.hooks.hook('request', (event) => {
    event.context.nitro.runtimeConfig = shared;
  });
});
