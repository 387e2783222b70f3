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
  nitroApp.hooks.hook('request', (event) => {
    event.context.nitro.runtimeConfig = shared;
  });
});
