import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { openDatabase, type Database } from "@/db/connection";

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

export async function freshDatabase(engine: "pglite" | "postgres"): Promise<FreshDatabase> {
  if (engine === "pglite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-it-"));
    const dataDir = path.join(dir, "pglite");
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
