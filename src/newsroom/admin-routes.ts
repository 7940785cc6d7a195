import type { Permission } from "./permissions";

/**
 * Every page of the newsroom with the permission it needs: the admin menu shows what
 * a role may open, each page checks the same permission on the server, and one
 * end-to-end test walks this list as anonymous, writer, editor and admin.
 */
export const ADMIN_ROUTES: { path: string; label: string; permission: Permission; inMenu: boolean }[] = [
  { path: "/admin", label: "Tổng quan", permission: "newsroom.enter", inMenu: true },
  { path: "/admin/bai-viet", label: "Bài viết", permission: "article.create", inMenu: true },
  { path: "/admin/bai-viet/moi", label: "Viết bài mới", permission: "article.create", inMenu: false },
  { path: "/admin/anh", label: "Thư viện ảnh", permission: "media.upload", inMenu: true },
  { path: "/admin/lua-chon", label: "Lựa chọn", permission: "picks.manage", inMenu: true },
  { path: "/admin/nguoi-dung", label: "Người dùng", permission: "users.manage", inMenu: true },
  { path: "/admin/nhat-ky", label: "Nhật ký", permission: "audit.read", inMenu: true },
  { path: "/admin/tai-khoan", label: "Tài khoản của tôi", permission: "account.change-password", inMenu: true },
];

export function adminRoute(path: string) {
  const route = ADMIN_ROUTES.find((r) => r.path === path);
  if (!route) throw new Error(`Unknown admin route ${path}`);
  return route;
}
