import { IncomingMessage, type ServerResponse } from 'node:http';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import type { H3Event } from 'h3';
import { LRUCache } from 'lru-cache';
import Negotiator from 'negotiator';

/**
 * Finished responses of cached pages, kept as the exact bytes and headers that went out, so that
 * the next requests for the same URL within a second are answered before Nitro's request hooks,
 * middleware and router run (see plugins/hot-responses.ts). The page cache stays the source of
 * truth: an entry lives `seconds` at most, then one request goes the whole way again (reading the
 * page cache, revalidating it when stale) and refreshes it.
 */
export interface HotResponse {
  status: number;
  /** Flat [name, value, …] list, as `writeHead` takes it. */
  headers: string[];
  body: Buffer;
  etag: string | undefined;
  /** Worth compressing: text, at least 1 kB, with an ETag naming its content. */
  compressible: boolean;
}

export type ContentEncoding = 'br' | 'gzip';
const ENCODINGS: ContentEncoding[] = ['br', 'gzip'];
const MIN_COMPRESSED_BYTES = 1024;
const COMPRESSIBLE_TYPE =
  /^(text\/|application\/(json|javascript|xml|xhtml\+xml|rss\+xml|atom\+xml|feed\+json))/;
/** Set by Node or by us for each answer; never replayed. */
const PER_ANSWER_HEADERS = new Set([
  'content-length',
  'content-encoding',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'date',
]);

const negotiated = new LRUCache<string, ContentEncoding | 'identity'>({ max: 256 });
/** br, else gzip, else nothing, as Accept-Encoding allows (a handful of distinct headers exist). */
function negotiate(acceptEncoding: string | undefined): ContentEncoding | undefined {
  if (!acceptEncoding) return undefined;
  let choice = negotiated.get(acceptEncoding);
  if (!choice) {
    const negotiator = new Negotiator({ headers: { 'accept-encoding': acceptEncoding } });
    // negotiator 1.x takes the server's preference for ties (its @types still describe 0.6).
    const encoding = negotiator.encoding as (
      available: string[],
      options: { preferred: string[] },
    ) => ContentEncoding | undefined;
    const best = encoding.call(negotiator, ENCODINGS, { preferred: ENCODINGS });
    choice = best ?? 'identity';
    negotiated.set(acceptEncoding, choice);
  }
  return choice === 'identity' ? undefined : choice;
}

