/**
 * `pnpm bench` (CMS part): the public API under load, on loopback, against the production build.
 * For SQLite and PostgreSQL, at three sizes (the seed alone, 1,000 and 10,000 publications with
 * authors, in English and French), measures with autocannon: a 20-publication list with authors
 * over GraphQL and over REST, one publication by slug, a filtered list, and the full-text site
 * search (`search`: stemmed, ranked, with snippets). Prints a table.
 * A last row, the smallest read Strapi serves (one topic, one field, REST), shows the platform's own
 * floor: what any content request costs before our schema or data play a part.
 *   BENCH_DURATION=10 (seconds per measure)  BENCH_WARMUP=3 (seconds of load before each measure)
 *   BENCH_SIZES=0,1000,10000  BENCH_DATABASES=sqlite,postgres  BENCH_ONLY=<part of a label>
 *   BENCH_POSTGRES_URL=postgres://…
 *   BENCH_SQLITE_FILE=/path/bench.sqlite (kept between runs: what is generated once is reused)
 *   BENCH_POSTGRES_DATABASE_URL=postgres://…/bench (an existing database, likewise kept and reused)
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createThrowawayDatabase,
  generateCmsSecrets,
  getFreePort,
  startBuiltCms,
} from '../../packages/test-utils/src/index.ts';
import {
  formatTable,
  measure,
  type LoadOptions,
  type LoadResult,
} from '../../packages/test-utils/src/bench.ts';
import { withStrapi } from '../scripts/with-strapi.mts';
import { generate } from './generate.mts';
import { graphql, LIST_QUERY, SLUG_QUERY } from './queries.mts';

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
// A just-started server is still compiling its hot paths: a 1 s warm-up moved results by ±30 %.
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
const SIZES = (process.env.BENCH_SIZES ?? '0,1000,10000').split(',').map(Number);
const POSTGRES = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DATABASES = (process.env.BENCH_DATABASES ?? 'sqlite,postgres').split(',');
/** BENCH_ONLY=search measures only the cases whose label contains "search" (any case). */
const measured = (label: string) =>
  label.toLowerCase().includes((process.env.BENCH_ONLY ?? '').toLowerCase());

const SEARCH_QUERY = `query Search {
  publications(locale: "en", filters: { title: { containsi: "markets" }, publicationType: { eq: "report" } },
               pagination: { pageSize: 20 }) { title slug authors { name } }
}`;
const FULL_TEXT_QUERY = `query FullText($query: String!) {
  search(query: $query, locale: "en", pageSize: 10) {
    counts { type count } hits { type slug title locale snippet { text match } } pageInfo { total }
  }
}`;
const REST_SMALLEST = '/api/topics?locale=en&pagination[pageSize]=1&fields[0]=slug';
const REST_LIST =
  '/api/publications?locale=en&pagination[pageSize]=20&sort=title:asc&fields[0]=title&fields[1]=slug&fields[2]=publicationDate&populate[authors][fields][0]=name&populate[authors][fields][1]=slug';

interface Row extends LoadResult {
  database: string;
  publications: number;
  measure: string;
}

