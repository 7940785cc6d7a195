import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pgDump, pgRestore } from "@/archive/backup/pg-dump";
import { backupPglite, restorePglite, RestoreTargetError } from "@/archive/backup/pglite-backup";
import { exportSite } from "@/archive/site-export/export";
import { ImportError, importSite } from "@/archive/site-export/import";
import { DiskMediaStore } from "@/content/media/disk-store";
import { useDatabase } from "@/db/client";
import { DataDirLockedError } from "@/db/data-dir-lock";
import type { Database } from "@/db/connection";
import { migrate } from "@/db/migrate";
import { seed } from "../../prisma/seed/seed";
import { engines, freshDatabase, type FreshDatabase } from "./engines";

/** Every file under `dir` (relative path → bytes as hex digest input). */
function tree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (sub: string) => {
    for (const entry of fs.readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(rel);
      else files.set(rel, fs.readFileSync(path.join(dir, rel)));
    }
  };
  walk("");
  return files;
}

function expectSameTree(a: string, b: string) {
  const [x, y] = [tree(a), tree(b)];
  expect([...y.keys()].sort()).toEqual([...x.keys()].sort());
  for (const [name, bytes] of x) expect(y.get(name)!.equals(bytes), name).toBe(true);
}

const readJsonl = (file: string) => fs.readFileSync(file, "utf8").trim().split("\n").filter(Boolean).map((line) => JSON.parse(line));

const articleRows = (db: Database) =>
  db.prisma.article.findMany({ orderBy: { id: "asc" }, select: { id: true, slug: true, title: true, status: true, publishedAt: true, body: true } });

