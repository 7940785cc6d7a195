import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/newsroom/auth/sessions";

/**
 * What the newsroom's forms answer once the permission check has let the caller through
 * (action-permissions.test.ts covers who gets through): the account forms (sign-in, sign-out,
 * password change and reset), the user administration and the media library. Messages are
 * the Vietnamese texts the pages show, written out; the request seam (session cookie, client
 * IP) and next/cache are replaced by recorders.
 */
const seam = vi.hoisted(() => ({
  actor: null as SessionUser | null,
  cookie: null as { token: string; expires: Date } | null,
  cleared: 0,
  paths: [] as string[],
  tags: [] as string[],
}));
vi.mock("@/newsroom/auth/request", () => ({
  currentUser: async () => seam.actor,
  requestMeta: async () => ({ ip: "198.51.100.20", userAgent: "vitest" }),
  setSessionCookie: async (token: string, expires: Date) => void (seam.cookie = { token, expires }),
  clearSessionCookie: async () => void seam.cleared++,
  requirePermission: async () => seam.actor,
}));
vi.mock("next/cache", () => ({
  updateTag: (tag: string) => void seam.tags.push(tag),
  revalidateTag: () => undefined,
  revalidatePath: (path: string) => void seam.paths.push(path),
}));

import type { Database } from "@/db/connection";
import { changePasswordAction, resetPasswordAction, signInAction, signOutAction, signOutEverywhereAction } from "@/newsroom/actions/account";
import { deleteMediaAction, updateMediaAction } from "@/newsroom/actions/media";
import { createUserAction, resetLinkAction, setDisabledAction, setRoleAction } from "@/newsroom/actions/users";
import { fieldErrors, formValues, guardedAction, publicAction } from "@/newsroom/auth/guarded-action";
import { createSession, userForToken } from "@/newsroom/auth/sessions";
import { createUser } from "@/newsroom/users/commands";
import { engines, migratedDatabase, type MigratedDatabase } from "./engines";
import { z } from "zod";

const form = (fields: Record<string, string | number>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, String(v));
  return f;
};
/** The path a redirect() inside an action went to (Next throws it as an error with a digest). */
const redirectedTo = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    const digest = String((error as { digest?: string }).digest ?? "");
    if (digest.startsWith("NEXT_REDIRECT")) return digest.split(";")[2];
    throw error;
  }
  return null;
};
const CHECK = "Vui lòng kiểm tra lại các trường được đánh dấu.";

