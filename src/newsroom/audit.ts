import { prisma } from "@/db/client";
import type { Prisma } from "@/generated/prisma/client";

/** Everything the newsroom must be able to account for: who, what, when, from where. */
export const AUDIT_ACTIONS = {
  "sign-in.ok": "Đăng nhập",
  "sign-in.failed": "Đăng nhập thất bại",
  "sign-in.throttled": "Đăng nhập bị chặn tạm thời",
  "sign-in.attempt": "Đăng nhập (đang kiểm tra hoặc bị ngắt giữa chừng)",
  "sign-out": "Đăng xuất",
  "sign-out.everywhere": "Đăng xuất mọi nơi",
  "user.create": "Tạo tài khoản",
  "user.role": "Đổi vai trò",
  "user.disable": "Khóa tài khoản",
  "user.enable": "Mở khóa tài khoản",
  "user.reset-link": "Tạo liên kết đặt lại mật khẩu",
  "user.password-reset": "Đặt lại mật khẩu",
  "user.password-change": "Đổi mật khẩu",
  "article.publish": "Xuất bản",
  "article.unpublish": "Gỡ bài",
  "article.schedule": "Hẹn giờ xuất bản",
  "article.delete": "Xóa bài",
} as const;
export type AuditAction = keyof typeof AUDIT_ACTIONS;

export interface AuditEntry {
  action: AuditAction;
  actorId?: number | null;
  targetType?: string;
  targetId?: string | number;
  detail?: Prisma.InputJsonValue;
  ip?: string | null;
}

type Db = Pick<ReturnType<typeof prisma>, "auditLog">;

export async function audit(entry: AuditEntry, db: Db = prisma()): Promise<void> {
  await db.auditLog.create({
    data: {
      action: entry.action,
      actorId: entry.actorId ?? null,
      targetType: entry.targetType,
      targetId: entry.targetId === undefined ? undefined : String(entry.targetId),
      detail: entry.detail,
      ip: entry.ip ?? null,
    },
  });
}

export interface AuditFilter {
  action?: string;
  actorId?: number;
  from?: Date;
  to?: Date;
  before?: number;
}

export const AUDIT_PAGE_SIZE = 50;

/** Newest first, keyset-paginated by id. */
export async function listAudit(filter: AuditFilter) {
  const rows = await prisma().auditLog.findMany({
    where: {
      ...(filter.action ? { action: filter.action } : {}),
      ...(filter.actorId ? { actorId: filter.actorId } : {}),
      ...(filter.from || filter.to ? { createdAt: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lt: filter.to } : {}) } } : {}),
      ...(filter.before ? { id: { lt: filter.before } } : {}),
    },
    orderBy: { id: "desc" },
    take: AUDIT_PAGE_SIZE + 1,
    select: {
      id: true,
      action: true,
      targetType: true,
      targetId: true,
      detail: true,
      ip: true,
      createdAt: true,
      actor: { select: { id: true, name: true, email: true } },
    },
  });
  return { items: rows.slice(0, AUDIT_PAGE_SIZE), next: rows.length > AUDIT_PAGE_SIZE ? rows[AUDIT_PAGE_SIZE - 1].id : null };
}
