import { setImmediate as nextEventLoopTurn } from 'node:timers/promises';

/**
 * Sends a page's CMS reads as soon as its render starts (Nitro's `render:before`, reached only
 * when the page cache has no answer), rather than when the render reaches the components that
 * ask: they then travel while Nuxt builds the app, and wait no more on the render's path. Two
 * turns of the event loop let undici write them: it writes on a kept-alive connection from a
 * later turn, and the render that follows runs as one chain of microtasks that would hold them
 * back until its first wait. Previews read with their own token and start nothing here.
 */
export default defineNitroPlugin((nitroApp) => {
  nitroApp.hooks.hook('render:before', async ({ event }) => {
    if (previewOf(event) || !startPageReads(event)) return;
    await nextEventLoopTurn();
    await nextEventLoopTurn();
  });
});
