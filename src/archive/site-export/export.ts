import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import type { PrismaClient } from "@/generated/prisma/client";
import { isSafeKey, variantKey } from "@/content/media/keys";
import type { MediaStore } from "@/content/media/store";
import { FILES, FORMAT, FORMAT_VERSION, type Kind, type Manifest } from "./format";

/**
 * Writes the whole site into `outDir` in the format of format.ts: every table as JSON Lines in
 * id order, read in batches (a site of any size, bounded memory), and every media file read
 * through the media store (disk or S3). Deterministic: the same database gives the same bytes.
 */

export interface ExportOptions {
  revisions?: boolean;
  passwordHashes?: boolean;
  /** Progress lines (default: none). */
  log?: (line: string) => void;
}

const BATCH = 500;
const iso = (d: Date | null) => (d ? d.toISOString() : null);

class JsonlWriter {
  private fd: number;
  count = 0;
  constructor(file: string) {
    this.fd = fs.openSync(file, "w");
  }
  write(records: unknown[]): void {
    if (records.length === 0) return;
    fs.writeSync(this.fd, records.map((r) => JSON.stringify(r)).join("\n") + "\n");
    this.count += records.length;
  }
  close(): void {
    fs.closeSync(this.fd);
  }
}

/** Reads a table in id order, BATCH rows at a time. */
async function* batches<T extends { id: number }>(read: (after: number) => Promise<T[]>): AsyncGenerator<T[]> {
  let after = 0;
  for (;;) {
    const rows = await read(after);
    if (rows.length === 0) return;
    yield rows;
    after = rows[rows.length - 1].id;
    if (rows.length < BATCH) return;
  }
}

export class ExportTargetError extends Error {}

/** An empty or missing directory, or one holding an earlier export (whose files are replaced). */
function prepare(outDir: string): void {
  fs.mkdirSync(outDir, { recursive: true });
  const entries = fs.readdirSync(outDir);
  if (entries.length === 0) return;
  const manifest = path.join(outDir, "manifest.json");
  let ours = false;
  try {
    ours = JSON.parse(fs.readFileSync(manifest, "utf8")).format === FORMAT;
  } catch {
    ours = false;
  }
  if (!ours) throw new ExportTargetError(`${outDir} is not empty and holds no earlier export: choose an empty directory.`);
  const known = new Set(["manifest.json", "media", ...Object.values(FILES).map((f) => f.file)]);
  for (const entry of entries) if (known.has(entry)) fs.rmSync(path.join(outDir, entry), { recursive: true, force: true });
}

