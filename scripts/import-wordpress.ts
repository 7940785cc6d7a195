// `npm run import:wordpress -- export.xml [--uploads DIR] [--report report.json] [--batch 50]`
// Imports a WordPress export (WXR) into this site's database: categories, tags, authors,
// posts (with status and dates), photos from the uploads folder, and 301s from the old
// permalinks. Safe to run again: what was imported is skipped. The report is in Vietnamese.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { withMigratedDatabase } from "@/archive/command";
import { useDatabase } from "@/db/client";
import { importWordPress, type ImportProgress, type ImportReport } from "@/archive/wordpress/importer";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    uploads: { type: "string" },
    report: { type: "string" },
    batch: { type: "string" },
    "max-lines": { type: "string" },
    help: { type: "boolean", short: "h" },
  },
});

const usage = `Cách dùng / usage: npm run import:wordpress -- export.xml [--uploads wp-content/uploads] [--report report.json] [--batch 50] [--max-lines 200]`;
if (values.help || positionals.length !== 1) {
  console.log(usage);
  process.exit(values.help ? 0 : 2);
}
// `npm run` starts scripts in the project folder: relative paths are the caller's (INIT_CWD).
const fromCaller = (p: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), p);
const file = fromCaller(positionals[0]);
const uploads = values.uploads ? fromCaller(values.uploads) : undefined;
const reportFile = values.report ? fromCaller(values.report) : undefined;
if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
  console.error(`Không tìm thấy tệp xuất / export file not found: ${file}`);
  process.exit(2);
}
if (uploads && !fs.statSync(uploads, { throwIfNoEntry: false })?.isDirectory()) {
  console.error(`Không tìm thấy thư mục ảnh / uploads folder not found: ${uploads}`);
  process.exit(2);
}
const maxLines = Number(values["max-lines"] ?? 200);

const tty = process.stderr.isTTY;
const started = Date.now();
let lastLine = 0;
let lastDone = -1;
function progress(p: ImportProgress) {
  const now = Date.now();
  if (p.done === lastDone || (!tty && now - lastLine < 5000 && p.done < p.total)) return;
  lastLine = now;
  lastDone = p.done;
  const seconds = (now - started) / 1000;
  const share = p.total ? p.done / p.total : 1;
  const width = 24;
  const bar = "█".repeat(Math.round(share * width)).padEnd(width, "░");
  const line = `[wordpress] ${bar} ${p.done.toLocaleString("vi-VN")}/${p.total.toLocaleString("vi-VN")} bài (${Math.round(share * 100)}%) · đã nhập ${p.imported.toLocaleString("vi-VN")} · ${(p.imported / Math.max(seconds, 0.001)).toFixed(0)} bài/s · ${p.warnings} cảnh báo`;
  if (tty) process.stderr.write(`\r${line}\x1b[K`);
  else console.error(line);
}

function printReport(report: ImportReport) {
  if (tty) process.stderr.write("\n");
  const lines: string[] = [];
  const { posts, media } = report;
  lines.push(`\n[wordpress] Trang nguồn: ${report.site} · ${(report.durationMs / 1000).toFixed(1)} s`);
  lines.push(`  Bài viết: ${posts.total} trong tệp · ${posts.imported} đã nhập · ${posts.alreadyImported} đã có từ lần trước · ${posts.skipped} bỏ qua · ${posts.failed} lỗi`);
  for (const [reason, n] of Object.entries(report.skippedReasons)) lines.push(`    bỏ qua ${n}: ${reason}`);
  lines.push(`  Chuyên mục: ${report.categories.created} mới, ${report.categories.reused} dùng lại · Chủ đề: ${report.tags.created} mới, ${report.tags.reused} dùng lại · Tác giả: ${report.authors.created} mới, ${report.authors.reused} dùng lại`);
  lines.push(`  Ảnh: ${media.imported} đã nhập · ${media.reused} dùng lại · ${media.missing} thiếu${media.failed ? ` (${media.failed} hỏng)` : ""} · Địa chỉ cũ chuyển hướng 301: ${report.legacyPaths}`);
  const section = (title: string, rows: string[]) => {
    if (rows.length === 0) return;
    lines.push(`  ${title} (${rows.length}):`);
    for (const row of rows.slice(0, maxLines)) lines.push(`    ${row}`);
    if (rows.length > maxLines) lines.push(`    … và ${rows.length - maxLines} dòng nữa${reportFile ? ` (xem ${reportFile})` : " (thêm --report report.json để xem hết)"}`);
  };
  section("Lỗi tệp", report.fileProblems);
  section("Lỗi", report.errors.map((e) => `#${e.postId} "${e.title}": ${e.message}`));
  section("Ảnh thiếu", report.missingMedia);
  section("Cảnh báo", report.warnings.map((w) => `#${w.postId} "${w.title}": ${w.message}`));
  console.log(lines.join("\n"));
}

await withMigratedDatabase("wordpress", [], async (db) => {
  if (db.applied.length) console.error(`[db] ${db.engine}: applied ${db.applied.join(", ")}`);
  useDatabase(db);
  const report = await importWordPress(db.prisma, {
    file,
    uploadsDir: uploads,
    batchSize: values.batch ? Number(values.batch) : undefined,
    onProgress: progress,
  });
  printReport(report);
  if (reportFile) fs.writeFileSync(reportFile, JSON.stringify(report, null, 2));
  const peak = process.resourceUsage().maxRSS * 1024;
  console.error(`[wordpress] ${((report.posts.imported / Math.max(report.durationMs, 1)) * 1000).toFixed(1)} bài/s · bộ nhớ tối đa (peak RSS) ${Math.round(peak / 1024 / 1024)} MB`);
  if (report.posts.imported > 0) {
    console.log("  Nếu máy chủ đang chạy: trang đã lưu trong bộ nhớ đệm tự làm mới sau PAGE_CACHE_FRESH_S giây (mặc định 60); khởi động lại để thấy ngay.");
  }
  process.exitCode = report.posts.failed > 0 ? 1 : 0;
});
