import { formatDateTime } from "@/content/vietnamese/dates";
import { ArticleEditor } from "./article-editor";
import type { EditorRevision, editorContext } from "./load-editor";
import type { EditorArticle } from "./types";

/**
 * The editor page's content, the same element tree for a new article and an existing one: the
 * new-article page, refreshed once its first save gave it an id, renders an existing article
 * here and React keeps the editor the writer is typing in (see article-editor.tsx).
 */
export function EditorScreen({
  heading,
  article,
  context,
  revisions,
}: {
  heading: string;
  article: EditorArticle;
  context: Awaited<ReturnType<typeof editorContext>>;
  revisions: EditorRevision[] | null;
}) {
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">{heading}</h1>
      <ArticleEditor initial={article} categories={context.options.categories} media={context.options.media} permissions={context.permissions} />
      {revisions && (
        <section aria-labelledby="revisions" className="mt-8 max-w-2xl rounded border border-gray-200 bg-white p-4">
          <h2 id="revisions" className="mb-2 text-lg font-bold">
            Lịch sử phiên bản
          </h2>
          {revisions.length > 1 && (
            <p className="mb-2 text-sm">
              <a href={`/admin/bai-viet/${article.id}/phien-ban`} className="text-brand underline">
                So sánh và khôi phục phiên bản
              </a>
            </p>
          )}
          <ol className="space-y-1 text-sm">
            {revisions.map((r) => (
              <li key={r.id}>
                Phiên bản {r.version} · {formatDateTime(r.createdAt)} · {r.author ?? "—"}
                {r.autosave ? " · tự động lưu" : ""}
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}