export async function exportSite(db: PrismaClient, store: MediaStore, outDir: string, options: ExportOptions = {}): Promise<Manifest> {
  const log = options.log ?? (() => undefined);
  prepare(outDir);
  const counts: Partial<Record<Kind, number>> = {};
  const table = async <T extends { id: number }>(kind: Kind, read: (after: number) => Promise<T[]>, shape: (row: T) => unknown) => {
    const writer = new JsonlWriter(path.join(outDir, FILES[kind].file));
    try {
      for await (const rows of batches(read)) writer.write(rows.map(shape));
    } finally {
      writer.close();
    }
    counts[kind] = writer.count;
    log(`${FILES[kind].file}: ${writer.count}`);
  };
  const page = { orderBy: { id: "asc" as const }, take: BATCH };

  await table(
    "users",
    (after) => db.user.findMany({ where: { id: { gt: after } }, ...page }),
    (u) => ({
      id: u.id,
      email: u.email,
      name: u.name,
      role: u.role,
      disabled: u.disabled,
      createdAt: iso(u.createdAt),
      updatedAt: iso(u.updatedAt),
      ...(options.passwordHashes ? { passwordHash: u.passwordHash } : {}),
    }),
  );
  await table(
    "people",
    (after) => db.person.findMany({ where: { id: { gt: after } }, ...page }),
    (p) => ({ id: p.id, name: p.name, slug: p.slug, bio: p.bio, userId: p.userId, createdAt: iso(p.createdAt) }),
  );
  await table(
    "categories",
    (after) => db.category.findMany({ where: { id: { gt: after } }, ...page }),
    (c) => ({
      id: c.id,
      name: c.name,
      slug: c.slug,
      description: c.description,
      position: c.position,
      parentId: c.parentId,
      createdAt: iso(c.createdAt),
      updatedAt: iso(c.updatedAt),
    }),
  );
  await table(
    "tags",
    (after) => db.tag.findMany({ where: { id: { gt: after } }, ...page }),
    (t) => ({ id: t.id, name: t.name, slug: t.slug, createdAt: iso(t.createdAt) }),
  );
  const mediaKeys: string[] = [];
  await table(
    "media",
    (after) => db.media.findMany({ where: { id: { gt: after } }, ...page }),
    (m) => {
      mediaKeys.push(m.fileKey, ...m.variants.map((w) => variantKey(m.fileKey, w)));
      return {
        id: m.id,
        fileKey: m.fileKey,
        mime: m.mime,
        width: m.width,
        height: m.height,
        sizeBytes: m.sizeBytes,
        alt: m.alt,
        caption: m.caption,
        credit: m.credit,
        fileName: m.fileName,
        focalX: m.focalX,
        focalY: m.focalY,
        variants: m.variants,
        uploadedById: m.uploadedById,
        createdAt: iso(m.createdAt),
      };
    },
  );
  await table(
    "articles",
    (after) =>
      db.article.findMany({
        where: { id: { gt: after } },
        ...page,
        include: {
          tags: { select: { tagId: true } },
          bylines: { select: { personId: true, role: true, position: true } },
          relatedLinks: { select: { toId: true, position: true } },
        },
      }),
    (a) => ({
      id: a.id,
      title: a.title,
      slug: a.slug,
      sapo: a.sapo,
      body: a.body,
      kind: a.kind,
      status: a.status,
      publishedAt: iso(a.publishedAt),
      scheduledAt: iso(a.scheduledAt),
      seoTitle: a.seoTitle,
      seoDescription: a.seoDescription,
      categoryId: a.categoryId,
      coverMediaId: a.coverMediaId,
      coverCaption: a.coverCaption,
      viewCount: a.viewCount,
      version: a.version,
      createdById: a.createdById,
      createdAt: iso(a.createdAt),
      updatedAt: iso(a.updatedAt),
      tagIds: a.tags.map((t) => t.tagId).sort((x, y) => x - y),
      bylines: a.bylines
        .map((b) => ({ personId: b.personId, role: b.role, position: b.position }))
        .sort((x, y) => x.position - y.position || x.personId - y.personId || (x.role < y.role ? -1 : x.role > y.role ? 1 : 0)),
      relatedLinks: a.relatedLinks.map((l) => ({ toId: l.toId, position: l.position })).sort((x, y) => x.position - y.position || x.toId - y.toId),
    }),
  );
  if (options.revisions) {
    await table(
      "revisions",
      (after) => db.revision.findMany({ where: { id: { gt: after } }, ...page }),
      (r) => ({ id: r.id, articleId: r.articleId, version: r.version, snapshot: r.snapshot, authorId: r.authorId, createdAt: iso(r.createdAt) }),
    );
  }
  await table(
    "editorPicks",
    (after) => db.editorPick.findMany({ where: { id: { gt: after } }, ...page }),
    (p) => ({ id: p.id, slot: p.slot, position: p.position, articleId: p.articleId, createdAt: iso(p.createdAt) }),
  );
  await table(
    "redirects",
    (after) => db.slugRedirect.findMany({ where: { id: { gt: after } }, ...page }),
    (r) => ({ id: r.id, oldSlug: r.oldSlug, articleId: r.articleId, createdAt: iso(r.createdAt) }),
  );

  // Tables keyed by text: read whole and sorted here by code point, so that the order does not
  // depend on the server's collation (PGlite's "C" and a PostgreSQL server's locale differ).
  const byKey = async <T>(kind: Kind, rows: T[], key: (row: T) => string, shape: (row: T) => unknown) => {
    const writer = new JsonlWriter(path.join(outDir, FILES[kind].file));
    try {
      const sorted = rows.map((row) => [key(row), row] as const).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
      for (let i = 0; i < sorted.length; i += BATCH) writer.write(sorted.slice(i, i + BATCH).map(([, row]) => shape(row)));
    } finally {
      writer.close();
    }
    counts[kind] = writer.count;
    log(`${FILES[kind].file}: ${writer.count}`);
  };
  await byKey(
    "legacyPaths",
    await db.legacyPath.findMany(),
    (l) => l.path,
    (l) => ({ path: l.path, articleId: l.articleId, source: l.source, createdAt: iso(l.createdAt) }),
  );
  await byKey(
    "wordpressItems",
    await db.wordpressItem.findMany(),
    (w) => JSON.stringify([w.site, w.kind, w.wpId]),
    (w) => ({ site: w.site, kind: w.kind, wpId: w.wpId, targetId: w.targetId, guid: w.guid, importedAt: iso(w.importedAt) }),
  );

  // Media files, streamed from the store (never whole in memory).
  const missing: string[] = [];
  let copied = 0;
  for (const key of [...new Set(mediaKeys)].sort()) {
    const object = isSafeKey(key) ? await store.get(key) : null;
    if (!object) {
      missing.push(key);
      continue;
    }
    const target = path.join(outDir, "media", key);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    await pipeline(Readable.fromWeb(object.body as WebReadableStream<Uint8Array>), fs.createWriteStream(target));
    copied++;
  }
  log(`media files: ${copied}${missing.length ? `, missing in the store: ${missing.length}` : ""}`);

  const manifest: Manifest = {
    format: FORMAT,
    version: FORMAT_VERSION,
    options: { revisions: Boolean(options.revisions), passwordHashes: Boolean(options.passwordHashes) },
    counts,
    mediaFiles: copied,
    missingMediaFiles: missing,
  };
  fs.writeFileSync(path.join(outDir, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
  return manifest;
}
