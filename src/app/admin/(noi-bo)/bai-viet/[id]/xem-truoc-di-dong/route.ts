import { connection } from "next/server";
import { createElement } from "react";
import { MobileArticlePage } from "@/components/mobile/mobile-pages";
import { renderMobile } from "@/components/mobile/render-mobile";
import { getArticlePreview } from "@/content/article/preview";
import { articlePath } from "@/content/article/paths";
import { idParam, parseOrUndefined } from "@/content/routing/params";
import { absoluteUrl } from "@/content/site/config";
import { currentUser } from "@/newsroom/auth/request";
import { can } from "@/newsroom/permissions";

/** Preview of the mobile edition page of any article: signed-in newsroom only, never cached. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  await connection();
  const user = await currentUser();
  if (!user) return new Response("Vui lòng đăng nhập.", { status: 401, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const articleId = parseOrUndefined(idParam, (await params).id);
  const article = articleId ? await getArticlePreview(articleId) : null;
  if (!article) return new Response("Không tìm thấy bài viết.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  if (!can(user.role, "article.edit-any") && !(can(user.role, "article.create") && article.createdById === user.id)) {
    return new Response("Bạn không có quyền xem bài này.", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  return renderMobile(
    { title: `Xem trước: ${article.title}`, canonical: absoluteUrl(articlePath(article.slug)), desktopPath: articlePath(article.slug), noindex: true },
    createElement(MobileArticlePage, { article, rails: { mustSee: [], mostRead: [], interesting: [], others: [], othersNext: null }, othersMore: null }),
    200,
    "private, no-store",
  );
}
