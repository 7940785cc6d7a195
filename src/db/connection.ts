import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";
import { defaultDataDir, lockDataDir } from "./data-dir-lock";
import { pgSession, pgliteSession, type SqlSession } from "./sql-session";

/**
 * The one place that decides the database engine:
 *  - DATABASE_URL set  → that PostgreSQL server through @prisma/adapter-pg;
 *  - otherwise         → embedded PGlite in-process, data in PGLITE_DATA_DIR (default .data/pglite).
 */
export type Engine = "postgres" | "pglite";

export interface DatabaseConfig {
  url?: string;
  dataDir?: string;
  /** Emit Prisma "query" events (tests count queries per render with them). */
  logQueries?: boolean;
}

export interface Database {
  engine: Engine;
  prisma: PrismaClient;
  /** Runs `fn` with one raw SQL session (a dedicated connection on PostgreSQL). */
  withSession<T>(fn: (session: SqlSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL };
  return { dataDir: defaultDataDir(env) };
}

const queryLog = (config: DatabaseConfig) =>
  config.logQueries ? { log: [{ emit: "event" as const, level: "query" as const }] } : {};

export function openDatabase(config: DatabaseConfig = configFromEnv()): Database {
  if (config.url) {
    const url = config.url;
    const adapter = new PrismaPg({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE || 10) });
    const prisma = new PrismaClient({ adapter, ...queryLog(config) });
    return {
      engine: "postgres",
      prisma,
      async withSession(fn) {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        try {
          return await fn(pgSession(client));
        } finally {
          await client.end();
        }
      },
      async close() {
        await prisma.$disconnect();
      },
    };
  }
  const dataDir = config.dataDir ?? path.resolve(".data", "pglite");
  const inMemory = dataDir.startsWith("memory://");
  const release = inMemory ? () => undefined : lockDataDir(dataDir);
  const pglite = new PGlite(dataDir, { extensions: { unaccent, pg_trgm } });
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite), ...queryLog(config) });
  return {
    engine: "pglite",
    prisma,
    async withSession(fn) {
      await pglite.waitReady;
      return fn(pgliteSession(pglite));
    },
    async close() {
      await prisma.$disconnect();
      await pglite.close();
      release();
    },
  };
}
