// `npm run db:backup [-- file]`: a backup of the database.
//  - embedded (PGlite): a gzip tarball of the data directory (PGlite's dumpDataDir), taken under
//    the directory's lock — refused with one line while the server runs (stop it first);
//  - PostgreSQL (DATABASE_URL): pg_dump --format=custom, consistent while the site runs.
// Default file: .data/backups/<engine>-<time>.tar.gz (PGlite) or .dump (PostgreSQL).
import fs from "node:fs";
import path from "node:path";
import { PgToolError, pgDump } from "@/archive/backup/pg-dump";
import { backupPglite } from "@/archive/backup/pglite-backup";
import { DataDirLockedError, defaultDataDir } from "@/db/data-dir-lock";

const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const postgres = Boolean(process.env.DATABASE_URL);
const file = path.resolve(process.argv[2] ?? path.join(".data", "backups", `${postgres ? "postgres" : "pglite"}-${stamp}.${postgres ? "dump" : "tar.gz"}`));
fs.mkdirSync(path.dirname(file), { recursive: true });
try {
  if (postgres) {
    const { bytes } = pgDump(process.env.DATABASE_URL!, file);
    console.log(`[backup] PostgreSQL → ${file} (${(bytes / 1e6).toFixed(1)} MB). Restore: npm run db:restore -- ${file} (DATABASE_URL = a new, empty database)`);
  } else {
    const report = await backupPglite(defaultDataDir(), file);
    console.log(`[backup] ${defaultDataDir()} → ${file} (${(report.bytes / 1e6).toFixed(1)} MB, ${report.articles} articles)`);
  }
} catch (error) {
  if (error instanceof DataDirLockedError) {
    console.error(`[backup] Refused: ${error.message} A consistent copy of the embedded database needs its lock: stop the server, run the backup, start it again.`);
    process.exit(1);
  }
  if (error instanceof PgToolError) {
    console.error(`[backup] ${error.message}`);
    process.exit(1);
  }
  throw error;
}
