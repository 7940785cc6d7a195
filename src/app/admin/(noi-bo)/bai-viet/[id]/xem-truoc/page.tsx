import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { ArticleView } from "@/components/site/article-view";
import { getArticlePreview } from "@/content/article/preview";
import { idParam, parseOrUndefined } from "@/content/routing/params";
import { requirePermission } from "@/newsroom/auth/request";
import { can } from "@/newsroom/permissions";

export const metadata: Metadata = { title: "Xem trước", robots: { index: false, follow: false } };

/** The article as readers will see it, from the database as saved — never cached, never public. */
export default async function PreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePermission("article.create", `/admin/bai-viet/${id}/xem-truoc`);
  const articleId = parseOrUndefined(idParam, id);
  const article = articleId ? await getArticlePreview(articleId) : null;
  if (!article) notFound();
  if (!can(user.role, "article.edit-any") && article.createdById !== user.id) forbidden();
  return (
    <>
      <p role="note" className="mb-4 rounded bg-yellow-100 px-3 py-2 text-sm">
        Bản xem trước — chưa hiển thị với bạn đọc nếu bài chưa xuất bản. Thu nhỏ cửa sổ để xem giao diện điện thoại.
      </p>
      <div className="rounded bg-white p-4">
        <ArticleView article={article} />
      </div>
    </>
  );
}
