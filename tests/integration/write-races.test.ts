import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useDatabase } from "@/db/client";
import type { Database } from "@/db/connection";
import { migrate } from "@/db/migrate";
import { ArticleConflictError, saveArticle, transitionArticle, type Actor } from "@/content/article/commands";
import { articleInputSchema } from "@/content/article/schema";
import { createUser, setDisabled, setRole } from "@/newsroom/users/commands";
import { freshDatabase, type FreshDatabase } from "./engines";

/**
 * Real concurrency on the PostgreSQL server (PGlite runs everything on one backend and
 * cannot interleave two writers). A second connection of the test holds a row lock so that
 * the command under test is caught between its read and its write; the test releases the
 * lock only once PostgreSQL reports the command waiting, so the interleaving is certain.
 */
const server = process.env.DATABASE_URL;

describe.runIf(server)("write races on PostgreSQL", () => {
  let fresh: FreshDatabase;
  let db: Database;
  let side: pg.Client;
  let watch: pg.Client;
  let editor: Actor;
  let categoryId: number;

  const waitingOnLocks = async (count: number) => {
    for (let i = 0; i < 200; i++) {
      const { rows } = await watch.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()",
      );
      if (rows[0].n >= count) return;
      await new Promise((r) => setTimeout(r, 25));
    }
    const { rows } = await watch.query("SELECT state, wait_event_type, wait_event, left(query, 80) AS q FROM pg_stat_activity WHERE datname = current_database()");
    throw new Error(`expected ${count} backends waiting on a lock: ${JSON.stringify(rows)}`);
  };

  beforeAll(async () => {
    fresh = await freshDatabase("postgres");
    db = fresh.open();
    await db.withSession((s) => migrate(s));
    useDatabase(db);
    side = new pg.Client({ connectionString: fresh.env.DATABASE_URL });
    await side.connect();
    // Polled from its own connection: inside a transaction pg_stat_activity is a frozen snapshot.
    watch = new pg.Client({ connectionString: fresh.env.DATABASE_URL });
    await watch.connect();
    editor = { id: (await createUser({ email: "bt@test.vn", name: "Biên Tập", role: "EDITOR", password: "mat-khau-dai-du-10" }, { id: null })).id, role: "EDITOR" };
    categoryId = (await db.prisma.category.create({ data: { name: "Thời sự", slug: "thoi-su" } })).id;
  }, 120_000);

  afterAll(async () => {
    await side?.end();
    await watch?.end();
    await db?.close();
    await fresh?.dispose();
  });

  const draft = (sapo: string) =>
    articleInputSchema.parse({
      title: "Bài duyệt trong lúc có người đang lưu",
      sapo,
      categoryId,
      kind: "NEWS",
      tags: [],
      bylines: [{ name: "Biên Tập", role: "Thực hiện" }],
      body: [{ type: "paragraph", content: [{ text: "Đoạn đã được duyệt." }] }],
    });

  it("a publish that read version 1 never publishes a save committed before its write", async () => {
    const { id } = await saveArticle(null, null, draft("Nội dung đã được biên tập viên đọc và duyệt."), editor);
    // A save is in flight: it has written version 2 with unreviewed text but not committed yet.
    await side.query("BEGIN");
    await side.query("UPDATE articles SET sapo = 'Nội dung CHƯA DUYỆT chen vào.', version = version + 1 WHERE id = $1", [id]);
    const publish = transitionArticle(id, 1, "publish", editor).then(
      (r) => ({ ok: true as const, r }),
      (e: unknown) => ({ ok: false as const, e }),
    );
    await waitingOnLocks(1); // the publish has read version 1 and waits to write
    await side.query("COMMIT");
    const outcome = await publish;
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.e).toBeInstanceOf(ArticleConflictError);
    const row = await db.prisma.article.findUniqueOrThrow({ where: { id }, select: { status: true, version: true, sapo: true } });
    expect(row).toEqual({ status: "DRAFT", version: 2, sapo: "Nội dung CHƯA DUYỆT chen vào." });
    expect(await db.prisma.auditLog.count({ where: { action: "article.publish", targetId: String(id) } })).toBe(0);
  });

  it("deleting a draft that read version 1 leaves a draft saved meanwhile alone", async () => {
    const { id } = await saveArticle(null, null, draft("Bản nháp sắp bị xóa trong khi vẫn đang được viết tiếp."), editor);
    await side.query("BEGIN");
    await side.query("UPDATE articles SET sapo = 'Đoạn vừa viết thêm, không được mất.', version = version + 1 WHERE id = $1", [id]);
    const removal = transitionArticle(id, 1, "delete", editor).then(
      () => "deleted",
      (e: unknown) => (e instanceof ArticleConflictError ? "conflict" : String(e)),
    );
    await waitingOnLocks(1);
    await side.query("COMMIT");
    expect(await removal).toBe("conflict");
    expect((await db.prisma.article.findUnique({ where: { id }, select: { sapo: true } }))?.sapo).toBe("Đoạn vừa viết thêm, không được mất.");
  });

  it("two admins disabling or demoting each other at once leave one admin, never none", async () => {
    const a = await createUser({ email: "qt1@test.vn", name: "Quản Trị Một", role: "ADMIN", password: "mat-khau-dai-du-10" }, { id: null });
    const b = await createUser({ email: "qt2@test.vn", name: "Quản Trị Hai", role: "ADMIN", password: "mat-khau-dai-du-10" }, { id: null });
    // Hold both rows so each command is caught after its "another admin exists?" check.
    await side.query("BEGIN");
    await side.query("SELECT id FROM users WHERE id = ANY($1) FOR UPDATE", [[a.id, b.id]]);
    const results = Promise.allSettled([setDisabled(a.id, true, { id: b.id }), setRole(b.id, "EDITOR", { id: a.id })]);
    await waitingOnLocks(2);
    await side.query("ROLLBACK");
    const settled = await results;
    expect(settled.map((s) => s.status).sort()).toEqual(["fulfilled", "rejected"]);
    const active = await db.prisma.user.count({ where: { role: "ADMIN", disabled: false } });
    expect(active).toBe(1);
  });
});
