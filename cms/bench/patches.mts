/**
 * `pnpm --filter cms bench:patches`: what each performance patch of Strapi (src/patches) is
 * worth. The built CMS (response cache off) is measured with every patch on, then with each one
 * off (MDLE_STRAPI_PATCHES_OFF), on the uncached reads the patches target: a 20-publication list
 * with authors and one publication by slug. A patch stays only where it gains ≥ 10 % (README,
 * "Strapi patches"). SQLite, with 1,000 generated publications unless told.
 *   BENCH_DURATION=10  BENCH_WARMUP=3  BENCH_PUBLICATIONS=1000
 *   BENCH_SQLITE_FILE=/path/bench.sqlite (kept between runs, like `pnpm bench`)
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  generateCmsSecrets,
  getFreePort,
  startBuiltCms,
} from '../../packages/test-utils/src/index.ts';
import { formatTable, measure } from '../../packages/test-utils/src/bench.ts';
import { withStrapi } from '../scripts/with-strapi.mts';
import { generate } from './generate.mts';
import { graphql, LIST_QUERY, SLUG_QUERY } from './queries.mts';

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
const PUBLICATIONS = Number(process.env.BENCH_PUBLICATIONS ?? 1000);
/** The patches MDLE_STRAPI_PATCHES_OFF can turn off (kind `performance`). */
const PERFORMANCE_PATCHES = [
  'plain-fields',
  'relation-queries',
  'query-checks',
  'reads-without-transaction',
  'batched-relations',
  'public-permissions-cache',
];

const file =
  process.env.BENCH_SQLITE_FILE || join(mkdtempSync(join(tmpdir(), 'mdle-bench-')), 'bench.sqlite');
const env = { DATABASE_FILENAME: file, DATABASE_URL: '' };
Object.assign(process.env, generateCmsSecrets(), env, { CMS_SEED: 'true' });
const generated = await withStrapi((strapi) => generate(strapi, PUBLICATIONS));
const slug =
  generated > 0
    ? `generated-report-${Math.floor(generated / 2)}`
    : 'drug-markets-security-foreign-aid';
const cases = [
  ['GraphQL list (20 + authors)', graphql(LIST_QUERY, { locale: 'en' })],
  ['GraphQL one by slug', graphql(SLUG_QUERY, { slug })],
] as const;

/** req/s of each case with the given patches off. */
async function measureWith(off: string[]): Promise<number[]> {
  const cms = await startBuiltCms({
    port: await getFreePort(),
    env: {
      ...env,
      NODE_ENV: 'production',
      CMS_SEED: 'false',
      GRAPHQL_CACHE_TTL: '0',
      MDLE_STRAPI_PATCHES_OFF: off.join(','),
    },
  });
  try {
    const rates: number[] = [];
    for (const [label, options] of cases) {
      const url = `${cms.url}/graphql`;
      await measure({ ...options, url, duration: WARMUP });
      const { rps, p50 } = await measure({ ...options, url, duration: DURATION });
      console.info(
        `  ${off.length ? `${off.join(',')} off` : 'all on'}: ${label} ${rps} req/s, p50 ${p50} ms`,
      );
      rates.push(rps);
    }
    return rates;
  } finally {
    await cms.stop();
  }
}

console.info(`[bench:patches] SQLite, ${generated + 7} publications`);
const allOn = await measureWith([]);
const rows: string[][] = [];
for (const patch of PERFORMANCE_PATCHES) {
  const without = await measureWith([patch]);
  const gains = allOn.map((rate, index) => rate / Math.max(without[index]!, 1) - 1);
  rows.push([
    patch,
    ...cases.flatMap((_, index) => [
      `${without[index]} → ${allOn[index]}`,
      `${(gains[index]! * 100).toFixed(0)} %`,
    ]),
    Math.max(...gains) >= 0.1 ? 'keep' : 'remove',
  ]);
}
const header = [
  'patch',
  ...cases.flatMap(([label]) => [`${label} req/s off → on`, 'gain']),
  '≥ 10 %',
];
console.info(`\n${formatTable(header, rows)}`);
