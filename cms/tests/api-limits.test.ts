/**
 * Abuse limits of the public API: each rejects an abusive request with a clear error (depth,
 * page size, aliases, cost, body size) and no error carries a stack trace.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRAPHQL_LIMITS } from '../src/extensions/graphql/limits';
import { bootCms, type TestCms } from './harness';

describe('public API limits', () => {
  let cms: TestCms;
  beforeAll(async () => {
    cms = await bootCms();
  });
  afterAll(() => cms?.stop());

  it('rejects a query nested deeper than the depth limit', async () => {
    let selection = 'title';
    for (let level = 0; level < GRAPHQL_LIMITS.depth; level += 1) {
      selection =
        level % 2 === 0
          ? `authors { publications { ${selection} } }`
          : `event { reports { ${selection} } }`;
    }
    const { status, body } = await cms.graphql(`{ publications { ${selection} } }`);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(/exceeds maximum operation depth/);
  });

  it('caps the page size', async () => {
    const { body } = await cms.graphql<{
      publications_connection: { nodes: unknown[]; pageInfo: { pageSize: number } };
    }>(
      '{ publications_connection(pagination: { pageSize: 5000 }) { nodes { title } pageInfo { pageSize total } } }',
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.publications_connection.pageInfo.pageSize).toBeLessThanOrEqual(
      GRAPHQL_LIMITS.maxPageSize,
    );
    expect(body.data!.publications_connection.nodes.length).toBeLessThanOrEqual(
      GRAPHQL_LIMITS.maxPageSize,
    );
  });

  it('rejects too many aliases', async () => {
    const aliases = Array.from(
      { length: GRAPHQL_LIMITS.maxAliases + 5 },
      (_, i) => `a${i}: global { siteName }`,
    );
    const { body } = await cms.graphql(`{ ${aliases.join(' ')} }`);
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]?.message).toMatch(/aliases/i);
  });

  it('rejects a query above the cost limit', async () => {
    const fields =
      'title slug abstract seriesNumber publicationType publicationDate datePrecision documentLanguage';
    const heavy = Array.from(
      { length: GRAPHQL_LIMITS.maxAliases },
      (_, i) =>
        `p${i}: publications { ${fields} authors { name slug role bio publications { ${fields} } } }`,
    );
    const { body } = await cms.graphql(
      `{ ${heavy.slice(0, GRAPHQL_LIMITS.maxAliases - 1).join(' ')} }`,
    );
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]?.message).toMatch(/cost/i);
  });

  it('rejects an oversized request body', async () => {
    const response = await fetch(`${cms.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ global { siteName } } # ${'x'.repeat(100_000)}` }),
    });
    expect(response.status).toBe(413);
  });

  it('answers errors without stack traces', async () => {
    const { body } = await cms.graphql('{ publications(filters: { nope: { eq: 1 } }) { title } }');
    expect(body.errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|at .*\.js:\d+/i);
  });
});
