import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/newsroom/auth/sessions";
import type { Role } from "@/newsroom/permissions";

/**
 * Walks EVERY exported server action of the newsroom (every module of
 * src/newsroom/actions/) as anonymous, writer, editor and admin, and checks who gets
 * past the server-side check against a table written out here by hand. The table is
 * the rule; it is deliberately NOT derived from each action's own declaration or from
 * the permission table, so an action declared with the wrong permission fails here.
 * A new action must be given a row (the test fails until it is).
 */
let actor: SessionUser | null = null;
vi.mock("@/newsroom/auth/request", () => ({
  currentUser: async () => actor,
  requestMeta: async () => ({ ip: "127.0.0.1", userAgent: "vitest" }),
  setSessionCookie: async () => undefined,
  clearSessionCookie: async () => undefined,
  requirePermission: async () => actor,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined, updateTag: () => undefined }));

import { useDatabase } from "@/db/client";
import type { Database } from "@/db/connection";
import { migrate } from "@/db/migrate";
import { freshDatabase, type FreshDatabase } from "./engines";

type Who = "anonymous" | "writer" | "editor" | "admin";
const PUBLIC: Who[] = ["anonymous", "writer", "editor", "admin"];
const STAFF: Who[] = ["writer", "editor", "admin"];
const EDITORS: Who[] = ["editor", "admin"];
const ADMIN: Who[] = ["admin"];

/** module.export → who may call it. Written out by hand: this is the rule. */
const EXPECTED: Record<string, Who[]> = {
  "account.signInAction": PUBLIC,
  "account.signOutAction": PUBLIC,
  "account.resetPasswordAction": PUBLIC,
  "account.signOutEverywhereAction": STAFF,
  "account.changePasswordAction": STAFF,

  "articles.saveArticleAction": STAFF,
  "articles.submitArticleAction": STAFF,
  "articles.searchTitlesAction": STAFF,
  "articles.restoreRevisionAction": STAFF,
  "articles.saveAndSubmitArticleAction": STAFF,
  "articles.publishArticleAction": EDITORS,
  "articles.saveAndPublishArticleAction": EDITORS,
  "articles.saveAndScheduleArticleAction": EDITORS,
  "articles.scheduleArticleAction": EDITORS,
  "articles.unpublishArticleAction": EDITORS,
  "articles.deleteArticleAction": EDITORS,
  "articles.setPicksAction": EDITORS, // the "Nên xem" rail and the home lead: never writers

  "article-list.bulkSubmitAction": STAFF, // each article is checked again (a writer: own drafts only)
  "article-list.bulkUnpublishAction": EDITORS,
  "article-list.bulkDeleteDraftsAction": EDITORS,

  "media.updateMediaAction": EDITORS,
  "media.deleteMediaAction": EDITORS,
  "media.searchMediaAction": STAFF, // the editor's library picker

  "users.createUserAction": ADMIN,
  "users.setRoleAction": ADMIN,
  "users.setDisabledAction": ADMIN,
  "users.resetLinkAction": ADMIN,
};

const ROLE_OF: Record<Who, Role | null> = { anonymous: null, writer: "WRITER", editor: "EDITOR", admin: "ADMIN" };

type Action = ((prev: object, form: FormData) => Promise<{ denied?: string }>) & { permission?: string };
const modules = import.meta.glob<Record<string, unknown>>("../../src/newsroom/actions/*.ts", { eager: true });
const actions: Record<string, Action> = Object.fromEntries(
  Object.entries(modules).flatMap(([file, exports]) =>
    Object.entries(exports).map(([name, fn]) => [`${file.replace(/^.*\/|\.ts$/g, "")}.${name}`, fn as Action]),
  ),
);

describe("every newsroom server action checks the right permission on the server", () => {
  let fresh: FreshDatabase;
  let db: Database;
  let actorId = 0;
  beforeAll(async () => {
    fresh = await freshDatabase("pglite");
    db = fresh.open();
    await db.withSession((s) => migrate(s));
    useDatabase(db);
    actorId = (await db.prisma.user.create({ data: { email: "x@test.vn", name: "X", passwordHash: "x" } })).id;
  });
  afterAll(async () => {
    await db?.close();
    await fresh?.dispose();
  });

  it("the table lists exactly the exported actions (a new action needs a row)", () => {
    expect(Object.keys(actions).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.keys(EXPECTED))("%s declares a permission (or is explicitly public)", (id) => {
    const declared = actions[id]?.permission;
    expect(typeof declared).toBe("string");
    if (EXPECTED[id].includes("anonymous")) expect(declared).toBe("public");
    else expect(declared).not.toBe("public");
  });

  it.each(Object.entries(EXPECTED))("%s lets exactly %j through", async (id, allowed) => {
    const fn = actions[id];
    expect(fn, `${id} is exported`).toBeTypeOf("function");
    const outcome: Record<string, string> = {};
    for (const who of PUBLIC) {
      const role = ROLE_OF[who];
      actor = role ? { id: actorId, email: "x@test.vn", name: "X", role, sessionId: "s" } : null;
      let result: { denied?: string } | undefined;
      try {
        result = await fn({}, new FormData());
      } catch (error) {
        // redirect() after a permitted call (sign-out) is a success, not a refusal
        if (!String((error as { digest?: string }).digest ?? "").startsWith("NEXT_REDIRECT")) throw error;
        result = {};
      }
      outcome[who] = result?.denied ?? "allowed";
    }
    const expected = Object.fromEntries(
      PUBLIC.map((who) => [who, allowed.includes(who) ? "allowed" : who === "anonymous" ? "anonymous" : "forbidden"]),
    );
    expect(outcome).toEqual(expected);
  });
});
