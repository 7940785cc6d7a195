import { ActionForm, SubmitButton } from "@/components/admin/action-form";
import { ADMIN_ROUTES } from "@/newsroom/admin-routes";
import { signOutAction } from "@/newsroom/actions/account";
import type { SessionUser } from "@/newsroom/auth/sessions";
import { can, ROLE_LABELS } from "@/newsroom/permissions";

/** Newsroom bar: the menu entries this role may open, who is signed in, sign out. */
export function AdminHeader({ user }: { user: SessionUser }) {
  return (
    <header className="border-b border-gray-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-2">
        <a href="/admin" className="font-serif text-xl font-bold text-brand">
          Tòa soạn
        </a>
        <nav aria-label="Tòa soạn">
          <ul className="flex flex-wrap gap-1 text-sm font-semibold">
            {ADMIN_ROUTES.filter((r) => r.inMenu && can(user.role, r.permission)).map((r) => (
              <li key={r.path}>
                <a href={r.path} className="inline-flex min-h-11 items-center rounded px-3 hover:bg-gray-100">
                  {r.label}
                </a>
              </li>
            ))}
            <li>
              <a href="/" className="inline-flex min-h-11 items-center rounded px-3 hover:bg-gray-100">
                Xem trang báo
              </a>
            </li>
          </ul>
        </nav>
        <div className="flex items-center gap-2 text-sm">
          <span>
            {user.name} · <span className="text-gray-600">{ROLE_LABELS[user.role]}</span>
          </span>
          <ActionForm action={signOutAction}>
            <SubmitButton variant="secondary">Đăng xuất</SubmitButton>
          </ActionForm>
        </div>
      </div>
    </header>
  );
}
