import { spawnSync } from "node:child_process";
import fs from "node:fs";
import pg from "pg";

/**
 * Backups of a PostgreSQL server database (DATABASE_URL) with the PostgreSQL tools themselves:
 * `pg_dump --format=custom` (consistent while the site runs: one snapshot transaction) and
 * `pg_restore` into a new, empty database. The tools must be installed (Debian:
 * `apt-get install postgresql-client`) and not older than the server.
 */

export class PgToolError extends Error {}

function run(tool: string, args: string[]): void {
  const result = spawnSync(tool, args, { stdio: ["ignore", "inherit", "pipe"], encoding: "utf8" });
  if (result.error && (result.error as NodeJS.ErrnoException).code === "ENOENT") {
    throw new PgToolError(`${tool} is not installed (Debian: apt-get install postgresql-client).`);
  }
  if (result.status !== 0) throw new PgToolError(`${tool} failed: ${(result.stderr || "").trim() || `exit ${result.status}`}`);
}

export function pgDump(url: string, file: string): { bytes: number } {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    run("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${temporary}`, `--dbname=${url}`]);
    fs.renameSync(temporary, file);
  } finally {
    fs.rmSync(temporary, { force: true });
  }
  return { bytes: fs.statSync(file).size };
}

/** Restores into the (new, empty) database of `url`; refuses one that already has the site's tables. */
export async function pgRestore(file: string, url: string): Promise<{ articles: number }> {
  if (!fs.existsSync(file)) throw new PgToolError(`${file} does not exist.`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ t: string | null }>(`SELECT to_regclass('public.articles')::text AS t`);
    if (rows[0].t) throw new PgToolError("That database already has the site's tables: restore into a new one (createdb newsroom_restored) and point DATABASE_URL at it.");
    run("pg_restore", ["--no-owner", "--no-privileges", "--exit-on-error", `--dbname=${url}`, file]);
    const count = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM articles`);
    return { articles: count.rows[0].n };
  } finally {
    await client.end();
  }
}