describe.each(engines)("newsroom forms on %s", (engine) => {
  let fresh: MigratedDatabase;
  let db: Database;
  let admin: SessionUser;
  let editor: SessionUser;

  beforeAll(async () => {
    fresh = await migratedDatabase(engine);
    db = fresh.db;
    const a = await createUser({ email: "qt@test.vn", name: "Quản Trị", role: "ADMIN", password: "mat-khau-quan-tri-1" }, { id: null });
    const e = await createUser({ email: "btv@test.vn", name: "Biên Tập", role: "EDITOR", password: "mat-khau-bien-tap-1" }, { id: null });
    admin = { id: a.id, email: a.email, name: a.name, role: "ADMIN", sessionId: "phien-qt" };
    editor = { id: e.id, email: e.email, name: e.name, role: "EDITOR", sessionId: "phien-btv" };
  }, 120_000);

  afterAll(async () => {
    await fresh?.dispose();
  });

  beforeEach(() => {
    seam.actor = null;
    seam.cookie = null;
    seam.cleared = 0;
    seam.paths.length = 0;
    seam.tags.length = 0;
  });

  describe("every action's edge check", () => {
    const echo = guardedAction("newsroom.enter", async (_actor, f) => ({ ok: true, values: formValues(f) }));
    const open = publicAction(async (f) => ({ ok: true, values: formValues(f) }));

    it("refuses what is not a form, and text with control characters, before the handler runs", async () => {
      seam.actor = editor;
      expect(await echo({}, "x" as unknown as FormData)).toEqual({ ok: false, message: "Dữ liệu gửi lên không hợp lệ." });
      expect(await open({}, { a: 1 } as unknown as FormData)).toEqual({ ok: false, message: "Dữ liệu gửi lên không hợp lệ." });
      expect(await echo({}, form({ title: "Tin\u0000nóng", sapo: "Sạch", password: "bí-mật" }))).toEqual({
        ok: false,
        message: CHECK,
        fieldErrors: { title: "Có ký tự không hợp lệ (ký tự điều khiển)." },
        values: { sapo: "Sạch" },
      });
      expect(await open({}, form({ "ten\u0007": "a", b: "c" }))).toEqual({ ok: false, message: CHECK, fieldErrors: { form: "Có ký tự không hợp lệ (ký tự điều khiển)." }, values: { b: "c" } });
      expect(await echo({}, form({ tieu_de: "Bình thường\ttab" }))).toEqual({ ok: true, values: { tieu_de: "Bình thường\ttab" } });
    });

    it("tells anonymous callers to sign in again, and others that they may not", async () => {
      expect(await echo({}, form({ a: "b" }))).toEqual({ ok: false, denied: "anonymous", message: "Phiên đăng nhập đã hết. Vui lòng đăng nhập lại." });
      seam.actor = { ...editor, role: "WRITER" };
      const adminOnly = guardedAction("users.manage", async () => ({ ok: true }));
      expect(adminOnly.permission).toBe("users.manage");
      expect(publicAction(async () => ({ ok: true })).permission).toBe("public");
      expect(await adminOnly({}, form({}))).toEqual({ ok: false, denied: "forbidden", message: "Bạn không có quyền thực hiện thao tác này." });
      expect(echo.permission).toBe("newsroom.enter");
      expect(open.permission).toBe("public");
      expect(await open({}, form({ x: "y" }))).toEqual({ ok: true, values: { x: "y" } });
    });

    it("never echoes passwords or Next's own fields; reports the first message of each field", () => {
      const f = form({ email: "a@b.vn", password: "x", newPassword: "y", confirm: "z", current: "w", CURRENT_pw: "v", $ACTION_ID_1: "id", note: "n" });
      f.append("file", new Blob(["x"]), "a.jpg");
      expect(formValues(f)).toEqual({ email: "a@b.vn", note: "n" });
      const parsed = z.object({ a: z.string().min(3, "ngắn").regex(/x/, "thiếu x"), b: z.number({ error: "số" }) }).refine(() => false, "cả biểu mẫu").safeParse({ a: "y", b: "1" });
      expect(fieldErrors(parsed.error!)).toEqual({ a: "ngắn", b: "số" });
      const whole = z.object({ a: z.string() }).refine(() => false, "cả biểu mẫu").safeParse({ a: "y" });
      expect(fieldErrors(whole.error!)).toEqual({ form: "cả biểu mẫu" });
    });
  });

  describe("account", () => {
    it("sign-in: a malformed form, wrong credentials (the email kept, never the password), then a session and a same-site return path", async () => {
      expect(await signInAction({}, form({ email: "khong-phai-email", password: "x" }))).toMatchObject({
        ok: false,
        message: CHECK,
        fieldErrors: { email: "Email không hợp lệ." },
        values: { email: "khong-phai-email" },
      });
      expect(await signInAction({}, form({ email: "btv@test.vn", password: "sai-mat-khau" }))).toEqual({
        ok: false,
        message: "Email hoặc mật khẩu không đúng.",
        values: { email: "btv@test.vn" },
      });
      expect(seam.cookie).toBeNull();
      const ok = form({ email: " BTV@test.vn ", password: "mat-khau-bien-tap-1", tiep: "/admin/bai-viet/12?trang=2&q=a%20b" });
      expect(await redirectedTo(signInAction({}, ok))).toBe("/admin/bai-viet/12?trang=2&q=a%20b");
      expect((await userForToken(seam.cookie!.token))?.email).toBe("btv@test.vn");
      expect(seam.cookie!.expires.getTime()).toBeGreaterThan(Date.now());
    });

    it.each([
      ["//evil.example/admin", "/admin"],
      ["https://evil.example/admin", "/admin"],
      ["/adminx", "/admin"],
      ["/admin/../x", "/admin"],
      ["/admin?a=<b>", "/admin"],
      ["/admin\\evil", "/admin"],
      ["", "/admin"],
      ["/admin", "/admin"],
      ["/admin/nguoi-dung", "/admin/nguoi-dung"],
      ["/admin?trang=3", "/admin?trang=3"],
    ])("sign-in follows only /admin paths: %j → %s", async (tiep, to) => {
      expect(await redirectedTo(signInAction({}, form({ email: "btv@test.vn", password: "mat-khau-bien-tap-1", tiep })))).toBe(to);
    });

    it("sign-in without a return path goes to /admin; a throttled account is told to wait 15 minutes", async () => {
      expect(await redirectedTo(signInAction({}, form({ email: "btv@test.vn", password: "mat-khau-bien-tap-1" })))).toBe("/admin");
      await db.prisma.auditLog.createMany({
        data: Array.from({ length: 5 }, () => ({ action: "sign-in.failed", targetType: "email", targetId: "khoa@test.vn", ip: "192.0.2.9" })),
      });
      expect(await signInAction({}, form({ email: "khoa@test.vn", password: "bat-ky" }))).toEqual({
        ok: false,
        message: "Bạn đã nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.",
        values: { email: "khoa@test.vn" },
      });
    });

    it("sign-out ends this session only, records it, clears the cookie and goes to the sign-in page", async () => {
      const user = await createUser({ email: "ra@test.vn", name: "Người Ra", role: "WRITER", password: "mat-khau-dang-xuat-1" }, { id: null });
      const here = await createSession(user.id, {});
      const there = await createSession(user.id, {});
      seam.actor = (await userForToken(here.token))!;
      expect(await redirectedTo(signOutAction({}, form({})))).toBe("/admin/dang-nhap");
      expect(await userForToken(here.token)).toBeNull();
      expect(await userForToken(there.token)).not.toBeNull();
      expect(seam.cleared).toBe(1);
      const entry = await db.prisma.auditLog.findFirstOrThrow({ where: { action: "sign-out", actorId: user.id } });
      expect(entry).toMatchObject({ targetType: "user", targetId: String(user.id), ip: "198.51.100.20" });
      // anonymous: only the cookie is cleared
      seam.actor = null;
      expect(await redirectedTo(signOutAction({}, form({})))).toBe("/admin/dang-nhap");
      expect(seam.cleared).toBe(2);
      expect(await db.prisma.auditLog.count({ where: { action: "sign-out" } })).toBe(1);
    });

    it("sign-out everywhere ends every session of the account and records how many", async () => {
      const user = await createUser({ email: "khap@test.vn", name: "Người Khắp", role: "WRITER", password: "mat-khau-khap-noi-1" }, { id: null });
      const sessions = [await createSession(user.id, {}), await createSession(user.id, {}), await createSession(user.id, {})];
      seam.actor = (await userForToken(sessions[0].token))!;
      expect(await redirectedTo(signOutEverywhereAction({}, form({})))).toBe("/admin/dang-nhap");
      for (const s of sessions) expect(await userForToken(s.token)).toBeNull();
      expect(seam.cleared).toBe(1);
      const entry = await db.prisma.auditLog.findFirstOrThrow({ where: { action: "sign-out.everywhere", actorId: user.id } });
      expect(entry).toMatchObject({ targetType: "user", targetId: String(user.id), detail: { sessions: 3 }, ip: "198.51.100.20" });
    });

    it("changing one's password: the form, the current password, then success", async () => {
      const user = await createUser({ email: "doi@test.vn", name: "Người Đổi", role: "WRITER", password: "mat-khau-cu-dai-1" }, { id: null });
      const session = await createSession(user.id, {});
      seam.actor = (await userForToken(session.token))!;
      expect(await changePasswordAction({}, form({ current: "mat-khau-cu-dai-1", password: "mat-khau-moi-dai-1", confirm: "khac" }))).toEqual({
        ok: false,
        message: CHECK,
        fieldErrors: { confirm: "Mật khẩu nhập lại không khớp." },
        values: {},
      });
      expect(await changePasswordAction({}, form({ current: "sai", password: "mat-khau-moi-dai-1", confirm: "mat-khau-moi-dai-1" }))).toEqual({
        ok: false,
        message: "Mật khẩu hiện tại không đúng.",
        fieldErrors: { current: "Mật khẩu hiện tại không đúng." },
      });
      expect(await changePasswordAction({}, form({ current: "mat-khau-cu-dai-1", password: "mat-khau-moi-dai-1", confirm: "mat-khau-moi-dai-1" }))).toEqual({
        ok: true,
        message: "Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn đã kết thúc.",
      });
      expect(await userForToken(session.token)).not.toBeNull(); // this session is kept
    });

    it("resetting a password by link: the form, a bad link, then success", async () => {
      const user = await createUser({ email: "quen@test.vn", name: "Người Quên", role: "WRITER", password: "mat-khau-da-quen-1" }, { id: null });
      expect(await resetPasswordAction({}, form({ token: "ngan", password: "mat-khau-moi-dai-1", confirm: "mat-khau-moi-dai-1" }))).toEqual({
        ok: false,
        message: CHECK,
        fieldErrors: { token: expect.any(String) },
      });
      expect(await resetPasswordAction({}, form({ token: "x".repeat(43), password: "mat-khau-moi-dai-1", confirm: "mat-khau-moi-dai-1" }))).toEqual({
        ok: false,
        message: "Liên kết đặt lại mật khẩu không hợp lệ hoặc đã hết hạn.",
      });
      seam.actor = admin;
      const link = await resetLinkAction({}, form({ userId: user.id }));
      const token = link.result!.link.split("/").pop()!;
      expect(await resetPasswordAction({}, form({ token, password: "mat-khau-moi-dai-1", confirm: "mat-khau-moi-dai-1" }))).toEqual({
        ok: true,
        message: "Đã đặt mật khẩu mới. Bạn có thể đăng nhập.",
      });
    });
  });

  describe("user administration", () => {
    it("creates an account, names its role, refuses a taken email keeping what was typed", async () => {
      seam.actor = admin;
      expect(await createUserAction({}, form({ email: "moi@test.vn", name: "Người Mới", role: "EDITOR", password: "mat-khau-nguoi-moi-1" }))).toEqual({
        ok: true,
        message: "Đã tạo tài khoản moi@test.vn (Biên tập viên).",
      });
      expect(seam.paths).toEqual(["/admin/nguoi-dung"]);
      const created = await db.prisma.auditLog.findFirstOrThrow({ where: { action: "user.create", targetId: { not: null }, actorId: admin.id } });
      expect(created.ip).toBe("198.51.100.20");
      expect(await createUserAction({}, form({ email: "moi@test.vn", name: "Người Khác", role: "WRITER", password: "mat-khau-nguoi-moi-2" }))).toEqual({
        ok: false,
        message: "Email này đã có tài khoản.",
        fieldErrors: { email: "Email này đã có tài khoản." },
        values: { email: "moi@test.vn", name: "Người Khác", role: "WRITER" },
      });
      expect(await createUserAction({}, form({ email: "x", name: "Y", role: "CHU", password: "p" }))).toMatchObject({ ok: false, message: CHECK, values: { email: "x", name: "Y", role: "CHU" } });
      expect(seam.paths).toEqual(["/admin/nguoi-dung"]);
    });

    it("changes a role, refuses an unknown account or the last admin's demotion", async () => {
      seam.actor = admin;
      const user = await createUser({ email: "vaitro@test.vn", name: "Người Vai Trò", role: "WRITER", password: "mat-khau-vai-tro-1" }, { id: null });
      expect(await setRoleAction({}, form({ userId: user.id, role: "ADMIN" }))).toEqual({ ok: true, message: "Đã đổi vai trò thành Quản trị." });
      expect(await setRoleAction({}, form({ userId: user.id, role: "WRITER" }))).toEqual({ ok: true, message: "Đã đổi vai trò thành Phóng viên." });
      expect(seam.paths).toEqual(["/admin/nguoi-dung", "/admin/nguoi-dung"]);
      expect(await setRoleAction({}, form({ userId: 2_000_000, role: "WRITER" }))).toEqual({ ok: false, message: "Không tìm thấy tài khoản.", fieldErrors: undefined });
      expect(await setRoleAction({}, form({ userId: "abc", role: "WRITER" }))).toMatchObject({ ok: false, message: CHECK, fieldErrors: { userId: "Tài khoản không hợp lệ." } });
      const lone = await setRoleAction({}, form({ userId: admin.id, role: "EDITOR" }));
      expect(lone.ok).toBe(false);
      expect(lone.message).toMatch(/quản trị viên cuối cùng/);
      expect(seam.paths).toHaveLength(2);
    });

    it("locks and unlocks an account, never one's own", async () => {
      seam.actor = admin;
      const user = await createUser({ email: "khoa-mo@test.vn", name: "Người Khóa", role: "WRITER", password: "mat-khau-khoa-mo-1" }, { id: null });
      expect(await setDisabledAction({}, form({ userId: user.id, disabled: "1" }))).toEqual({ ok: true, message: "Đã khóa tài khoản và kết thúc mọi phiên đăng nhập của tài khoản." });
      expect((await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).disabled).toBe(true);
      expect(await setDisabledAction({}, form({ userId: user.id, disabled: "0" }))).toEqual({ ok: true, message: "Đã mở khóa tài khoản." });
      expect((await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).disabled).toBe(false);
      expect(seam.paths).toEqual(["/admin/nguoi-dung", "/admin/nguoi-dung"]);
      expect(await setDisabledAction({}, form({ userId: admin.id, disabled: "1" }))).toEqual({ ok: false, message: "Bạn không thể tự khóa tài khoản của mình.", fieldErrors: undefined });
      expect(await setDisabledAction({}, form({ userId: user.id, disabled: "yes" }))).toMatchObject({ ok: false, message: CHECK });
      expect(seam.paths).toHaveLength(2);
    });

    it("makes a one-time reset link valid 24 hours, for a real account only", async () => {
      seam.actor = admin;
      const user = await createUser({ email: "lienket@test.vn", name: "Người Liên Kết", role: "WRITER", password: "mat-khau-lien-ket-1" }, { id: null });
      const before = Date.now();
      const made = await resetLinkAction({}, form({ userId: user.id }));
      expect(made).toMatchObject({
        ok: true,
        message: "Đã tạo liên kết đặt lại mật khẩu (dùng một lần, hết hạn sau 24 giờ). Hãy gửi cho người dùng qua kênh an toàn.",
      });
      expect(made.result!.link).toMatch(/^\/admin\/dat-lai-mat-khau\/[A-Za-z0-9_-]{43}$/);
      const expires = new Date(made.result!.expiresAt).getTime();
      expect(expires - before).toBeGreaterThanOrEqual(24 * 3_600_000);
      expect(expires - Date.now()).toBeLessThanOrEqual(24 * 3_600_000);
      expect(await resetLinkAction({}, form({ userId: "0" }))).toEqual({ ok: false, message: "Tài khoản không hợp lệ." });
      expect(await resetLinkAction({}, form({}))).toEqual({ ok: false, message: "Tài khoản không hợp lệ." });
      expect(await resetLinkAction({}, form({ userId: 2_000_000 }))).toEqual({ ok: false, message: "Không tìm thấy tài khoản.", fieldErrors: undefined });
    });
  });

  describe("media library", () => {
    const photo = async (n: number) =>
      db.prisma.media.create({ data: { fileKey: `thu-vien/form-${n}-${Date.now()}.jpg`, mime: "image/jpeg", width: 10, height: 10, alt: "Cũ", caption: "Chú thích cũ", credit: "Nguồn cũ" } });

    it("saves a photo's defaults, empties as null, and refreshes the published stories that show it", async () => {
      seam.actor = editor;
      const m = await photo(1);
      const category = await db.prisma.category.create({ data: { name: "Ảnh", slug: `anh-${m.id}` } });
      await db.prisma.article.create({
        data: { slug: `bai-co-anh-${m.id}`, title: "Bài có ảnh", sapo: "", body: [], categoryId: category.id, status: "PUBLISHED", publishedAt: new Date(), coverMediaId: m.id },
      });
      const saved = await updateMediaAction({}, form({ id: m.id, alt: "  Cầu Long Biên  ", caption: "", credit: " Ảnh: Lê Bình ", focalX: "0.25", focalY: "1" }));
      expect(saved).toEqual({ ok: true, message: "Đã lưu thông tin ảnh." });
      expect(await db.prisma.media.findUniqueOrThrow({ where: { id: m.id }, select: { alt: true, caption: true, credit: true, focalX: true, focalY: true } })).toEqual({
        alt: "Cầu Long Biên",
        caption: null,
        credit: "Ảnh: Lê Bình",
        focalX: 0.25,
        focalY: 1,
      });
      expect(seam.tags).toContain(`article:bai-co-anh-${m.id}`);
      expect(seam.tags).toContain("home");
      expect(seam.paths).toEqual(["/admin/anh"]);
    });

    it("refuses an empty alt, a focal point outside 0..1 and an unknown photo, saving nothing", async () => {
      seam.actor = editor;
      const m = await photo(2);
      expect(await updateMediaAction({}, form({ id: m.id, alt: " ", focalX: "-0.1", focalY: "1.5" }))).toMatchObject({
        ok: false,
        message: CHECK,
        fieldErrors: { alt: "Vui lòng nhập mô tả ảnh (alt).", focalX: "Điểm lấy nét từ 0 đến 1.", focalY: "Điểm lấy nét từ 0 đến 1." },
      });
      expect(await updateMediaAction({}, form({ id: 2_000_000, alt: "Ảnh", focalX: "0.5", focalY: "0.5" }))).toEqual({ ok: false, message: "Không tìm thấy ảnh." });
      expect((await db.prisma.media.findUniqueOrThrow({ where: { id: m.id } })).alt).toBe("Cũ");
      expect(seam.paths).toEqual([]);
      expect(seam.tags).toEqual([]);
    });

    it("deletes an unused photo only", async () => {
      seam.actor = editor;
      const used = await photo(3);
      const unused = await photo(4);
      const category = await db.prisma.category.create({ data: { name: "Xóa ảnh", slug: `xoa-anh-${used.id}` } });
      await db.prisma.article.create({ data: { slug: `bai-dung-anh-${used.id}`, title: "Bài dùng ảnh", sapo: "", body: [], categoryId: category.id, coverMediaId: used.id } });
      expect(await deleteMediaAction({}, form({ id: "abc" }))).toEqual({ ok: false, message: "Ảnh không hợp lệ." });
      expect(await deleteMediaAction({}, form({ id: used.id }))).toEqual({ ok: false, message: "Ảnh đang được dùng trong bài viết nên không thể xóa." });
      expect(await deleteMediaAction({}, form({ id: 2_000_000 }))).toEqual({ ok: false, message: "Không tìm thấy ảnh." });
      expect(seam.paths).toEqual([]);
      expect(await deleteMediaAction({}, form({ id: unused.id }))).toEqual({ ok: true, message: "Đã xóa ảnh." });
      expect(await db.prisma.media.findUnique({ where: { id: unused.id } })).toBeNull();
      expect(seam.paths).toEqual(["/admin/anh"]);
    });
  });
});