describe.each(engines)("site export, import and backups on %s", (engine) => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-archive-"));
  const sourceMedia = path.join(tmp, "media-a");
  let source: FreshDatabase;
  let db: Database;
  const opened: { fresh: FreshDatabase; db: Database | null }[] = [];

  async function emptyDatabase(): Promise<{ fresh: FreshDatabase; db: Database }> {
    const fresh = await freshDatabase(engine);
    const db = fresh.open();
    await db.withSession((s) => migrate(s));
    opened.push({ fresh, db });
    return { fresh, db };
  }

  beforeAll(async () => {
    process.env.MEDIA_DIR = sourceMedia;
    source = await freshDatabase(engine);
    db = source.open();
    await db.withSession((s) => migrate(s));
    useDatabase(db);
    await seed(db.prisma);
    // Things the seed does not make: revisions, an account with a hash, a legacy permalink.
    const article = await db.prisma.article.findFirstOrThrow({ where: { status: "PUBLISHED" }, orderBy: { id: "asc" } });
    const user = await db.prisma.user.create({ data: { email: "bientap@vi-du.vn", name: "Biên tập viên", role: "EDITOR", passwordHash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g" } });
    await db.prisma.revision.create({ data: { articleId: article.id, version: 1, snapshot: { title: article.title, body: article.body as never }, authorId: user.id } });
    await db.prisma.legacyPath.create({ data: { path: "/2015/03/12/bai-cu", articleId: article.id } });
    await db.prisma.article.update({ where: { id: article.id }, data: { createdById: user.id } });
  }, 300_000);

  afterAll(async () => {
    for (const { fresh, db: other } of opened) {
      await other?.close().catch(() => undefined);
      await fresh.dispose();
    }
    await db?.close().catch(() => undefined);
    await source?.dispose();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it("round trip: export → import into an empty database → export gives identical files", async () => {
    const first = path.join(tmp, "export-1");
    const manifest = await exportSite(db.prisma, new DiskMediaStore(sourceMedia), first, { revisions: true });
    expect(manifest.counts.articles).toBe(await db.prisma.article.count());
    expect(manifest.counts.revisions).toBeGreaterThan(0);
    expect(manifest.counts.legacyPaths).toBe(1);
    expect(manifest.counts.redirects).toBeGreaterThan(0);
    expect(manifest.counts.editorPicks).toBeGreaterThan(0);
    expect(manifest.missingMediaFiles).toEqual([]);
    expect(manifest.mediaFiles).toBeGreaterThan(10);
    // Every status is exported, not only published stories.
    const statuses = new Set(readJsonl(path.join(first, "articles.jsonl")).map((a) => a.status));
    expect(statuses.has("PUBLISHED") && statuses.has("UNPUBLISHED")).toBe(true);
    // No password hash unless asked for.
    expect(readJsonl(path.join(first, "users.jsonl")).some((u) => "passwordHash" in u)).toBe(false);
    expect(fs.readFileSync(path.join(first, "users.jsonl"), "utf8")).not.toContain("$argon2");

    const target = await emptyDatabase();
    const targetMedia = new DiskMediaStore(path.join(tmp, "media-b"));
    const report = await importSite(target.db.prisma, targetMedia, first);
    expect(report.counts.articles).toBe(manifest.counts.articles);
    expect(report.mediaFiles).toBe(manifest.mediaFiles);
    expect(await articleRows(target.db)).toEqual(await articleRows(db));

    const second = path.join(tmp, "export-2");
    await exportSite(target.db.prisma, targetMedia, second, { revisions: true });
    expectSameTree(first, second);

    // The imported database works: new rows get ids after the imported ones, search still finds Vietnamese text.
    const category = await target.db.prisma.category.findFirstOrThrow();
    const created = await target.db.prisma.article.create({ data: { title: "Bài mới sau khi nhập", slug: "bai-moi-sau-khi-nhap", sapo: "s", body: [], categoryId: category.id } });
    expect(created.id).toBeGreaterThan(Math.max(...(await articleRows(db)).map((a) => a.id)));
    const hits = await target.db.withSession((s) => s.query<{ n: number }>(`SELECT count(*)::int AS n FROM articles WHERE search_vector @@ plainto_tsquery('simple', f_unaccent('cong doan'))`));
    expect(hits[0].n).toBeGreaterThan(0);
  }, 300_000);

  it("refuses a non-empty database, and a bad line leaves the database empty", async () => {
    const first = path.join(tmp, "export-1");
    await expect(importSite(db.prisma, new DiskMediaStore(path.join(tmp, "media-c")), first)).rejects.toThrow(/not empty \(\d+ users, \d+ people, 11 categories/);

    const broken = path.join(tmp, "export-broken");
    fs.cpSync(first, broken, { recursive: true });
    const lines = fs.readFileSync(path.join(broken, "articles.jsonl"), "utf8").split("\n");
    lines[4] = JSON.stringify({ ...JSON.parse(lines[4]), status: "LOST" });
    fs.writeFileSync(path.join(broken, "articles.jsonl"), lines.join("\n"));
    const target = await emptyDatabase();
    const error = await importSite(target.db.prisma, new DiskMediaStore(path.join(tmp, "media-d")), broken).catch((e) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect(error.message).toMatch(/^articles\.jsonl:5: status: /);
    expect(await target.db.prisma.article.count()).toBe(0);
    expect(await target.db.prisma.category.count()).toBe(0);
  }, 300_000);

  it("exports password hashes only with the option, and they survive the round trip", async () => {
    const dir = path.join(tmp, "export-hashes");
    await exportSite(db.prisma, new DiskMediaStore(sourceMedia), dir, { passwordHashes: true });
    const users = readJsonl(path.join(dir, "users.jsonl"));
    expect(users.find((u) => u.email === "bientap@vi-du.vn").passwordHash).toMatch(/^\$argon2id\$/);
    expect(fs.existsSync(path.join(dir, "revisions.jsonl"))).toBe(false);
    const target = await emptyDatabase();
    await importSite(target.db.prisma, new DiskMediaStore(path.join(tmp, "media-e")), dir);
    const again = path.join(tmp, "export-hashes-2");
    await exportSite(target.db.prisma, new DiskMediaStore(path.join(tmp, "media-e")), again, { passwordHashes: true });
    expectSameTree(dir, again);
  }, 300_000);

  if (engine === "pglite") {
    it("backs up the embedded database (refused while it is open), and a restore has every article", async () => {
      const dataDir = source.env.PGLITE_DATA_DIR;
      const file = path.join(tmp, "backup.tar.gz");
      await expect(backupPglite(dataDir, file)).rejects.toBeInstanceOf(DataDirLockedError); // the "server" holds it
      const before = await articleRows(db);
      await db.close();
      const report = await backupPglite(dataDir, file);
      expect(report.articles).toBe(before.length);
      const restoredDir = path.join(tmp, "restored");
      const restored = await restorePglite(file, restoredDir);
      expect(restored.articles).toBe(before.length);
      await expect(restorePglite(file, restoredDir)).rejects.toBeInstanceOf(RestoreTargetError);
      const reopened = await emptyDatabaseAt(restoredDir);
      expect(await articleRows(reopened)).toEqual(before);
      await reopened.close();
      const replaced = await restorePglite(file, restoredDir, { replace: true });
      expect(replaced.movedAside).toMatch(/restored\.before-restore-/);
      expect(fs.existsSync(path.join(replaced.movedAside!, "PG_VERSION"))).toBe(true);
      db = source.open();
    }, 300_000);
  } else {
    it("backs up with pg_dump and restores with pg_restore into a new database, with every article", async () => {
      const file = path.join(tmp, "backup.dump");
      pgDump(source.env.DATABASE_URL, file);
      const target = await freshDatabase("postgres");
      opened.push({ fresh: target, db: null });
      const restored = await pgRestore(file, target.env.DATABASE_URL);
      expect(restored.articles).toBe(await db.prisma.article.count());
      const reopened = target.open();
      expect(await articleRows(reopened)).toEqual(await articleRows(db));
      await reopened.close();
      await expect(pgRestore(file, target.env.DATABASE_URL)).rejects.toThrow(/already has the site's tables/);
    }, 300_000);
  }
});

async function emptyDatabaseAt(dataDir: string): Promise<Database> {
  const { openDatabase } = await import("@/db/connection");
  return openDatabase({ dataDir });
}

describe.runIf(engines.includes("postgres"))("site export across engines", () => {
  it("an export of PGlite imports into PostgreSQL and exports identically", async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-cross-"));
    process.env.MEDIA_DIR = path.join(tmp, "media");
    const lite = await freshDatabase("pglite");
    const liteDb = lite.open();
    const server = await freshDatabase("postgres");
    const serverDb = server.open();
    try {
      await liteDb.withSession((s) => migrate(s));
      await serverDb.withSession((s) => migrate(s));
      useDatabase(liteDb);
      await seed(liteDb.prisma);
      const store = new DiskMediaStore(path.join(tmp, "media"));
      await exportSite(liteDb.prisma, store, path.join(tmp, "a"), { revisions: true });
      await importSite(serverDb.prisma, new DiskMediaStore(path.join(tmp, "media-pg")), path.join(tmp, "a"));
      await exportSite(serverDb.prisma, new DiskMediaStore(path.join(tmp, "media-pg")), path.join(tmp, "b"), { revisions: true });
      expectSameTree(path.join(tmp, "a"), path.join(tmp, "b"));
    } finally {
      await liteDb.close();
      await serverDb.close();
      await lite.dispose();
      await server.dispose();
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }, 400_000);
});

