import type { Metadata } from "next";
import { EditorScreen } from "@/components/admin/article-editor/editor-screen";
import { articleToEdit, editorContext } from "@/components/admin/article-editor/load-editor";
import { idParam, parseOrUndefined } from "@/content/routing/params";
import { requirePermission } from "@/newsroom/auth/request";

export const metadata: Metadata = { title: "Sửa bài" };

export default async function EditArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePermission("article.create", `/admin/bai-viet/${id}`);
  const [{ article, revisions }, context] = await Promise.all([articleToEdit(user, parseOrUndefined(idParam, id) ?? null), editorContext(user)]);
  return <EditorScreen heading="Sửa bài" article={article} context={context} revisions={revisions} />;
}
