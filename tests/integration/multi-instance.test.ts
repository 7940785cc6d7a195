import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useDatabase } from "@/db/client";
import type { Database } from "@/db/connection";
import { migrate } from "@/db/migrate";
import { publishDue } from "@/content/article/commands";
import { flushViews, recordView } from "@/content/article/view-counter";
import { createSession, revokeSession, userForToken } from "@/newsroom/auth/sessions";
import { signIn } from "@/newsroom/auth/sign-in";
import { MAX_FAILURES_PER_ACCOUNT } from "@/newsroom/auth/throttle";
import { createUser } from "@/newsroom/users/commands";
import { freshDatabase, type FreshDatabase } from "./engines";

/**
 * Several server instances on one PostgreSQL database: the state they must share lives in the
 * database, and what each keeps in memory is safe to keep per instance. Each "instance" here is
 * its own Database (its own PrismaClient and pg pool, as a separate process would have). The
 * commands pick up the process's database synchronously when called (`prisma()` before their
 * first await), so switching useDatabase() between two calls gives each call its own instance.
 */
const server = process.env.DATABASE_URL;

describe.runIf(server)("several instances on one PostgreSQL database", () => {
  let fresh: FreshDatabase;
  let a: Database;
  let b: Database;
  let side: pg.Client;
  let watch: pg.Client;
  let categoryId: number;
  let userId: number;
  const password = "mat-khau-dung-roi-1";

  /** Calls `fn` with instance `db` as the process's database (captured synchronously by the commands). */
  const on = <T>(db: Database, fn: () => Promise<T>): Promise<T> => {
    useDatabase(db);
    return fn();
  };

  const waitingOnLocks = async (count: number) => {
    for (let i = 0; i < 400; i++) {
      const { rows } = await watch.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()",
      );
      if (rows[0].n >= count) return;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`expected ${count} backends waiting on a lock`);
  };

  beforeAll(async () => {
    fresh = await freshDatabase("postgres");
    a = fresh.open();
    b = fresh.open();
    await a.withSession((s) => migrate(s));
    side = new pg.Client({ connectionString: fresh.env.DATABASE_URL });
    await side.connect();
    watch = new pg.Client({ connectionString: fresh.env.DATABASE_URL });
    await watch.connect();
    useDatabase(a);
    userId = (await createUser({ email: "hai-may@test.vn", name: "Hai Máy", role: "EDITOR", password }, { id: null })).id;
    categoryId = (await a.prisma.category.create({ data: { name: "Thời sự", slug: "thoi-su" } })).id;
  }, 120_000);

  afterAll(async () => {
    await side?.end();
    await watch?.end();
    await a?.close();
    await b?.close();
    await fresh?.dispose();
  });

  it("two instances' schedulers publishing 20 due articles at once: each published once, one audit entry, one version bump", async () => {
    const scheduledAt = new Date(Date.now() - 60_000);
    await a.prisma.article.createMany({
      data: Array.from({ length: 20 }, (_, i) => ({
        title: `Bài hẹn giờ số ${i + 1}`,
        slug: `bai-hen-gio-so-${i + 1}`,
        sapo: "Đến giờ thì lên trang.",
        body: [{ type: "paragraph", content: [{ text: "Bài đủ điều kiện lên trang." }] }],
        status: "SCHEDULED" as const,
        scheduledAt,
        categoryId,
      })),
    });
    const due = await a.prisma.article.findMany({ where: { status: "SCHEDULED" }, select: { id: true, version: true }, orderBy: { id: "asc" } });
    // each with its author, as the publish checks require
    const author = await a.prisma.person.create({ data: { name: "Trần An", slug: "tran-an" } });
    await a.prisma.byline.createMany({ data: due.map((d) => ({ articleId: d.id, personId: author.id, role: "Bài", position: 0 })) });
    expect(due).toHaveLength(20);
    expect(due.every((d) => d.version === 1)).toBe(true);

    // Hold every due row so that both instances read the same 20 due articles and then meet on
    // their first conditional update; released only once both are waiting on it, so the race is certain.
    await side.query("BEGIN");
    await side.query("SELECT id FROM articles WHERE status = 'SCHEDULED' FOR UPDATE");
    const runs = [on(a, () => publishDue()), on(b, () => publishDue())];
    await waitingOnLocks(2);
    await side.query("COMMIT");
    const [byA, byB] = await Promise.all(runs);

    const won = [...byA, ...byB].map((p) => p.id).sort((x, y) => x - y);
    expect(won).toEqual(due.map((d) => d.id)); // every article once: none twice, none missed
    const after = await a.prisma.article.findMany({ where: { id: { in: won } }, select: { status: true, version: true, publishedAt: true } });
    expect(after.every((r) => r.status === "PUBLISHED" && r.version === 2 && r.publishedAt?.getTime() === scheduledAt.getTime())).toBe(true);
    const audits = await a.prisma.auditLog.groupBy({ by: ["targetId"], where: { action: "article.publish" }, _count: { _all: true } });
    expect(audits).toHaveLength(20);
    expect(audits.every((r) => r._count._all === 1)).toBe(true);
    // A later tick of either instance finds nothing left to do.
    expect(await on(b, () => publishDue())).toEqual([]);
  });

  it("a session made on one instance is valid on the other, and revoked on the other ends it everywhere", async () => {
    const { token } = await on(a, () => createSession(userId, { ip: "192.0.2.7", userAgent: "test" }));
    const seen = await on(b, () => userForToken(token));
    expect(seen?.id).toBe(userId);
    await on(b, () => revokeSession(seen!.sessionId));
    expect(await on(a, () => userForToken(token))).toBeNull();
  });

  it("sign-in throttling counts the attempts of every instance together", async () => {
    let checks = 0;
    const verify = async () => {
      checks++;
      await new Promise((r) => setTimeout(r, 30));
      return false;
    };
    const attempts = Array.from({ length: 30 }, (_, i) =>
      on(i % 2 ? a : b, () => signIn({ email: "hai-may@test.vn", password: "sai-mat-khau" }, { ip: `198.51.100.${i + 1}`, userAgent: null }, { verify })),
    );
    const results = await Promise.all(attempts);
    expect(checks).toBe(MAX_FAILURES_PER_ACCOUNT);
    expect(results.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(MAX_FAILURES_PER_ACCOUNT);
    expect(results.filter((r) => !r.ok && r.reason === "throttled")).toHaveLength(30 - MAX_FAILURES_PER_ACCOUNT);
  });

  it("view counts flushed by two instances at once add up", async () => {
    const slug = "bai-hen-gio-so-1";
    const before = (await a.prisma.article.findUniqueOrThrow({ where: { slug } })).viewCount;
    // Each instance adds up its own beacons and flushes them with one additive UPDATE.
    await side.query("BEGIN");
    await side.query("SELECT id FROM articles WHERE slug = $1 FOR UPDATE", [slug]);
    for (let i = 0; i < 3; i++) recordView(slug);
    const flushA = on(a, () => flushViews());
    for (let i = 0; i < 4; i++) recordView(slug);
    const flushB = on(b, () => flushViews());
    await waitingOnLocks(2);
    await side.query("COMMIT");
    expect(await Promise.all([flushA, flushB])).toEqual([1, 1]);
    expect((await a.prisma.article.findUniqueOrThrow({ where: { slug } })).viewCount).toBe(before + 7);
  });
});
