import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type Compilable,
  type CompiledQuery,
} from 'kysely';
import type { Sql } from '../database/tenant-database';

/**
 * Kysely as a pure query builder (docs/adr/0006): it compiles statements, it never connects. Statements run
 * through the scope's `Sql` (the request's or job's tenant transaction), so there is no second pool and
 * RLS applies as to every other statement.
 */
export function queryBuilder<DB>(): Kysely<DB> {
  return new Kysely<DB>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (db) => new PostgresIntrospector(db),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
  });
}

/**
 * Statements are immutable: one built once at module load (a fixed statement) compiles to the same text and
 * parameters every time, so it is compiled on its first run only. Statements built per call are not kept.
 */
const compiledOnce = new WeakMap<Compilable<unknown>, CompiledQuery<unknown>>();

/** Runs a built statement: its SQL text, with every value bound as a parameter; rows typed by the builder. */
export async function run<R>(sql: Sql, statement: Compilable<R>): Promise<R[]> {
  let compiled = compiledOnce.get(statement);
  if (!compiled) {
    compiled = statement.compile();
    compiledOnce.set(statement, compiled);
  }
  return sql.query<R>(compiled.sql, [...compiled.parameters]);
}

/** The one row a statement returns (an insert or update with RETURNING, an aggregate). */
export async function runOne<R>(sql: Sql, statement: Compilable<R>): Promise<R> {
  const [row] = await run(sql, statement);
  if (row === undefined) throw new Error('A statement expected to return a row returned none');
  return row;
}
