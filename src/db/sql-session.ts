import type { PGlite } from "@electric-sql/pglite";
import type { Client } from "pg";

/**
 * One database session for raw SQL (migrations, tests, search). `exec` uses the
 * simple query protocol so multi-statement files, `$$` bodies and DO blocks work.
 */
export interface SqlSession {
  exec(sql: string): Promise<void>;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

export function pgliteSession(pglite: PGlite): SqlSession {
  return {
    async exec(sql) {
      await pglite.exec(sql);
    },
    async query<T>(sql: string, params: unknown[] = []) {
      const result = await pglite.query<T>(sql, params);
      return result.rows;
    },
  };
}

export function pgSession(client: Client): SqlSession {
  return {
    async exec(sql) {
      await client.query(sql);
    },
    async query<T>(sql: string, params: unknown[] = []) {
      const result = await client.query(sql, params);
      return result.rows as T[];
    },
  };
}
