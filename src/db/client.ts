import type { PrismaClient } from "@/generated/prisma/client";
import { openDatabase, type Database } from "./connection";

/**
 * The application's database: one instance per process (PGlite must never be opened
 * twice on the same directory), created lazily so `next build` never opens it.
 */
const globalForDb = globalThis as unknown as { __newsroomDb?: Database };

export function database(): Database {
  globalForDb.__newsroomDb ??= openDatabase();
  return globalForDb.__newsroomDb;
}

/**
 * The primary. Every write, and every read that must see the latest committed data: the
 * newsroom (src/newsroom, src/app/admin, previews), sessions, sign-in throttling, the
 * scheduler's publishDue, view-count flushes, the seed, and any read inside a write.
 */
export function prisma(): PrismaClient {
  return database().prisma;
}

/**
 * The client of the cached public reads — the reader site's article, list, rails, search,
 * feed and sitemap queries and the slug-status lookup — and of nothing else: the read
 * replica of DATABASE_REPLICA_URL when it is set, otherwise the primary itself (the same
 * object; PGlite and a single server are unchanged).
 *
 * An explicit split rather than @prisma/extension-read-replicas: that extension sends every
 * read outside a transaction to the replica, which would include the newsroom's own reads
 * (the editor reloading what it just saved, the article list, sessions, permission checks),
 * which must never lag behind the primary. Here a read goes to the replica only when its
 * code asks for readerPrisma().
 */
export function readerPrisma(): PrismaClient {
  return database().reader;
}

/** Makes `db` the process's database (scripts and tests that open their own). */
export function useDatabase(db: Database): void {
  globalForDb.__newsroomDb = db;
}
