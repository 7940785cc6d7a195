// `npm run import -- out/`: loads a site export (src/archive/site-export/format.ts) into an
// EMPTY database — a new PGLITE_DATA_DIR, or a new PostgreSQL database in DATABASE_URL — after
// applying the migrations. Refuses a database that already has content, before writing anything.
import { ImportError, importSite } from "@/archive/site-export/import";
import { mediaStore } from "@/content/media/storage";
import { DataDirLockedError } from "@/db/data-dir-lock";
import { openMigratedDatabase } from "@/db/migrate";

const dir = process.argv[2];
if (!dir || process.argv.length > 3) {
  console.error("Usage: npm run import -- <directory>");
  process.exit(2);
}
const started = Date.now();
let db;
try {
  db = await openMigratedDatabase();
} catch (error) {
  if (error instanceof DataDirLockedError) {
    console.error(`[import] ${error.message}`);
    process.exit(1);
  }
  throw error;
}
try {
  const report = await importSite(db.prisma, mediaStore(), dir, (line) => console.log(`[import] ${line}`));
  console.log(`[import] ${dir} → ${db.engine}: ${report.counts.articles ?? 0} articles, ${report.mediaFiles} media files in ${Date.now() - started} ms`);
} catch (error) {
  if (!(error instanceof ImportError)) throw error;
  console.error(`[import] ${error.message}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
