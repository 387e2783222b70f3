/**
 * What a public read costs the database: a list runs a constant number of queries whatever its
 * page size, relations are loaded in batches and their access checked once per list, plain fields
 * skip Strapi's per-field wrapper, and lists and searches are served from indexes. These are the
 * tests of the performance patches (see the README's patch table).
 */
import type { UID } from '@strapi/strapi';
import type { GraphQLObjectType, GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolvesOncePerRequest } from '../src/patches/relation-queries';
import { bootCms, type TestCms } from './harness';

describe('database work per public read', () => {
  let cms: TestCms;
  beforeAll(async () => {
    cms = await bootCms();
    // Enough publications, each with two authors, to compare page sizes 1 and 50.
    const people = await cms.strapi
      .documents('api::person.person' as UID.ContentType)
      .findMany({ locale: 'en' });
    const publications = cms.strapi.documents('api::publication.publication' as UID.ContentType);
    for (let index = 0; index < 50; index += 1) {
      await publications.create({
        locale: 'en',
        status: 'published',
        data: {
          title: `Generated report ${index}`,
          slug: `generated-${index}`,
          publicationType: 'report',
          documentLanguage: 'en',
          authors: [
            people[index % people.length]!.documentId,
            people[(index + 1) % people.length]!.documentId,
          ],
        } as never,
      });
    }
  });
  afterAll(() => cms?.stop());

  it('runs a constant number of database queries for a list, whatever the page size', async () => {
    const query = `query List($size: Int) {
      publications(pagination: { pageSize: $size }, sort: "title") { title authors { name } }
    }`;
    const countQueries = async (size: number) => {
      let count = 0;
      const listener = () => (count += 1);
      cms.strapi.db.connection.on('query', listener);
      const { body } = await cms.graphql<{ publications: unknown[] }>(query, { size });
      cms.strapi.db.connection.removeListener('query', listener);
      expect(body.data!.publications).toHaveLength(size);
      return count;
    };
    // The fewest of three reads: the connection also carries the network's distribution worker,
    // whose poll (every NETWORK_DISTRIBUTION_INTERVAL_MS) can fall inside one read and add its
    // own queries. A list that queried per row would still show it in all three.
    const fewest = async (size: number) =>
      Math.min(await countQueries(size), await countQueries(size), await countQueries(size));
    await countQueries(1); // warm-up
    const one = await fewest(1);
    const fifty = await fewest(50);
    expect(fifty).toBe(one);
  });

  it('batches relation loads without stacking a wrapper on each repository lookup', async () => {
    // Strapi hands out one repository per model; wrapping its `load` on every lookup would grow
    // a chain of closures with each request (memory) and each call outside GraphQL (stack).
    const uid = 'api::publication.publication';
    const load = cms.strapi.db.query(uid).load;
    for (let lookup = 0; lookup < 1_000; lookup += 1) cms.strapi.db.query(uid);
    expect(cms.strapi.db.query(uid).load).toBe(load);
    const [first] = await cms.strapi.db.query(uid).findMany({ limit: 1 });
    await expect(cms.strapi.db.query(uid).load(first, 'authors')).resolves.toBeInstanceOf(Array);
  });

  it('validates and sanitizes the same relation arguments once per GraphQL request', async () => {
    const { validate, sanitize } = cms.strapi.contentAPI as unknown as Record<
      'validate' | 'sanitize',
      { query: (query: unknown, schema: unknown, options: unknown) => Promise<unknown> }
    >;
    const person = cms.strapi.getModel('api::person.person' as UID.ContentType);
    const args = { filters: { name: { $containsi: 'a' } }, pagination: { limit: 10 } };
    // Strapi types `run` as returning nothing; it returns what the callback does.
    const inRequest = cms.strapi.requestContext.run.bind(cms.strapi.requestContext) as <T>(
      request: object,
      callback: () => T,
    ) => T;
    // What each author relation of a list checks, as its resolvers ask for it.
    const checkTwice = (request: { path: string; state: { auth: object } }) =>
      inRequest(request, async () => {
        const options = { auth: request.state.auth };
        return {
          validated: [validate.query(args, person, options), validate.query(args, person, options)],
          sanitized: await Promise.all([
            sanitize.query(args, person, options),
            sanitize.query(args, person, options),
          ]),
        };
      });

    const graphql = await checkTwice({ path: '/graphql', state: { auth: {} } });
    expect(graphql.validated[0]).toBe(graphql.validated[1]); // one check, shared
    expect(graphql.sanitized[0]).toEqual(graphql.sanitized[1]);
    expect(graphql.sanitized[0]).not.toBe(graphql.sanitized[1]); // each caller its own copy
    // A new request checks again; REST requests are left as Strapi does them.
    const next = await checkTwice({ path: '/graphql', state: { auth: {} } });
    expect(next.validated[0]).not.toBe(graphql.validated[0]);
    const rest = await checkTwice({ path: '/api/people', state: { auth: {} } });
    expect(rest.validated[0]).not.toBe(rest.validated[1]);
    // Other credentials, or options the shared answer did not depend on: checked each time.
    const auth = {};
    const withOptions = await inRequest({ path: '/graphql', state: { auth } }, () => [
      validate.query(args, person, { auth }),
      validate.query(args, person, { auth: {} }),
      validate.query(args, person, { auth, route: {} }),
    ]);
    expect(new Set(withOptions).size).toBe(3);
    await Promise.all(withOptions);
  });

  describe("a relation's access and arguments, checked once per list", () => {
    type Verify = (auth: unknown, config?: { scope?: string[] }) => Promise<void>;
    const auth = () => cms.strapi.auth as unknown as { verify: Verify };
    const list = `{ publications(locale: "en", pagination: { pageSize: 20 }, sort: "slug") {
      slug authors(sort: "name") { name } authors_connection { nodes { slug } } } }`;
    let verify: Verify;
    beforeAll(() => {
      verify = auth().verify;
    });
    afterAll(() => {
      auth().verify = verify;
    });
    const checksOfAuthors = () => {
      const scopes: string[] = [];
      auth().verify = (credentials, config) => {
        scopes.push(...(config?.scope ?? []));
        return verify(credentials, config);
      };
      return () => scopes.filter((scope) => scope === 'api::person.person.find').length;
    };

    it("checks once, and gives each row its own relation's entries", async () => {
      const count = checksOfAuthors();
      const { body } = await cms.graphql<{
        publications: {
          slug: string;
          authors: { name: string }[];
          authors_connection: { nodes: { slug: string }[] };
        }[];
      }>(list);
      expect(body.errors).toBeUndefined();
      expect(body.data!.publications).toHaveLength(20);
      // Once for `authors`, once for `authors_connection`, instead of once per row for each.
      expect(count()).toBe(2);
      const stored = await cms.strapi
        .documents('api::publication.publication' as UID.ContentType)
        .findMany({
          locale: 'en',
          status: 'published',
          filters: { slug: { $in: body.data!.publications.map(({ slug }) => slug) } },
          populate: { authors: { fields: ['name', 'slug'] } },
        });
      for (const row of body.data!.publications) {
        const authors = stored.find(({ slug }) => slug === row.slug)!.authors as {
          name: string;
          slug: string;
        }[];
        expect(authors.length).toBeGreaterThan(0);
        expect(row.authors.map(({ name }) => name)).toEqual(
          authors.map(({ name }) => name).sort((a, b) => a.localeCompare(b)),
        );
        expect(row.authors_connection.nodes.map(({ slug }) => slug).sort()).toEqual(
          authors.map(({ slug }) => slug).sort(),
        );
      }
    });

    it('leaves media, and relations given policies or middlewares, to Strapi on every row', () => {
      const contentApi = cms.strapi.plugin('graphql').service('content-api');
      const publication = (schema: GraphQLSchema) =>
        (schema.getType('Publication') as GraphQLObjectType).getFields();
      const before = publication(contentApi.buildSchema() as GraphQLSchema);
      expect(resolvesOncePerRequest(before.authors!.resolve)).toBe(true);
      expect(resolvesOncePerRequest(before.authors_connection!.resolve)).toBe(true);
      expect(resolvesOncePerRequest(before.pdf!.resolve)).toBe(false);
      // A middleware (or policy) may look at the parent row: with one, every row runs Strapi's.
      const passThrough = (next: (...args: unknown[]) => unknown, ...args: unknown[]) =>
        next(...args);
      cms.strapi
        .plugin('graphql')
        .service('extension')
        .use({ resolversConfig: { 'Publication.authors': { middlewares: [passThrough] } } });
      const after = publication(contentApi.buildSchema() as GraphQLSchema);
      expect(resolvesOncePerRequest(after.authors!.resolve)).toBe(false);
      expect(resolvesOncePerRequest(after.authors_connection!.resolve)).toBe(true);
    });

    it('refuses the relation on every row when access is refused', async () => {
      auth().verify = async (credentials, config) => {
        if (config?.scope?.includes('api::person.person.find')) throw new Error('refused');
        return verify(credentials, config);
      };
      const { body } = await cms.graphql<{ publications: unknown[] | null }>(
        '{ publications(locale: "en", pagination: { pageSize: 3 }) { slug authors { name } } }',
      );
      expect(JSON.stringify(body.data)).not.toContain('"name"');
      expect(body.errors?.map(({ path }) => path?.join('.'))).toEqual([
        'publications.0.authors',
        'publications.1.authors',
        'publications.2.authors',
      ]);
      expect(body.errors?.[0]?.message).toMatch(/forbidden/i);
    });
  });

  it("resolves plain fields without Strapi's per-field wrapper, and keeps it wherever access is checked", async () => {
    const contentApi = cms.strapi.plugin('graphql').service('content-api');
    const fieldsOf = (schema: GraphQLSchema, type: string) =>
      (schema.getType(type) as GraphQLObjectType).getFields();

    const schema = contentApi.buildSchema() as GraphQLSchema;
    const publication = fieldsOf(schema, 'Publication');
    for (const plain of ['documentId', 'title', 'publicationType', 'publicationDate', 'locale']) {
      expect(publication[plain]!.resolve, plain).toBeUndefined();
    }
    expect(fieldsOf(schema, 'ComponentSharedSeo').metaTitle!.resolve).toBeUndefined();
    // Relations, media, components and root queries: Strapi's resolvers, auth checks included.
    for (const checked of ['authors', 'pdf', 'seo', 'localizations']) {
      expect(publication[checked]!.resolve, checked).toBeTypeOf('function');
    }
    expect(fieldsOf(schema, 'Query').publications!.resolve).toBeTypeOf('function');
    // A field given a resolver configuration (a middleware, say) keeps the wrapper that runs it.
    const passThrough = (next: (...args: unknown[]) => unknown, ...args: unknown[]) =>
      next(...args);
    cms.strapi
      .plugin('graphql')
      .service('extension')
      .use({ resolversConfig: { 'Publication.slug': { middlewares: [passThrough] } } });
    const configured = fieldsOf(contentApi.buildSchema() as GraphQLSchema, 'Publication');
    expect(configured.slug!.resolve).toBeTypeOf('function');
    expect(configured.title!.resolve).toBeUndefined();
  });

  it('serves lists and searches from indexes, without sorting every row of a locale', async () => {
    const knex = cms.strapi.db.connection;
    const indexesOf = async (table: string): Promise<string[]> =>
      cms.databaseClient === 'postgres'
        ? (
            await knex.raw<{ rows: { indexname: string }[] }>(
              'select indexname from pg_indexes where tablename = ?',
              [table],
            )
          ).rows.map((row) => row.indexname)
        : (await knex.raw<{ name: string }[]>(`PRAGMA index_list(${table})`)).map(
            (row) => row.name,
          );
    expect(await indexesOf('publications')).toEqual(
      expect.arrayContaining([
        'mdle_publications_slug_idx',
        'mdle_publications_locale_title_idx',
        'mdle_publications_locale_id_idx',
      ]),
    );
    if (cms.databaseClient === 'sqlite') {
      // A search Strapi orders by id (the default) walks (locale, id) and stops at the page's end.
      const plan = await knex.raw<{ detail: string }[]>(
        `EXPLAIN QUERY PLAN select * from publications where published_at is not null
           and locale = 'en' and lower(title) like '%markets%' and publication_type = 'report'
           order by id asc limit 20`,
      );
      const details = plan.map((step) => step.detail).join(' | ');
      expect(details).toContain('mdle_publications_locale_id_idx');
      expect(details).not.toContain('TEMP B-TREE');
    }
  });

  it.runIf(process.env.DATABASE_URL)(
    'on PostgreSQL, a text search can use a trigram index instead of reading every row',
    async () => {
      // The SQL Strapi really writes for `containsi`, captured from a GraphQL search.
      const knex = cms.strapi.db.connection;
      const searches: { sql: string; bindings: unknown[] }[] = [];
      const capture = (query: { sql: string; bindings: unknown[] }) => {
        if (/"publications" as/.test(query.sql) && /like/i.test(query.sql)) searches.push(query);
      };
      knex.on('query', capture);
      try {
        const { body } = await cms.graphql(
          '{ publications(locale: "en", filters: { title: { containsi: "report 42" } }) { slug } }',
        );
        expect(body.data).toEqual({ publications: [{ slug: 'generated-42' }] });
      } finally {
        knex.off('query', capture);
      }
      expect(searches).toHaveLength(1);
      // Planned over 5,000 more rows, as on a real site (on a tiny table, reading every row is
      // cheapest). VACUUM brings the trigram index's statistics up to date, as autovacuum would.
      await knex.raw(
        `INSERT INTO publications (document_id, title, locale, published_at, publication_type)
           SELECT 'bulk-' || n, 'Bulk ' || md5(n::text), 'en', now(), 'report'
           FROM generate_series(1, 5000) AS n`,
      );
      let plan: string;
      try {
        await knex.raw('VACUUM ANALYZE publications');
        const { sql, bindings } = searches[0]!;
        const { rows } = await knex.raw<{ rows: Record<string, string>[] }>(
          `EXPLAIN ${sql.replace(/\$\d+/g, '?')}`, // the event carries pg's $n placeholders
          bindings as never,
        );
        plan = rows.map((row) => Object.values(row)[0]).join('\n');
      } finally {
        await knex.raw(`DELETE FROM publications WHERE document_id LIKE 'bulk-%'`);
        await knex.raw('ANALYZE publications');
      }
      expect(plan).toContain('mdle_publications_title_trgm_idx');
    },
  );
});
