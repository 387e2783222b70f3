/**
 * `./mdle bench` (cluster part): one replica of each app against two, through the same nginx
 * (the repository's deploy/nginx configuration, started by startCluster) on PostgreSQL, Redis
 * and s3rver, all on loopback and loaded by wrk (1 thread, 10 connections):
 *  - the uncached GraphQL list (the CMS's response cache off: GRAPHQL_CACHE_TTL=0);
 *  - the uncached publication page (the site's page cache and replay off, the CMS's cache off:
 *    every request renders and queries the CMS);
 *  - the cached publication page (page cache in Redis, as in production);
 * next to a bare Node `http` server sending the cached page's very bytes (the physical
 * reference), each replica's p99 as nginx saw it (its upstream log) and each replica's memory
 * after the load. BENCH_DURATION=10 (seconds per measure).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  ensureDebianTools,
  errorsOf,
  formatTable,
  machineCpuMs,
  processCpuMs,
  rssMegabytes,
  wrk,
  type LoadResult,
} from '../packages/test-utils/src/bench.ts';
import {
  startCluster,
  type Cluster,
  type ClusterOptions,
  type Replica,
} from '../packages/test-utils/src/cluster.ts';

const PUBLICATION = '/publications/drug-markets-security-foreign-aid';
const GRAPHQL_LIST = JSON.stringify({
  query:
    'query BenchList { publications(locale: "en", pagination: { pageSize: 10 }) { title slug publicationDate authors { name } topics { title } } }',
});
const UNCACHED: ClusterOptions = {
  cmsEnv: { GRAPHQL_CACHE_TTL: '0' },
  webEnv: { NUXT_PAGE_CACHE_MEGABYTES: '0', NUXT_HOT_RESPONSES_SECONDS: '0' },
};

interface Measure {
  what: string;
  replicas: number;
  result: LoadResult;
  /** p99 per replica, as nginx timed each one's answers. */
  perReplica: string;
  /** CPU time per request, by replica, and how busy the machine's cores were. */
  cpu: string;
  memory: string;
}

/** The replicas' processes, named `cms-1`, `web-2`… */
const replicaProcesses = (cluster: Cluster) => [
  ...cluster.cms.map((replica, index) => [`cms-${index + 1}`, replica.server] as const),
  ...cluster.web.map((replica, index) => [`web-${index + 1}`, replica.server] as const),
];

const memoryOf = (cluster: Cluster) =>
  replicaProcesses(cluster)
    .map(([name, server]) => `${name} ${mb(server)}`)
    .join(', ');
const mb = (server: Replica['server']) =>
  server ? `${rssMegabytes(server.process.pid!).toFixed(0)} MB` : 'stopped';

/** Warms a URL (JIT, connections), runs `afterWarmUp`, then loads it. */
async function load(
  url: string,
  options: Parameters<typeof wrk>[1] = {},
  afterWarmUp?: () => Promise<unknown>,
): Promise<LoadResult> {
  await wrk(url, { ...options, duration: 2 });
  await afterWarmUp?.();
  return wrk(url, options);
}

const percentile = (sorted: number[], share: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))]!;

/** CPU used from now on, read by the function it returns (per request, and the machine's share). */
function startCpuCount(cluster: Cluster): (rps: number) => string {
  const started = performance.now();
  const machine = machineCpuMs();
  const processes = replicaProcesses(cluster).flatMap(([name, server]) =>
    server?.process.pid
      ? [{ name, pid: server.process.pid, used: processCpuMs(server.process.pid) }]
      : [],
  );
  return (rps) => {
    const seconds = (performance.now() - started) / 1000;
    const perRequest = (used: number) => used / seconds / rps;
    const byReplica = processes.map(
      ({ name, pid, used }) => `${name} ${perRequest(processCpuMs(pid) - used).toFixed(2)}`,
    );
    const now = machineCpuMs();
    const busy = (100 * (now.busy - machine.busy)) / (now.total - machine.total);
    return `${byReplica.join(', ')} ms; whole machine (wrk too) ${perRequest(now.busy - machine.busy).toFixed(2)} ms; cores ${busy.toFixed(0)} % busy`;
  };
}

/**
 * Loads a URL of the cluster, with each replica's p99 over the measure (warm-up left out) and the
 * CPU time each replica spent per request: what a second replica costs on shared cores.
 */
