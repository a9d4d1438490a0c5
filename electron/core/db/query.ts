import type Database from 'better-sqlite3';
import {
  DummyDriver,
  Kysely,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type Compilable,
} from 'kysely';
import type { DB } from './schema';

/**
 * Kysely as a typed SQL *builder* only; statements run synchronously on better-sqlite3.
 *
 * Why not Kysely's own SqliteDialect: it wraps the synchronous driver in promises, so a
 * transaction spans `await`s. better-sqlite3's `db.transaction(fn)` is synchronous, cannot
 * interleave with other work and is several times faster. Building with Kysely still gives typed
 * queries that a PostgreSQL dialect could run later (the reason ARCHITECTURE.md picks it).
 */
export const qb = new Kysely<DB>({
  dialect: {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  },
});

export type Row<Q> = Q extends Compilable<infer R> ? R : never;

export class Queries {
  // Compiling a statement costs more than running a small one; Kysely emits the same SQL text for
  // the same query shape, so prepared statements are cached by text.
  private readonly statements = new Map<string, Database.Statement>();

  constructor(readonly sqlite: Database.Database) {}

  prepare(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.sqlite.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  all<R>(query: Compilable<R>): R[] {
    const { sql, parameters } = query.compile();
    return this.prepare(sql).all(...(parameters as unknown[])) as R[];
  }

  first<R>(query: Compilable<R>): R | undefined {
    const { sql, parameters } = query.compile();
    return this.prepare(sql).get(...(parameters as unknown[])) as R | undefined;
  }

  run(query: Compilable<unknown>): Database.RunResult {
    const { sql, parameters } = query.compile();
    return this.prepare(sql).run(...(parameters as unknown[]));
  }

  /** Runs `fn` in one SQLite transaction (nested calls become savepoints). */
  tx<T>(fn: () => T): T {
    return this.sqlite.transaction(fn)();
  }
}
