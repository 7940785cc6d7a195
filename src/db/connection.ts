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
 *
 * With DATABASE_URL, DATABASE_REPLICA_URL (optional) names a read replica of that server: the
 * reader client (`reader`) then has its own pool on it (DATABASE_REPLICA_POOL_SIZE, default 10)
 * and serves the cached public reads. Unset — and always on PGlite — `reader` IS `prisma`.
 */
export type Engine = "postgres" | "pglite";

export interface DatabaseConfig {
  url?: string;
  /** A read replica of `url` for the reader queries (ignored without `url`). */
  replicaUrl?: string;
  dataDir?: string;
  /** Emit Prisma "query" events (tests count queries per render with them). */
  logQueries?: boolean;
}

export interface Database {
  engine: Engine;
  /** The primary: every write, and every read of the newsroom, sessions, throttling, scheduler. */
  prisma: PrismaClient;
  /**
   * The client of the cached public reads (every queries.ts under src/content, the lists, rails,
   * search, feeds, sitemaps and slug status): a replica's when `replicaUrl` is set, otherwise
   * `prisma` itself (the same object: no second pool).
   */
  reader: PrismaClient;
  /** Runs `fn` with one raw SQL session (a dedicated connection on PostgreSQL). */
  withSession<T>(fn: (session: SqlSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export function configFromEnv(env: Record<string, string | undefined> = process.env): DatabaseConfig {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, ...(env.DATABASE_REPLICA_URL ? { replicaUrl: env.DATABASE_REPLICA_URL } : {}) };
  if (env.DATABASE_REPLICA_URL) console.warn("[db] DATABASE_REPLICA_URL is ignored without DATABASE_URL (the embedded database has no replica)");
  return { dataDir: defaultDataDir(env) };
}

/** PostgreSQL's buffer cache inside the embedded database (PGlite's own default is 128MB). */
export const PGLITE_SHARED_BUFFERS = "32MB";

const queryLog = (config: DatabaseConfig) =>
  config.logQueries ? { log: [{ emit: "event" as const, level: "query" as const }] } : {};

export function openDatabase(config: DatabaseConfig = configFromEnv()): Database {
  if (config.url) {
    const url = config.url;
    const adapter = new PrismaPg({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE || 10) });
    const prisma = new PrismaClient({ adapter, ...queryLog(config) });
    const reader = config.replicaUrl
      ? new PrismaClient({
          adapter: new PrismaPg({ connectionString: config.replicaUrl, max: Number(process.env.DATABASE_REPLICA_POOL_SIZE || 10) }),
          ...queryLog(config),
        })
      : prisma;
    return {
      engine: "postgres",
      prisma,
      reader,
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
        if (reader !== prisma) await reader.$disconnect();
      },
    };
  }
  const dataDir = config.dataDir ?? path.resolve(".data", "pglite");
  const inMemory = dataDir.startsWith("memory://");
  const release = inMemory ? () => undefined : lockDataDir(dataDir);
  const pglite = new PGlite(dataDir, {
    extensions: { unaccent, pg_trgm },
    // PGlite starts PostgreSQL with shared_buffers=128MB inside the process. Its data files are
    // read through the operating system's page cache anyway, so a quarter of that serves the
    // same reads while the server's resident memory is ~100 MB smaller.
    startParams: [...PGlite.defaultStartParams, "-c", `shared_buffers=${PGLITE_SHARED_BUFFERS}`],
  });
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite), ...queryLog(config) });
  return {
    engine: "pglite",
    prisma,
    reader: prisma,
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