async function loadCluster(
  cluster: Cluster,
  url: string,
  options: Parameters<typeof wrk>[1] = {},
): Promise<{ result: LoadResult; perReplica: string; cpu: string }> {
  let cpuCount: ((rps: number) => string) | undefined;
  // Reading the upstream log after the warm-up leaves the warm-up's answers out.
  const result = await load(url, options, async () => {
    await cluster.upstreamTimes();
    cpuCount = startCpuCount(cluster);
  });
  const cpu = cpuCount!(result.rps);
  const perReplica = [...(await cluster.upstreamTimes())]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, times]) => {
      const sorted = times.sort((a, b) => a - b);
      return `${name} ${percentile(sorted, 0.99).toFixed(0)} ms (${sorted.length})`;
    })
    .join(', ');
  return { result, perReplica, cpu };
}

async function bareNodeSending(bytes: Buffer): Promise<LoadResult> {
  const bare = createServer((_, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(bytes);
  });
  await new Promise<void>((listening) => bare.listen(0, '127.0.0.1', listening));
  try {
    return await load(`http://127.0.0.1:${(bare.address() as AddressInfo).port}/`);
  } finally {
    bare.close();
  }
}

ensureDebianTools([
  ['wrk', 'wrk'],
  ['nginx', 'nginx-light'],
]);

const measures: Measure[] = [];
let reference: LoadResult | undefined;
for (const replicas of [1, 2]) {
  const uncached = await startCluster({ replicas, ...UNCACHED, logUpstreams: true });
  try {
    console.info(`[bench] ${replicas} replica(s), caches off: GraphQL list, publication page`);
    const graphql = await loadCluster(uncached, `${uncached.cmsUrl}/graphql`, {
      jsonBody: GRAPHQL_LIST,
    });
    measures.push({ what: 'GraphQL list, uncached', replicas, ...graphql, memory: '' });
    const page = await loadCluster(uncached, uncached.siteUrl + PUBLICATION);
    measures.push({
      what: 'publication page, uncached',
      replicas,
      ...page,
      memory: memoryOf(uncached),
    });
  } finally {
    await uncached.stop();
  }
  const cached = await startCluster({ replicas, logUpstreams: true });
  try {
    console.info(`[bench] ${replicas} replica(s), page cache in Redis: publication page`);
    const page = await loadCluster(cached, cached.siteUrl + PUBLICATION);
    // The physical reference, at the same moment: the page's very bytes from Node's bare server.
    reference ??= await bareNodeSending(
      Buffer.from(await (await fetch(cached.siteUrl + PUBLICATION)).arrayBuffer()),
    );
    measures.push({
      what: 'publication page, cached',
      replicas,
      ...page,
      memory: memoryOf(cached),
    });
  } finally {
    await cached.stop();
  }
}

const speedUp = (what: string) => {
  const [one, two] = [1, 2].map(
    (replicas) => measures.find((m) => m.what === what && m.replicas === replicas)!.result.rps,
  );
  return `${(two! / one!).toFixed(2)}×`;
};
const fixed = (value: number) => (Number.isFinite(value) ? value.toFixed(2) : 'n/a');
console.info(
  `\n${formatTable(
    [
      'measure (through nginx)',
      'replicas',
      'req/s',
      'p50 ms',
      'p99 ms',
      'errors',
      'p99 per replica (answers)',
      'CPU per request',
      'memory after',
    ],
    [
      ...measures.map(({ what, replicas, result, perReplica, cpu, memory }) => [
        what,
        String(replicas),
        String(result.rps),
        fixed(result.p50),
        fixed(result.p99),
        errorsOf(result),
        perReplica,
        cpu,
        memory,
      ]),
      [
        'bare Node http, same bytes as the cached page',
        '',
        String(reference!.rps),
        fixed(reference!.p50),
        fixed(reference!.p99),
        errorsOf(reference!),
        '',
        '',
        '',
      ],
    ],
  )}\n\n2 replicas against 1: GraphQL list ${speedUp('GraphQL list, uncached')}, uncached page ${speedUp('publication page, uncached')}, cached page ${speedUp('publication page, cached')} (target ≥ 1.4× uncached; 2 cores shared with nginx, wrk, PostgreSQL and Redis)`,
);