async function benchDatabase(name: string, env: Record<string, string>): Promise<Row[]> {
  const rows: Row[] = [];
  Object.assign(process.env, generateCmsSecrets(), env, { CMS_SEED: 'true' });
  for (const size of SIZES) {
    console.info(`[bench] ${name}: preparing ${size} generated publications`);
    const generated = await withStrapi((strapi) => generate(strapi, size));
    const publications = generated + 7;
    const slug =
      generated > 0
        ? `generated-report-${Math.floor(generated / 2)}`
        : 'drug-markets-security-foreign-aid';
    // The API itself (response cache off), then the same list as partners get it by default.
    const runs: Array<{
      cacheTtl: string;
      cases: (url: string) => [string, Partial<LoadOptions>][];
    }> = [
      {
        cacheTtl: '0',
        cases: (url) => [
          [
            'GraphQL list (20 + authors)',
            { url: `${url}/graphql`, ...graphql(LIST_QUERY, { locale: 'en' }) },
          ],
          ['REST list (20 + authors)', { url: url + REST_LIST }],
          ['GraphQL one by slug', { url: `${url}/graphql`, ...graphql(SLUG_QUERY, { slug }) }],
          ['GraphQL filtered search', { url: `${url}/graphql`, ...graphql(SEARCH_QUERY) }],
          // A broad word (one generated publication in five, and the seed's) and a selective one.
          [
            'Full-text site search',
            { url: `${url}/graphql`, ...graphql(FULL_TEXT_QUERY, { query: 'policing' }) },
          ],
          [
            'Full-text site search, selective',
            {
              url: `${url}/graphql`,
              ...graphql(FULL_TEXT_QUERY, { query: 'financial investigation' }),
            },
          ],
          ['REST smallest read (1 topic)', { url: url + REST_SMALLEST }],
        ],
      },
      {
        cacheTtl: '60',
        cases: (url) => [
          [
            'GraphQL list, response cache',
            { url: `${url}/graphql`, ...graphql(LIST_QUERY, { locale: 'en' }) },
          ],
          [
            'Full-text site search, response cache',
            { url: `${url}/graphql`, ...graphql(FULL_TEXT_QUERY, { query: 'policing' }) },
          ],
        ],
      },
    ];
    for (const { cacheTtl, cases } of runs) {
      if (!cases('').some(([label]) => measured(label))) continue;
      const cms = await startBuiltCms({
        port: await getFreePort(),
        env: { ...env, NODE_ENV: 'production', CMS_SEED: 'false', GRAPHQL_CACHE_TTL: cacheTtl },
      });
      try {
        for (const [label, options] of cases(cms.url).filter(([label]) => measured(label))) {
          await measure({ ...options, url: options.url!, duration: WARMUP });
          rows.push({
            database: name,
            publications,
            measure: label,
            ...(await measure({ ...options, url: options.url!, duration: DURATION })),
          });
          const { rps, p50, p99 } = rows.at(-1)!;
          // Each figure as soon as it is measured: a run cut short still reports what it did.
          console.info(`  ${label}: ${rps} req/s, p50 ${p50} ms, p99 ${p99} ms`);
        }
      } finally {
        await cms.stop();
      }
    }
  }
  return rows;
}

function printTable(rows: Row[]): void {
  const header = ['database', 'publications', 'measure', 'req/s', 'p50 ms', 'p99 ms', 'errors'];
  const lines = rows.map((row) => [
    row.database,
    String(row.publications),
    row.measure,
    String(row.rps),
    String(row.p50),
    String(row.p99),
    String(row.errors),
  ]);
  console.info(`\n${formatTable(header, lines)}`);
  for (const database of new Set(rows.map((row) => row.database))) {
    const of = (measure: string, size?: number) =>
      rows.filter(
        (row) =>
          row.database === database &&
          row.measure === measure &&
          (size === undefined || row.publications === size),
      );
    const gql = of('GraphQL list (20 + authors)');
    const rest = of('REST list (20 + authors)');
    const ratio = gql.map((row, i) => (row.rps / (rest[i]?.rps ?? NaN)).toFixed(2)).join(', ');
    const growth = (measure: string) => {
      const p50s = of(measure).map((row) => row.p50);
      return (p50s.at(-1)! / Math.max(p50s[0]!, 1)).toFixed(2);
    };
    const p99s = (measure: string) =>
      of(measure)
        .map((row) => row.p99)
        .join(', ');
    console.info(
      `${database}: GraphQL/REST throughput ${ratio}; GraphQL list p50 largest/seed ${growth('GraphQL list (20 + authors)')}x; ` +
        `full-text search p50 largest/seed ${growth('Full-text site search')}x broad, ` +
        `${growth('Full-text site search, selective')}x selective (target ≤ 2x); ` +
        `p99 ms: list ${p99s('GraphQL list (20 + authors)')}, cached list ${p99s('GraphQL list, response cache')}, smallest read ${p99s('REST smallest read (1 topic)')}`,
    );
  }
}

const rows: Row[] = [];
if (DATABASES.includes('sqlite')) {
  const file =
    process.env.BENCH_SQLITE_FILE ||
    join(mkdtempSync(join(tmpdir(), 'mdle-bench-')), 'bench.sqlite');
  rows.push(...(await benchDatabase('SQLite', { DATABASE_FILENAME: file, DATABASE_URL: '' })));
}
if (DATABASES.includes('postgres')) {
  const kept = process.env.BENCH_POSTGRES_DATABASE_URL;
  const postgres = kept
    ? { url: kept, drop: async () => {} }
    : await createThrowawayDatabase(POSTGRES).catch((error) => {
        console.warn(`[bench] PostgreSQL skipped (${(error as Error).message})`);
        return undefined;
      });
  try {
    if (postgres) {
      const env = { DATABASE_URL: postgres.url, DATABASE_FILENAME: '' };
      rows.push(...(await benchDatabase('PostgreSQL', env)));
    }
  } finally {
    await postgres?.drop();
  }
}
printTable(rows);
