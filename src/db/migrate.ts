import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { openDatabase, type Database, type DatabaseConfig } from "./connection";
import type { SqlSession } from "./sql-session";

/**
 * Applies prisma/migrations/<ts>_<name>/migration.sql in order, writing the same
 * bookkeeping as `prisma migrate deploy` (table, advisory lock, sha256 checksum),
 * so a database migrated here can later be managed by Prisma Migrate and vice versa.
 */
export const MIGRATIONS_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), "prisma", "migrations");
const PRISMA_ADVISORY_LOCK = 72707369;

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export function readMigrations(dir = MIGRATIONS_DIR): MigrationFile[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^\d{14}_/.test(entry.name))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

export async function migrate(session: SqlSession, dir = MIGRATIONS_DIR): Promise<string[]> {
  const applied: string[] = [];
  await session.query(`SELECT pg_advisory_lock(${PRISMA_ADVISORY_LOCK})`);
  try {
    await session.exec(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL,
      "checksum" VARCHAR(64) NOT NULL,
      "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL,
      "logs" TEXT,
      "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count" INTEGER NOT NULL DEFAULT 0
    )`);
    const rows = await session.query<AppliedRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`,
    );
    for (const migration of readMigrations(dir)) {
      const done = rows.filter((row) => row.migration_name === migration.name && !row.rolled_back_at);
      if (done.some((row) => row.finished_at)) {
        if (!done.some((row) => row.checksum === migration.checksum)) {
          console.warn(`[migrate] ${migration.name} was edited after it was applied (checksum differs).`);
        }
        continue;
      }
      if (done.length > 0) {
        throw new Error(
          `Migration ${migration.name} failed earlier and was not marked rolled back; fix the database, then mark it with "prisma migrate resolve".`,
        );
      }
      const id = randomUUID();
      await session.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)`,
        [id, migration.checksum, migration.name],
      );
      try {
        // One implicit transaction: a failing file leaves nothing half-applied.
        await session.exec(`BEGIN;\n${migration.sql}\n;COMMIT;`);
      } catch (error) {
        await session.exec("ROLLBACK").catch(() => undefined);
        await session.query(`DELETE FROM "_prisma_migrations" WHERE id = $1`, [id]);
        throw new Error(`Migration ${migration.name} failed: ${(error as Error).message}`);
      }
      await session.query(
        `UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`,
        [id],
      );
      applied.push(migration.name);
    }
  } finally {
    await session.query(`SELECT pg_advisory_unlock(${PRISMA_ADVISORY_LOCK})`);
  }
  return applied;
}

/** Opens the database, applies pending migrations, and returns it. */
export async function openMigratedDatabase(config?: DatabaseConfig): Promise<Database & { applied: string[] }> {
  const database = openDatabase(config);
  try {
    const applied = await database.withSession((session) => migrate(session));
    return Object.assign(database, { applied });
  } catch (error) {
    await database.close();
    throw error;
  }
}
