import type { Metadata } from "next";
import { ArticleEditor } from "@/components/admin/article-editor/article-editor";
import { editorContext } from "@/components/admin/article-editor/load-editor";
import { requirePermission } from "@/newsroom/auth/request";

export const metadata: Metadata = { title: "Viết bài mới" };

export default async function NewArticlePage() {
  const user = await requirePermission("article.create", "/admin/bai-viet/moi");
  const { options, permissions } = await editorContext(user);
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">Viết bài mới</h1>
      <ArticleEditor
        initial={{
          id: null,
          version: null,
          status: "DRAFT",
          title: "",
          slug: "",
          sapo: "",
          categoryId: "",
          kind: "NEWS",
          tags: [],
          bylines: [{ name: user.name, role: "Bài" }],
          coverMediaId: null,
          coverCaption: "",
          seoTitle: "",
          seoDescription: "",
          related: [],
          body: [{ type: "paragraph", content: [{ text: "" }] }],
        }}
        categories={options.categories}
        media={options.media}
        permissions={permissions}
      />
    </>
  );
}
