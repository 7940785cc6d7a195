/**
 * Who may do what in the newsroom: the ONE table every admin page, route handler and
 * server action is checked against (on the server). Roles: writer (phóng viên / cộng
 * tác viên), editor (biên tập viên), admin (quản trị).
 */
export type Role = "WRITER" | "EDITOR" | "ADMIN";

export const ROLE_LABELS: Record<Role, string> = {
  WRITER: "Phóng viên",
  EDITOR: "Biên tập viên",
  ADMIN: "Quản trị",
};

const ALL: Role[] = ["WRITER", "EDITOR", "ADMIN"];
const EDITORS: Role[] = ["EDITOR", "ADMIN"];
const ADMINS: Role[] = ["ADMIN"];

export const PERMISSIONS = {
  "newsroom.enter": ALL, // the dashboard, own account
  "account.change-password": ALL,
  "account.sign-out-everywhere": ALL,
  "article.create": ALL,
  "article.edit-own-draft": ALL,
  "article.submit": ALL,
  "article.edit-any": EDITORS,
  "article.publish": EDITORS,
  "article.schedule": EDITORS,
  "article.unpublish": EDITORS,
  "article.delete-draft": EDITORS,
  "media.upload": ALL,
  "media.manage": EDITORS,
  "tags.manage": EDITORS,
  "picks.manage": EDITORS,
  "users.manage": ADMINS,
  "categories.manage": ADMINS,
  "audit.read": ADMINS,
} as const satisfies Record<string, Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role | null | undefined, permission: Permission): boolean {
  return !!role && (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/**
 * Whether `actor` may change article `article` in the editor: editors and admins any article,
 * a writer only their own draft or article in review.
 */
export function mayEditArticle(actor: { id: number; role: Role }, article: { createdById: number | null; status: string }): boolean {
  if (can(actor.role, "article.edit-any")) return true;
  const ownDraft = article.createdById === actor.id && (article.status === "DRAFT" || article.status === "IN_REVIEW");
  return ownDraft && can(actor.role, "article.edit-own-draft");
}

export function isRole(value: unknown): value is Role {
  return value === "WRITER" || value === "EDITOR" || value === "ADMIN";
}
