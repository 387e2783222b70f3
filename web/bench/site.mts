/**
 * `pnpm bench` (site part): the production builds of CMS and site on the seeded content, on
 * loopback. For home, publication list and publication page in both languages, measures with
 * autocannon the page uncached (a fresh query string per request misses the cache) and cached,
 * next to a static file of about the same size served by the same Nuxt server (its ceiling).
 * Prints req/s, p50, p99, the ratio to the static file, and what each page sends gzipped.
 *   BENCH_DURATION=10 (seconds per measure)
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  getFreePort,
  startBuiltCms,
  startBuiltWeb,
  webDir,
} from '../../packages/test-utils/src/index.ts';
import { formatTable, measure, type LoadResult } from '../../packages/test-utils/src/bench.ts';

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const PAGES = [
  ['home', '/'],
  ['home', '/fr'],
  ['publication list', '/publications'],
  ['publication list', '/fr/publications'],
  ['publication page', '/publications/drug-markets-security-foreign-aid'],
  ['publication page', '/fr/publications/drug-markets-security-foreign-aid'],
] as const;

const gzipped = (body: Buffer | string) => gzipSync(body).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** What a page makes the browser download, gzipped: HTML, its scripts, its stylesheets. */
async function pageWeight(base: string, path: string) {
  const html = await (await fetch(base + path)).text();
  const assets = (pattern: RegExp) => [...new Set([...html.matchAll(pattern)].map((m) => m[1]!))];
  const scripts = assets(
    /<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+)"/g,
  );
  const styles = assets(/<link[^>]*rel="stylesheet"[^>]*\shref="([^"]+)"/g);
  const sizeOf = async (url: string) =>
    gzipped(Buffer.from(await (await fetch(new URL(url, base))).arrayBuffer()));
  const js = (await Promise.all(scripts.map(sizeOf))).reduce((a, b) => a + b, 0);
  const css = (await Promise.all(styles.map(sizeOf))).reduce((a, b) => a + b, 0);
  return { htmlBytes: Buffer.byteLength(html), js, total: gzipped(html) + js + css };
}

/** The built asset whose size is closest to `bytes`: the static file to compare a page with. */
function staticFileOfSize(bytes: number): string {
  const directory = join(webDir, '.output', 'public', '_nuxt');
  const [closest] = readdirSync(directory)
    .map((name) => ({ name, size: statSync(join(directory, name)).size }))
    .sort((a, b) => Math.abs(a.size - bytes) - Math.abs(b.size - bytes));
  return `/_nuxt/${closest!.name}`;
}

const cms = await startBuiltCms({ port: await getFreePort(), env: { NODE_ENV: 'production' } });
const web = await startBuiltWeb({
  port: await getFreePort(),
  cmsUrl: cms.url,
  env: { NODE_ENV: 'production' },
});
const rows: string[][] = [];
try {
  for (const [label, path] of PAGES) {
    const weight = await pageWeight(web.url, path);
    const staticPath = staticFileOfSize(weight.htmlBytes);
    let unique = 0;
    const uncachedRequests = [
      {
        setupRequest: (request: { path: string }) => ({
          ...request,
          path: `${path}${path.includes('?') ? '&' : '?'}bench=${unique++}`,
        }),
      },
    ];
    const run = (options: Parameters<typeof measure>[0]) =>
      measure({ duration: DURATION, ...options });
    await run({ url: web.url + path, duration: 1 }); // warm the cache and the JIT
    const results: Array<[string, LoadResult]> = [
      // One visitor at a time: the latency of a render; ten at once: the server's throughput.
      [
        'uncached, 1 conn.',
        await run({ url: web.url + path, connections: 1, requests: uncachedRequests as never }),
      ],
      ['uncached', await run({ url: web.url + path, requests: uncachedRequests as never })],
      ['cached', await run({ url: web.url + path })],
      [
        `static ${kb(statSync(join(webDir, '.output/public', staticPath)).size)}`,
        await run({ url: web.url + staticPath }),
      ],
    ];
    const ceiling = results.at(-1)![1].rps;
    for (const [mode, result] of results) {
      rows.push([
        label,
        path,
        mode,
        String(result.rps),
        String(result.p50),
        String(result.p99),
        (result.rps / ceiling).toFixed(2),
        String(result.errors),
        mode === 'cached' ? kb(weight.js) : '',
        mode === 'cached' ? kb(weight.total) : '',
      ]);
    }
    console.info(`[bench] ${path}: done`);
  }
} finally {
  await web.stop();
  await cms.stop();
}
console.info(
  `\n${formatTable(
    [
      'page',
      'path',
      'mode',
      'req/s',
      'p50 ms',
      'p99 ms',
      '× static',
      'errors',
      'JS gz',
      'total gz',
    ],
    rows,
  )}`,
);
