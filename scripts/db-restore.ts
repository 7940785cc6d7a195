// `npm run db:restore -- <file> [--replace]`: restores a backup made by `npm run db:backup`.
//  - embedded (PGlite): into PGLITE_DATA_DIR, which must be empty or missing; --replace moves an
//    existing database aside to <dir>.before-restore-<time> first. Refused while the server runs.
//  - PostgreSQL (DATABASE_URL): pg_restore into that database, which must be new and empty.
import { parseArgs } from "node:util";
import { PgToolError, pgRestore } from "@/archive/backup/pg-dump";
import { RestoreTargetError, restorePglite } from "@/archive/backup/pglite-backup";
import { DataDirLockedError, defaultDataDir } from "@/db/data-dir-lock";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { replace: { type: "boolean", default: false } } });
if (positionals.length !== 1) {
  console.error("Usage: npm run db:restore -- <backup file> [--replace]");
  process.exit(2);
}
const file = positionals[0];
try {
  if (process.env.DATABASE_URL) {
    const { articles } = await pgRestore(file, process.env.DATABASE_URL);
    console.log(`[restore] ${file} → PostgreSQL: ${articles} articles`);
  } else {
    const dir = defaultDataDir();
    const { articles, movedAside } = await restorePglite(file, dir, { replace: values.replace });
    if (movedAside) console.log(`[restore] the previous database was moved to ${movedAside}`);
    console.log(`[restore] ${file} → ${dir}: ${articles} articles`);
  }
} catch (error) {
  if (error instanceof DataDirLockedError) {
    console.error(`[restore] Refused: ${error.message}`);
    process.exit(1);
  }
  if (error instanceof RestoreTargetError || error instanceof PgToolError) {
    console.error(`[restore] ${error.message}`);
    process.exit(1);
  }
  throw error;
}
