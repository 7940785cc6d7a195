import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { ArticleEditor } from "@/components/admin/article-editor/article-editor";
import { editorContext } from "@/components/admin/article-editor/load-editor";
import { idParam, parseOrUndefined } from "@/content/routing/params";
import { formatDateTime } from "@/content/vietnamese/dates";
import { getArticleForEditing } from "@/newsroom/articles/queries";
import { requirePermission } from "@/newsroom/auth/request";
import { can } from "@/newsroom/permissions";

export const metadata: Metadata = { title: "Sửa bài" };

export default async function EditArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePermission("article.create", `/admin/bai-viet/${id}`);
  const articleId = parseOrUndefined(idParam, id);
  const article = articleId ? await getArticleForEditing(articleId) : null;
  if (!article) notFound();
  const ownDraft = article.createdById === user.id && (article.status === "DRAFT" || article.status === "IN_REVIEW");
  if (!can(user.role, "article.edit-any") && !ownDraft) forbidden();
  const { options, permissions } = await editorContext(user);
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">Sửa bài</h1>
      <ArticleEditor
        initial={{
          id: article.id,
          version: article.version,
          status: article.status,
          title: article.title,
          slug: article.slug,
          sapo: article.sapo,
          categoryId: article.categoryId,
          kind: article.kind,
          tags: article.tags,
          bylines: article.bylines,
          coverMediaId: article.coverMediaId,
          coverCaption: article.coverCaption ?? "",
          seoTitle: article.seoTitle ?? "",
          seoDescription: article.seoDescription ?? "",
          related: article.related,
          body: article.body,
        }}
        categories={options.categories}
        media={options.media}
        permissions={permissions}
      />
      <section aria-labelledby="revisions" className="mt-8 max-w-2xl rounded border border-gray-200 bg-white p-4">
        <h2 id="revisions" className="mb-2 text-lg font-bold">
          Lịch sử phiên bản
        </h2>
        {article.revisions.length > 1 && (
          <p className="mb-2 text-sm">
            <a href={`/admin/bai-viet/${article.id}/phien-ban`} className="text-brand underline">
              So sánh và khôi phục phiên bản
            </a>
          </p>
        )}
        <ol className="space-y-1 text-sm">
          {article.revisions.map((r) => (
            <li key={r.id}>
              Phiên bản {r.version} · {formatDateTime(r.createdAt)} · {r.author ?? "—"}
              {r.autosave ? " · tự động lưu" : ""}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
