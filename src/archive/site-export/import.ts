import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import type { z } from "zod";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { isSafeKey } from "@/content/media/keys";
import type { MediaStore } from "@/content/media/store";
import { FILES, FORMAT, FORMAT_VERSION, manifestSchema, type Kind, type Manifest } from "./format";

/**
 * Loads an export (format.ts) into an EMPTY database, either engine: media files first (through
 * the media store), then every table in one transaction with the exported ids, then the id
 * sequences moved past the largest id. A non-empty database is refused before anything is
 * written; a bad line stops the import with its file and line number, and the transaction
 * leaves the database empty again.
 */

export class ImportError extends Error {}

const BATCH = 500;
const TYPES: Record<string, string> = { jpg: "image/jpeg", jpeg: "image/jpeg", png: "image/png", webp: "image/webp", avif: "image/avif" };

function readManifest(dir: string): Manifest {
  const file = path.join(dir, "manifest.json");
  if (!fs.existsSync(file)) throw new ImportError(`${dir} holds no manifest.json: not a site export.`);
  const raw = JSON.parse(fs.readFileSync(file, "utf8"));
  if (raw?.format !== FORMAT) throw new ImportError(`${file} is not a site export (format "${raw?.format}").`);
  if (raw.version !== FORMAT_VERSION) throw new ImportError(`${file} is format version ${raw.version}; this program reads version ${FORMAT_VERSION}.`);
  return manifestSchema.parse(raw);
}

