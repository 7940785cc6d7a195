// `npm run export -- out/ [--revisions] [--with-password-hashes]`: writes the whole site (every
// category, tag, author, account, article in every status, editor pick, redirect and media file)
// into out/ in the format of src/archive/site-export/format.ts. On the embedded database, stop
// the server first (the data directory belongs to one process at a time).
import { parseArgs } from "node:util";
import { withMigratedDatabase } from "@/archive/command";
import { exportSite, ExportTargetError } from "@/archive/site-export/export";
import { mediaStore } from "@/content/media/storage";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { revisions: { type: "boolean", default: false }, "with-password-hashes": { type: "boolean", default: false } },
});
if (positionals.length !== 1) {
  console.error("Usage: npm run export -- <directory> [--revisions] [--with-password-hashes]");
  process.exit(2);
}
const started = Date.now();
await withMigratedDatabase("export", [ExportTargetError], async (db) => {
  const manifest = await exportSite(db.prisma, mediaStore(), positionals[0], {
    revisions: values.revisions,
    passwordHashes: values["with-password-hashes"],
    log: (line) => console.log(`[export] ${line}`),
  });
  if (manifest.missingMediaFiles.length) console.warn(`[export] ${manifest.missingMediaFiles.length} media file(s) missing in the store (listed in manifest.json)`);
  console.log(`[export] ${db.engine} → ${positionals[0]} in ${Date.now() - started} ms${values["with-password-hashes"] ? " (with password hashes: keep this directory private)" : ""}`);
});