const compress: Record<ContentEncoding, (body: Buffer) => Buffer> = {
  br: (body) =>
    brotliCompressSync(body, {
      params: {
        // Quality 5: within a tenth of the best size at a thirtieth of its time (0.5 ms for 17 kB).
        [zlibConstants.BROTLI_PARAM_QUALITY]: 5,
        [zlibConstants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
  gzip: (body) => gzipSync(body, { level: zlibConstants.Z_BEST_COMPRESSION }),
};

export interface HotResponsesOptions {
  /** How long an answer is replayed before a request goes through the page cache again. */
  seconds: number;
  /** Memory budget of the replayed answers and of their compressed forms (each). */
  maxBytes: number;
}

export function createHotResponses(options: HotResponsesOptions) {
  const responses = new LRUCache<string, HotResponse>({
    maxSize: options.maxBytes,
    sizeCalculation: (entry) => entry.body.length + 512,
    ttl: options.seconds * 1000,
  });
  // Compressed once per content version (keyed by ETag), not each time an entry is renewed.
  const compressed = new LRUCache<string, Buffer>({
    maxSize: options.maxBytes,
    sizeCalculation: (body) => body.length + 64,
  });

  function encodedBody(entry: HotResponse, encoding: ContentEncoding) {
    const key = `${encoding}:${entry.etag}`;
    let body = compressed.get(key);
    if (!body) {
      body = compress[encoding](entry.body);
      compressed.set(key, body);
    }
    return body;
  }

  /** The smallest form of a kept answer this request accepts, if not the plain one. */
  function encodedFor(req: IncomingMessage, entry: HotResponse) {
    if (!entry.compressible) return undefined;
    const encoding = negotiate(req.headers['accept-encoding']);
    return encoding && { encoding, body: encodedBody(entry, encoding) };
  }

  /** Answers from a kept response; false when there is none (the request goes on as usual). */
  function serve(event: H3Event): boolean {
    const { req, res } = event.node;
    // Only real sockets: Nitro's internal fetches use stand-in request objects.
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !(req instanceof IncomingMessage)) {
      return false;
    }
    const entry = responses.get(req.url ?? '');
    if (!entry) return false;
    if (entry.etag && req.headers['if-none-match'] === entry.etag) {
      send(res, 304, entry.headers, undefined);
      return true;
    }
    const encoded = encodedFor(req, entry);
    const body = encoded?.body ?? entry.body;
    const headers = [...entry.headers, 'content-length', String(body.length)];
    if (encoded) headers.push('content-encoding', encoded.encoding);
    send(res, entry.status, headers, req.method === 'HEAD' ? undefined : body);
    return true;
  }

  /**
   * An answer about to be sent that may be replayed: a cached page's success, with nothing
   * personal in it. Its headers are taken once it is sent (`keep`), when every hook has run.
   */
  function candidate(event: H3Event, body: unknown): HotResponse | undefined {
    const { req, res } = event.node;
    if (req.method !== 'GET' || res.statusCode !== 200 || !(req instanceof IncomingMessage)) return;
    if (typeof body !== 'string' && !(body instanceof Uint8Array)) return;
    if (res.hasHeader('set-cookie') || res.hasHeader('content-encoding')) return;
    // Answers for one person only (an editor's preview): never replayed to anyone.
    if (/\b(?:private|no-store)\b/i.test(String(res.getHeader('cache-control') ?? ''))) return;
    const bytes = Buffer.from(body);
    const etag = res.getHeader('etag');
    return {
      status: 200,
      headers: [],
      body: bytes,
      etag: typeof etag === 'string' ? etag : undefined,
      compressible:
        typeof etag === 'string' &&
        bytes.length >= MIN_COMPRESSED_BYTES &&
        COMPRESSIBLE_TYPE.test(String(res.getHeader('content-type') ?? '')),
    };
  }

  /** Keeps a candidate once it has been sent, with the headers that went out. */
  function keep(event: H3Event, entry: HotResponse) {
    const { req, res } = event.node;
    const sent = res.getHeaders();
    if (sent['set-cookie'] !== undefined) return;
    const headers: string[] = [];
    for (const [name, value] of Object.entries(sent)) {
      if (value === undefined || PER_ANSWER_HEADERS.has(name)) continue;
      for (const item of Array.isArray(value) ? value : [value]) headers.push(name, String(item));
    }
    responses.set(req.originalUrl ?? req.url ?? '', { ...entry, headers });
  }

  return {
    serve,
    candidate,
    keep,
    encodedFor,
    /** Forgets every kept answer (a publish purges the page cache: see api/revalidate). */
    clear: () => responses.clear(),
  };
}

function send(res: ServerResponse, status: number, headers: string[], body: Buffer | undefined) {
  res.writeHead(status, headers);
  res.end(body);
}

export type HotResponses = ReturnType<typeof createHotResponses>;
let shared: HotResponses | null | undefined;

/** This server's kept answers, or null when NUXT_HOT_RESPONSES_SECONDS is 0 (switched off). */
export function useHotResponses(): HotResponses | null {
  if (shared === undefined) {
    const { seconds, megabytes } = useRuntimeConfig().hotResponses;
    shared =
      Number(seconds) > 0
        ? createHotResponses({
            seconds: Number(seconds),
            maxBytes: Number(megabytes) * 1024 * 1024,
          })
        : null;
  }
  return shared;
}