/** The records of one file, validated, BATCH at a time. */
async function* records<K extends Kind>(dir: string, kind: K): AsyncGenerator<z.output<(typeof FILES)[K]["schema"]>[]> {
  const file = path.join(dir, FILES[kind].file);
  if (!fs.existsSync(file)) return;
  const lines = readline.createInterface({ input: fs.createReadStream(file, "utf8"), crlfDelay: Infinity });
  let batch: z.output<(typeof FILES)[K]["schema"]>[] = [];
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new ImportError(`${FILES[kind].file}:${n}: not valid JSON.`);
    }
    const parsed = FILES[kind].schema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ImportError(`${FILES[kind].file}:${n}: ${issue.path.join(".") || "record"}: ${issue.message}`);
    }
    batch.push(parsed.data as z.output<(typeof FILES)[K]["schema"]>);
    if (batch.length === BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

/** Rows already in the tables an import fills; all zero for an empty database. */
async function existingRows(db: PrismaClient): Promise<Record<string, number>> {
  const [users, people, categories, tags, media, articles] = await Promise.all([
    db.user.count(),
    db.person.count(),
    db.category.count(),
    db.tag.count(),
    db.media.count(),
    db.article.count(),
  ]);
  return { users, people, categories, tags, media, articles };
}

const date = (value: string | null) => (value === null ? null : new Date(value));
const json = (value: unknown) => value as Prisma.InputJsonValue;

/** Tables with an id sequence, and whether the export carries their ids. */
const SEQUENCES = ["users", "people", "categories", "tags", "media", "articles", "revisions", "editor_picks", "slug_redirects", "bylines", "related_links"];

export interface ImportReport {
  counts: Partial<Record<Kind, number>>;
  mediaFiles: number;
}

export async function importSite(db: PrismaClient, store: MediaStore, dir: string, log: (line: string) => void = () => undefined): Promise<ImportReport> {
  const manifest = readManifest(dir);
  const existing = await existingRows(db);
  const filled = Object.entries(existing).filter(([, n]) => n > 0);
  if (filled.length) {
    throw new ImportError(
      `The database is not empty (${filled.map(([table, n]) => `${n} ${table}`).join(", ")}). ` +
        "Import only into an empty database: a new PGLITE_DATA_DIR, or a newly created PostgreSQL database (DATABASE_URL), migrated and not seeded.",
    );
  }

  // Media files first: rows pointing at missing files would be worse than files without rows.
  let mediaFiles = 0;
  const mediaRoot = path.join(dir, "media");
  const walk = async (sub: string): Promise<void> => {
    const here = path.join(mediaRoot, sub);
    if (!fs.existsSync(here)) return;
    for (const entry of fs.readdirSync(here, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const key = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(key);
      else if (isSafeKey(key)) {
        await store.put(key, fs.readFileSync(path.join(here, entry.name)), TYPES[key.split(".").pop() ?? ""] ?? "application/octet-stream");
        mediaFiles++;
      } else log(`skipped media file with an unsafe name: ${key}`);
    }
  };
  await walk("");
  log(`media files: ${mediaFiles}`);

  const counts: Partial<Record<Kind, number>> = {};
  const add = (kind: Kind, n: number) => (counts[kind] = (counts[kind] ?? 0) + n);
  await db.$transaction(
    async (tx) => {
      for await (const batch of records(dir, "users")) {
        await tx.user.createMany({
          data: batch.map((u) => ({
            id: u.id,
            email: u.email,
            name: u.name,
            role: u.role,
            disabled: u.disabled,
            // Without --with-password-hashes the account cannot sign in until an admin resets it.
            passwordHash: u.passwordHash ?? "!",
            createdAt: date(u.createdAt)!,
            updatedAt: date(u.updatedAt)!,
          })),
        });
        add("users", batch.length);
      }
      for await (const batch of records(dir, "people")) {
        await tx.person.createMany({ data: batch.map((p) => ({ ...p, createdAt: date(p.createdAt)! })) });
        add("people", batch.length);
      }
      const parents: { id: number; parentId: number }[] = [];
      for await (const batch of records(dir, "categories")) {
        await tx.category.createMany({
          data: batch.map((c) => ({ ...c, parentId: null, createdAt: date(c.createdAt)!, updatedAt: date(c.updatedAt)! })),
        });
        for (const c of batch) if (c.parentId !== null) parents.push({ id: c.id, parentId: c.parentId });
        add("categories", batch.length);
      }
      // Parents may come after their children in id order: linked once every category exists.
      // Raw SQL, so that updated_at keeps its exported value.
      for (const { id, parentId } of parents) await tx.$executeRaw`UPDATE categories SET parent_id = ${parentId} WHERE id = ${id}`;
      for await (const batch of records(dir, "tags")) {
        await tx.tag.createMany({ data: batch.map((t) => ({ ...t, createdAt: date(t.createdAt)! })) });
        add("tags", batch.length);
      }
      for await (const batch of records(dir, "media")) {
        await tx.media.createMany({ data: batch.map((m) => ({ ...m, createdAt: date(m.createdAt)! })) });
        add("media", batch.length);
      }
      for await (const batch of records(dir, "articles")) {
        await tx.article.createMany({
          data: batch.map(({ tagIds: _tags, bylines: _bylines, relatedLinks: _related, ...a }) => ({
            ...a,
            body: json(a.body),
            publishedAt: date(a.publishedAt),
            scheduledAt: date(a.scheduledAt),
            createdAt: date(a.createdAt)!,
            updatedAt: date(a.updatedAt)!,
          })),
        });
        add("articles", batch.length);
      }
      // Second pass: links between articles may point forward.
      for await (const batch of records(dir, "articles")) {
        const tags = batch.flatMap((a) => a.tagIds.map((tagId) => ({ articleId: a.id, tagId })));
        const bylines = batch.flatMap((a) => a.bylines.map((b) => ({ articleId: a.id, ...b })));
        const related = batch.flatMap((a) => a.relatedLinks.map((l) => ({ fromId: a.id, ...l })));
        if (tags.length) await tx.articleTag.createMany({ data: tags });
        if (bylines.length) await tx.byline.createMany({ data: bylines });
        if (related.length) await tx.relatedLink.createMany({ data: related });
      }
      for await (const batch of records(dir, "revisions")) {
        await tx.revision.createMany({ data: batch.map((r) => ({ ...r, snapshot: json(r.snapshot), createdAt: date(r.createdAt)! })) });
        add("revisions", batch.length);
      }
      for await (const batch of records(dir, "editorPicks")) {
        await tx.editorPick.createMany({ data: batch.map((p) => ({ ...p, createdAt: date(p.createdAt)! })) });
        add("editorPicks", batch.length);
      }
      for await (const batch of records(dir, "redirects")) {
        await tx.slugRedirect.createMany({ data: batch.map((r) => ({ ...r, createdAt: date(r.createdAt)! })) });
        add("redirects", batch.length);
      }
      for await (const batch of records(dir, "legacyPaths")) {
        await tx.legacyPath.createMany({ data: batch.map((l) => ({ ...l, createdAt: date(l.createdAt)! })) });
        add("legacyPaths", batch.length);
      }
      for await (const batch of records(dir, "wordpressItems")) {
        await tx.wordpressItem.createMany({ data: batch.map((w) => ({ ...w, importedAt: date(w.importedAt)! })) });
        add("wordpressItems", batch.length);
      }
      for (const table of SEQUENCES) {
        await tx.$executeRawUnsafe(
          `SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), COALESCE((SELECT MAX(id) FROM "${table}"), 1), (SELECT MAX(id) FROM "${table}") IS NOT NULL)`,
        );
      }
    },
    { timeout: 3_600_000, maxWait: 60_000 },
  );
  for (const [kind, n] of Object.entries(manifest.counts)) {
    if ((counts[kind as Kind] ?? 0) !== n) throw new ImportError(`${FILES[kind as Kind]?.file ?? kind}: the manifest says ${n} records, the file had ${counts[kind as Kind] ?? 0}.`);
  }
  for (const [kind, n] of Object.entries(counts)) log(`${FILES[kind as Kind].file}: ${n}`);
  return { counts, mediaFiles };
}
