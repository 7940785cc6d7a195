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

export function prisma(): PrismaClient {
  return database().prisma;
}

/** Makes `db` the process's database (scripts and tests that open their own). */
export function useDatabase(db: Database): void {
  globalForDb.__newsroomDb = db;
}
