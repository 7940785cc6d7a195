import { describe, expect, it } from "vitest";
import { can, isRole, mayEditArticle, PERMISSIONS, ROLE_LABELS, type Permission } from "@/newsroom/permissions";

/**
 * The newsroom's permission table, written out by hand: who may do what. W = writer
 * (phóng viên), E = editor (biên tập viên), A = admin. A new permission needs a row here.
 */
const TABLE: Record<string, "WEA" | "EA" | "A"> = {
  "newsroom.enter": "WEA",
  "account.change-password": "WEA",
  "account.sign-out-everywhere": "WEA",
  "article.create": "WEA",
  "article.edit-own-draft": "WEA",
  "article.submit": "WEA",
  "media.upload": "WEA",
  "article.edit-any": "EA",
  "article.publish": "EA",
  "article.schedule": "EA",
  "article.unpublish": "EA",
  "article.delete-draft": "EA",
  "media.manage": "EA",
  "tags.manage": "EA",
  "picks.manage": "EA",
  "users.manage": "A",
  "categories.manage": "A",
  "audit.read": "A",
};

describe("permission table", () => {
  it("has exactly the permissions listed here", () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual(Object.keys(TABLE).sort());
  });

  it.each(Object.entries(TABLE))("%s: %s", (permission, who) => {
    const p = permission as Permission;
    expect({ writer: can("WRITER", p), editor: can("EDITOR", p), admin: can("ADMIN", p) }).toEqual({
      writer: who.includes("W"),
      editor: who.includes("E"),
      admin: who.includes("A"),
    });
  });

  it("writers write, submit and upload, and nothing else", () => {
    const writer = Object.keys(TABLE).filter((p) => can("WRITER", p as Permission)).sort();
    expect(writer).toEqual(
      ["account.change-password", "account.sign-out-everywhere", "article.create", "article.edit-own-draft", "article.submit", "media.upload", "newsroom.enter"],
    );
  });

  it("nobody without a role can do anything", () => {
    for (const p of Object.keys(TABLE) as Permission[]) {
      expect(can(null, p)).toBe(false);
      expect(can(undefined, p)).toBe(false);
      expect(can("" as never, p)).toBe(false);
      expect(can("GUEST" as never, p)).toBe(false);
    }
  });

  it("an unknown permission is refused to everyone", () => {
    const attempt = (role: "WRITER" | "EDITOR" | "ADMIN") => {
      try {
        return can(role, "article.destroy" as Permission);
      } catch {
        return false; // refusing by throwing is a refusal too
      }
    };
    expect([attempt("WRITER"), attempt("EDITOR"), attempt("ADMIN")]).toEqual([false, false, false]);
  });

  it("knows the three roles and their Vietnamese names", () => {
    expect(ROLE_LABELS).toEqual({ WRITER: "Phóng viên", EDITOR: "Biên tập viên", ADMIN: "Quản trị" });
    expect(["WRITER", "EDITOR", "ADMIN"].map(isRole)).toEqual([true, true, true]);
    expect(["writer", "Admin", "GUEST", "", null, undefined, 1, {}].map(isRole)).toEqual([false, false, false, false, false, false, false, false]);
  });
});

describe("who may edit an article", () => {
  const writer = { id: 7, role: "WRITER" as const };
  it.each([
    ["a writer, own draft", writer, { createdById: 7, status: "DRAFT" }, true],
    ["a writer, own article in review", writer, { createdById: 7, status: "IN_REVIEW" }, true],
    ["a writer, own published article", writer, { createdById: 7, status: "PUBLISHED" }, false],
    ["a writer, own scheduled article", writer, { createdById: 7, status: "SCHEDULED" }, false],
    ["a writer, another's draft", writer, { createdById: 8, status: "DRAFT" }, false],
    ["a writer, a draft by nobody", writer, { createdById: null, status: "DRAFT" }, false],
    ["an editor, another's published article", { id: 2, role: "EDITOR" as const }, { createdById: 7, status: "PUBLISHED" }, true],
    ["an admin, another's draft", { id: 1, role: "ADMIN" as const }, { createdById: 7, status: "DRAFT" }, true],
  ])("%s → %s", (_case, actor, article, expected) => {
    expect(mayEditArticle(actor, article)).toBe(expected);
  });
});
