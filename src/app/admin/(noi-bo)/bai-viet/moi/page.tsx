import type { Metadata } from "next";
import { EditorScreen } from "@/components/admin/article-editor/editor-screen";
import { articleToEdit, editorContext, newArticle } from "@/components/admin/article-editor/load-editor";
import { idParam, parseOrUndefined } from "@/content/routing/params";
import { requirePermission } from "@/newsroom/auth/request";

export const metadata: Metadata = { title: "Viết bài mới" };

/**
 * A new article. Its first save gives it an id, and the editor writes it into this page's
 * address (?bai=<id>): a reload, or the refresh that follows a save, then shows that article
 * here, in the editor already on screen (see article-editor.tsx).
 */
export default async function NewArticlePage({ searchParams }: { searchParams: Promise<{ bai?: string | string[] }> }) {
  const { bai } = await searchParams;
  const id = bai === undefined ? undefined : (parseOrUndefined(idParam, typeof bai === "string" ? bai : undefined) ?? null);
  const user = await requirePermission("article.create", id ? `/admin/bai-viet/moi?bai=${id}` : "/admin/bai-viet/moi");
  const [context, existing] = await Promise.all([editorContext(user), id === undefined ? null : articleToEdit(user, id)]);
  return <EditorScreen heading="Viết bài mới" article={existing?.article ?? newArticle(user)} context={context} revisions={existing?.revisions ?? null} />;
}
