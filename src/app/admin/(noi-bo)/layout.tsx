import { AdminHeader } from "@/components/admin/admin-header";
import { requirePermission } from "@/newsroom/auth/request";

/** Signed-in area. Each page and action still checks its own permission. */
export default async function NewsroomLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePermission("newsroom.enter");
  return (
    <>
      <AdminHeader user={user} />
      <main id="noi-dung" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
