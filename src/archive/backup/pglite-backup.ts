import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { lockDataDir } from "@/db/data-dir-lock";

/**
 * Backups of the embedded database (PGlite): the whole data directory as one tarball, made by
 * PGlite itself (`dumpDataDir()`), restored with its `loadDataDir` option into a new directory.
 *
 * A backup is consistent because it is taken with the data directory's lock held (the same
 * lock `npm start` holds, src/db/data-dir-lock.ts) by a PGlite that has just opened it and
 * runs a CHECKPOINT first: no other process can be writing. While the server runs, that lock
 * belongs to the server, and the backup is refused with one clear line (DataDirLockedError):
 * PGlite has no way to copy a directory another process is changing. Stop the server, run the
 * backup (a few seconds), start it again; or use PostgreSQL (DATABASE_URL) with pg_dump, which
 * backs up a live database.
 */

export interface BackupReport {
  file: string;
  bytes: number;
  articles: number;
}

const open = (dataDir: string, loadDataDir?: Blob) => new PGlite(dataDir, { extensions: { unaccent, pg_trgm }, ...(loadDataDir ? { loadDataDir } : {}) });

async function countArticles(pglite: PGlite): Promise<number> {
  const exists = await pglite.query<{ t: string | null }>(`SELECT to_regclass('public.articles')::text AS t`);
  if (!exists.rows[0]?.t) return 0;
  const result = await pglite.query<{ n: number }>(`SELECT count(*)::int AS n FROM articles`);
  return result.rows[0].n;
}

/** Writes a gzip tarball of `dataDir` to `file` (replacing it only once the new one is complete). */
export async function backupPglite(dataDir: string, file: string): Promise<BackupReport> {
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) throw new Error(`${dataDir} holds no embedded database.`);
  const release = lockDataDir(dataDir); // throws DataDirLockedError while the server runs
  try {
    const pglite = open(dataDir);
    try {
      await pglite.waitReady;
      await pglite.exec("CHECKPOINT");
      const articles = await countArticles(pglite);
      const tarball = await pglite.dumpDataDir("gzip");
      const bytes = Buffer.from(await tarball.arrayBuffer());
      fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(temporary, bytes);
      fs.renameSync(temporary, file);
      return { file, bytes: bytes.length, articles };
    } finally {
      await pglite.close();
    }
  } finally {
    release();
  }
}

export class RestoreTargetError extends Error {}

/**
 * Restores a backup into `dataDir`. The directory must be missing or empty; with `replace`, an
 * existing database there is first moved aside to `<dataDir>.before-restore-<time>` (nothing
 * is deleted). Taken under the directory's lock, so never under a running server. Returns the
 * number of articles found in the restored database.
 */
export async function restorePglite(file: string, dataDir: string, options: { replace?: boolean } = {}): Promise<{ articles: number; movedAside: string | null }> {
  if (!fs.existsSync(file)) throw new RestoreTargetError(`${file} does not exist.`);
  const release = lockDataDir(dataDir); // throws DataDirLockedError while the server runs
  let movedAside: string | null = null;
  try {
    const entries = fs.readdirSync(dataDir);
    if (entries.length > 0) {
      if (!options.replace) {
        throw new RestoreTargetError(
          `${dataDir} already holds a database. Restore into a new directory (PGLITE_DATA_DIR=...), or pass --replace to move the current one aside first.`,
        );
      }
      movedAside = `${dataDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`;
      fs.renameSync(dataDir, movedAside);
      fs.mkdirSync(dataDir);
    }
    const pglite = open(dataDir, new Blob([fs.readFileSync(file)]));
    try {
      await pglite.waitReady;
      return { articles: await countArticles(pglite), movedAside };
    } finally {
      await pglite.close();
    }
  } finally {
    release();
  }
}
