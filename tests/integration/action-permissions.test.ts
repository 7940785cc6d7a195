import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/newsroom/auth/sessions";
import { can, PERMISSIONS, type Role } from "@/newsroom/permissions";

/**
 * Walks EVERY exported server action of the newsroom as anonymous, writer, editor and
 * admin, and checks that exactly the roles of its declared permission get past the
 * server-side check. An action exported without a declared permission fails here.
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
import * as accountActions from "@/newsroom/actions/account";
import * as articleActions from "@/newsroom/actions/articles";
import * as mediaActions from "@/newsroom/actions/media";
import * as userActions from "@/newsroom/actions/users";
import { freshDatabase, type FreshDatabase } from "./engines";

const MODULES = { account: accountActions, articles: articleActions, media: mediaActions, users: userActions };
const ROLES: (Role | null)[] = [null, "WRITER", "EDITOR", "ADMIN"];

describe("every newsroom server action checks its permission on the server", () => {
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

  const actions = Object.entries(MODULES).flatMap(([module, exports]) =>
    Object.entries(exports).map(([name, fn]) => ({ id: `${module}.${name}`, fn: fn as unknown as ((prev: object, form: FormData) => Promise<{ denied?: string }>) & { permission?: string } })),
  );

  it("finds the actions", () => {
    expect(actions.length).toBeGreaterThanOrEqual(17);
  });

  it.each(actions)("$id declares a permission from the table (or is explicitly public)", ({ fn }) => {
    expect(fn.permission === "public" || (fn.permission ?? "") in PERMISSIONS).toBe(true);
  });

  it.each(actions)("$id lets exactly the permitted roles through", async ({ fn }) => {
    for (const role of ROLES) {
      actor = role ? { id: actorId, email: "x@test.vn", name: "X", role, sessionId: "s" } : null;
      let result: { denied?: string } | undefined;
      try {
        result = await fn({}, new FormData());
      } catch (error) {
        // redirect() after a permitted call (sign-out) is a success, not a refusal
        if (!String((error as { digest?: string }).digest ?? "").startsWith("NEXT_REDIRECT")) throw error;
        result = {};
      }
      const expectedAllowed = fn.permission === "public" || can(role, fn.permission as keyof typeof PERMISSIONS);
      expect(result?.denied === undefined, `${role ?? "anonymous"}`).toBe(expectedAllowed);
    }
  });
});
