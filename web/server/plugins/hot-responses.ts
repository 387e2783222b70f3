import type { IncomingMessage } from 'node:http';
import { toNodeListener, type App, type EventHandler, type H3Event } from 'h3';

/**
 * Serves the answers kept by utils/hot-responses.ts ahead of the whole h3 app. A cached page
 * otherwise costs about ten times what Node's http server spends sending the same bytes: every
 * request hook (i18n, security rules, …), middleware, the router and the page cache's lookup run
 * for it. Nitro has no extension point ahead of its `request` hooks, so this wraps the app's
 * `handler`, which h3's Node listener reads on every request; the start is refused if that ever
 * stops being true, rather than silently losing the fast path.
 */
export default defineNitroPlugin((nitroApp) => {
  const hot = useHotResponses();
  if (!hot) return;
  const app = nitroApp.h3App;
  assertListenerReadsHandler();

  const handle = app.handler;
  const fastHandler = (event: H3Event) => (hot.serve(event) ? undefined : handle(event));
  app.handler = Object.assign(fastHandler, handle) as EventHandler;

  nitroApp.hooks.hook('beforeResponse', (event, response) => {
    if (!getRouteRules(event).cache) return;
    const entry = hot.candidate(event, response.body);
    if (!entry) return;
    event.context.hotResponse = entry;
    if (!entry.compressible) return;
    // This answer is sent as its replays will be: compressed (HTML included), varying on it.
    if (!/accept-encoding/i.test(String(getResponseHeader(event, 'vary') ?? ''))) {
      appendResponseHeader(event, 'vary', 'Accept-Encoding');
    }
    const encoded = hot.encodedFor(event.node.req as IncomingMessage, entry);
    if (!encoded) return;
    response.body = encoded.body;
    setResponseHeaders(event, {
      'content-encoding': encoded.encoding,
      'content-length': encoded.body.length,
    });
  });
  // After every module's hooks (nuxt-security removes X-Powered-By in its own beforeResponse).
  nitroApp.hooks.hook('afterResponse', (event) => {
    const entry = event.context.hotResponse as HotResponse | undefined;
    if (entry) hot.keep(event, entry);
  });
});

/** Checks, at start, that h3's Node listener calls `app.handler` as it is at request time. */
function assertListenerReadsHandler() {
  let reached = false;
  const probe = { handler: () => undefined, options: {} } as unknown as App;
  const listener = toNodeListener(probe);
  probe.handler = (() => {
    reached = true;
  }) as unknown as EventHandler;
  void listener({ url: '/', headers: {} } as never, {} as never);
  if (!reached) {
    throw new Error(
      '[hot-responses] h3 no longer reads app.handler per request: update server/plugins/hot-responses.ts',
    );
  }
}
