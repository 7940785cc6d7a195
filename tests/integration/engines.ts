import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { useDatabase } from "@/db/client";
import { openDatabase, type Database } from "@/db/connection";
import { migrate } from "@/db/migrate";

/**
 * The engines every integration test runs on: embedded PGlite always, and the
 * PostgreSQL server of DATABASE_URL when it is set. Each call gives a brand-new,
 * empty database, dropped again by `dispose`.
 */
export interface FreshDatabase {
  engine: "pglite" | "postgres";
  open(): Database;
  dispose(): Promise<void>;
  /** Extra environment that points a child process at this database. */
  env: Record<string, string>;
}

export const engines: ("pglite" | "postgres")[] = process.env.DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];

/**
 * An initialized, EMPTY PGlite data directory (initdb only: no migration, no table), made
 * once per machine and copied for every fresh database. Creating a PGlite cluster costs
 * 5–15 s of CPU; copying one costs about one: it keeps the integration files (and the
 * mutation run, which restarts them for every mutant) fast. Each copy is still a brand-new
 * database of its own, exactly as if it had been created from nothing.
 */
async function emptyPgliteTemplate(): Promise<string> {
  let pkg = path.dirname(createRequire(import.meta.url).resolve("@electric-sql/pglite"));
  while (!fs.existsSync(path.join(pkg, "package.json"))) pkg = path.dirname(pkg);
  const { version } = JSON.parse(fs.readFileSync(path.join(pkg, "package.json"), "utf8")) as { version: string };
  const template = path.join(os.tmpdir(), `newsroom-pglite-template-${version}`);
  if (fs.existsSync(path.join(template, "PG_VERSION"))) return template;
  const building = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-pglite-template-building-"));
  const dataDir = path.join(building, "pglite");
  const db = openDatabase({ dataDir });
  await db.withSession((s) => s.query("SELECT 1"));
  await db.close();
  try {
    fs.renameSync(dataDir, template); // atomic: another process may have made it meanwhile
  } catch {
    // the other process's copy is as good
  }
  fs.rmSync(building, { recursive: true, force: true });
  return template;
}

export async function freshDatabase(engine: "pglite" | "postgres"): Promise<FreshDatabase> {
  if (engine === "pglite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-it-"));
    const dataDir = path.join(dir, "pglite");
    fs.cpSync(await emptyPgliteTemplate(), dataDir, { recursive: true });
    return {
      engine,
      open: () => openDatabase({ dataDir }),
      env: { PGLITE_DATA_DIR: dataDir },
      async dispose() {
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const serverUrl = new URL(process.env.DATABASE_URL!);
  const name = `newsroom_it_${randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    engine,
    open: () => openDatabase({ url: url.toString() }),
    env: { DATABASE_URL: url.toString() },
    async dispose() {
      const client = new pg.Client({ connectionString: serverUrl.toString() });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** A fresh database already opened, migrated and made the current one (`useDatabase`). */
export interface MigratedDatabase extends FreshDatabase {
  db: Database;
}

/**
 * The set-up most integration files share: a brand-new database of `engine`, opened,
 * migrated and made current. `dispose` closes the connection, then drops the database.
 */
export async function migratedDatabase(engine: "pglite" | "postgres"): Promise<MigratedDatabase> {
  const fresh = await freshDatabase(engine);
  const db = fresh.open();
  try {
    await db.withSession((s) => migrate(s));
  } catch (error) {
    await db.close().catch(() => undefined);
    await fresh.dispose();
    throw error;
  }
  useDatabase(db);
  return {
    ...fresh,
    db,
    async dispose() {
      await db.close();
      await fresh.dispose();
    },
  };
}
