/** The part of a better-sqlite3 connection this module touches. */
interface PreparingConnection {
  prepare(sql: string): unknown;
}

/** Distinct SQL texts kept per connection; Strapi's queries come in a few hundred shapes. */
export const STATEMENT_CACHE_SIZE = 2000;

/**
 * knex prepares every SQLite query afresh, and the native statement better-sqlite3 allocates is
 * never given back on Node 24 (RSS grew ~4 KB per query, ~0.5 MB per entry published, 14 GB while
 * generating the bench's 10,000 publications). Reusing one statement per SQL text keeps native
 * memory bounded and saves compiling the SQL each time. Safe with knex: it binds and runs a
 * statement synchronously right after preparing it, and never changes a statement's modes.
 *
 * A knex pool `afterCreate` hook: wraps the connection's `prepare`, then hands it back.
 */
export function reusePreparedStatements(
  native: unknown,
  done: (error?: Error, connection?: unknown) => void,
): void {
  const connection = native as PreparingConnection;
  if (typeof connection?.prepare !== 'function') {
    done(
      new Error(
        'Strapi patch "sqlite-statement-cache" cannot be installed: the SQLite connection has no ' +
          '`prepare` (better-sqlite3 changed?). Check src/patches/sqlite-statement-cache.ts.',
      ),
    );
    return;
  }
  const prepare = connection.prepare.bind(connection);
  const statements = new Map<string, unknown>();
  connection.prepare = (sql: string) => {
    let statement = statements.get(sql);
    if (statement) {
      statements.delete(sql); // least recently used first: move it to the end
    } else {
      statement = prepare(sql);
      if (statements.size >= STATEMENT_CACHE_SIZE) {
        statements.delete(statements.keys().next().value!);
      }
    }
    statements.set(sql, statement);
    return statement;
  };
  done(undefined, connection);
}
