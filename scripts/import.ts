// `npm run import -- out/`: loads a site export (src/archive/site-export/format.ts) into an
// EMPTY database — a new PGLITE_DATA_DIR, or a new PostgreSQL database in DATABASE_URL — after
// applying the migrations. Refuses a database that already has content, before writing anything.
import { withMigratedDatabase } from "@/archive/command";
import { ImportError, importSite } from "@/archive/site-export/import";
import { mediaStore } from "@/content/media/storage";

const dir = process.argv[2];
if (!dir || process.argv.length > 3) {
  console.error("Usage: npm run import -- <directory>");
  process.exit(2);
}
const started = Date.now();
await withMigratedDatabase("import", [ImportError], async (db) => {
  const report = await importSite(db.prisma, mediaStore(), dir, (line) => console.log(`[import] ${line}`));
  console.log(`[import] ${dir} → ${db.engine}: ${report.counts.articles ?? 0} articles, ${report.mediaFiles} media files in ${Date.now() - started} ms`);
});
