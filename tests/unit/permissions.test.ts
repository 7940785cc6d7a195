import { describe, expect, it } from "vitest";
import { can, PERMISSIONS, type Permission, type Role } from "@/newsroom/permissions";

const allowed = (role: Role) => (Object.keys(PERMISSIONS) as Permission[]).filter((p) => can(role, p)).sort();

describe("permission table", () => {
  it("writers write, submit and upload, and nothing else", () => {
    expect(allowed("WRITER")).toEqual(
      ["account.change-password", "account.sign-out-everywhere", "article.create", "article.edit-own-draft", "article.submit", "media.upload", "newsroom.enter"].sort(),
    );
  });

  it("editors also edit any article, publish, schedule, unpublish and manage tags, picks and media", () => {
    const editor = allowed("EDITOR");
    for (const p of ["article.edit-any", "article.publish", "article.schedule", "article.unpublish", "article.delete-draft", "tags.manage", "picks.manage", "media.manage"]) {
      expect(editor).toContain(p);
    }
    for (const p of ["users.manage", "categories.manage", "audit.read"]) expect(editor).not.toContain(p);
  });

  it("admins can do everything", () => {
    expect(allowed("ADMIN")).toEqual((Object.keys(PERMISSIONS) as Permission[]).sort());
  });

  it("nobody without a role can do anything", () => {
    for (const p of Object.keys(PERMISSIONS) as Permission[]) {
      expect(can(null, p)).toBe(false);
      expect(can(undefined, p)).toBe(false);
    }
  });
});
