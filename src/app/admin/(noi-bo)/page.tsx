import { ArticleLinks, ArticleMeta } from "@/components/admin/article-row";
import { articleLinks } from "@/newsroom/articles/links";
import { countByStatus, dashboardQueues, type NewsroomArticleRow } from "@/newsroom/articles/queries";
import { ARTICLE_STATUSES, STATUS_LABELS } from "@/newsroom/articles/statuses";
import { requirePermission } from "@/newsroom/auth/request";
import type { SessionUser } from "@/newsroom/auth/sessions";
import { ROLE_LABELS } from "@/newsroom/permissions";

/** The newsroom's home: counts that open the filtered list, and the queues of work waiting. */
export default async function DashboardPage() {
  const user = await requirePermission("newsroom.enter");
  const [counts, queues] = await Promise.all([countByStatus(), dashboardQueues(user)]);
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">Xin chào, {user.name}</h1>
      <p className="mb-6 text-gray-700">Vai trò: {ROLE_LABELS[user.role]}</p>
      <h2 className="mb-2 font-semibold">Bài viết theo trạng thái</h2>
      <ul className="mb-8 grid grid-cols-2 gap-3 sm:grid-cols-5">
        {ARTICLE_STATUSES.map((status) => (
          <li key={status}>
            <a href={`/admin/bai-viet?trang_thai=${status}`} data-status-count={status} className="block min-h-11 rounded border border-gray-200 bg-white p-3 hover:border-brand">
              <span className="block text-sm text-gray-600">{STATUS_LABELS[status]}</span>
              <span className="block text-2xl font-bold">{counts[status] ?? 0}</span>
            </a>
          </li>
        ))}
      </ul>
      <div className="grid gap-6 lg:grid-cols-2">
        {queueList(queues).map((q) => (
          <Queue key={q.id} {...q} user={user} />
        ))}
      </div>
    </>
  );
}

type Queues = Awaited<ReturnType<typeof dashboardQueues>>;

/** The four queues with their headings and "see all" filters; a writer's are their own work. */
function queueList(q: Queues) {
  const own = q.everyone ? "" : "&cua_toi=1";
  return [
    { id: "queue-review", title: q.everyone ? "Chờ duyệt" : "Bài tôi đã gửi duyệt", queue: q.review, all: `/admin/bai-viet?trang_thai=IN_REVIEW${own}`, empty: "Không có bài nào chờ duyệt." },
    { id: "queue-drafts", title: "Bản nháp của tôi", queue: q.drafts, all: "/admin/bai-viet?trang_thai=DRAFT&cua_toi=1", empty: "Bạn không có bản nháp nào." },
    { id: "queue-scheduled", title: q.everyone ? "Hẹn giờ" : "Bài của tôi đã hẹn giờ", queue: q.scheduled, all: `/admin/bai-viet?trang_thai=SCHEDULED${own}`, empty: "Không có bài nào hẹn giờ." },
    { id: "queue-published", title: "Mới xuất bản", queue: q.published, all: "/admin/bai-viet?trang_thai=PUBLISHED&sap_xep=published", empty: "Chưa có bài nào được xuất bản." },
  ];
}

function Queue({ id, title, queue, all, empty, user }: { id: string; title: string; queue: { items: NewsroomArticleRow[]; total: number }; all: string; empty: string; user: SessionUser }) {
  return (
    <section aria-labelledby={id} className="rounded border border-gray-200 bg-white p-4">
      <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={id} className="text-lg font-bold">
          {title} ({queue.total})
        </h2>
        {queue.total > 0 && (
          <a href={all} aria-describedby={id} className="inline-flex min-h-11 items-center text-sm text-brand underline underline-offset-2">
            Xem tất cả
          </a>
        )}
      </div>
      {queue.items.length === 0 ? (
        <p className="text-sm text-gray-600">{empty}</p>
      ) : (
        <ol className="divide-y divide-gray-100">
          {queue.items.map((a) => {
            const links = articleLinks(user, a);
            const titleId = `${id}-${a.id}`;
            const open = links.edit ?? links.preview;
            return (
              <li key={a.id} data-queue-item={a.slug} className="py-2">
                <p id={titleId} className="font-semibold break-words">
                  {open ? (
                    <a href={open} className="hover:text-brand">
                      {a.title}
                    </a>
                  ) : (
                    a.title
                  )}
                </p>
                <ArticleMeta article={a} showStatus={false} />
                <ArticleLinks links={{ ...links, preview: links.edit ? links.preview : undefined }} titleId={titleId} />
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
