import { countByStatus } from "@/newsroom/articles/queries";
import { ARTICLE_STATUSES, STATUS_LABELS } from "@/newsroom/articles/statuses";
import { requirePermission } from "@/newsroom/auth/request";
import { ROLE_LABELS } from "@/newsroom/permissions";


export default async function DashboardPage() {
  const user = await requirePermission("newsroom.enter");
  const counts = await countByStatus();
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">Xin chào, {user.name}</h1>
      <p className="mb-6 text-gray-700">Vai trò: {ROLE_LABELS[user.role]}</p>
      <h2 className="mb-2 font-semibold">Bài viết theo trạng thái</h2>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
        {ARTICLE_STATUSES.map((status) => (
          <div key={status} className="rounded border border-gray-200 bg-white p-3">
            <dt className="text-sm text-gray-600">{STATUS_LABELS[status]}</dt>
            <dd className="text-2xl font-bold">{counts[status] ?? 0}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
