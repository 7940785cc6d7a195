import type { Metadata } from "next";
import { PicksEditor } from "@/components/admin/picks-editor";
import { ArticleCard } from "@/components/site/article-card";
import { StoryRail } from "@/components/site/story-rail";
import { picksPreview } from "@/content/rails/picks";
import { recentPublishedTitles } from "@/newsroom/articles/queries";
import { requirePermission } from "@/newsroom/auth/request";

export const metadata: Metadata = { title: "Lựa chọn của biên tập" };

/** How many "Nên xem" picks the article page's rail shows (the rest wait their turn). */
const RAIL_SHOWN = 6;

/** Editors choose, order and preview the home page lead and the "Nên xem" rail. */
export default async function PicksPage() {
  await requirePermission("picks.manage", "/admin/lua-chon");
  const [preview, recent] = await Promise.all([picksPreview(), recentPublishedTitles(10)]);
  // The editors start from what readers get now: published picks only, in order.
  const titled = (items: { id: number; title: string }[]) => items.map(({ id, title }) => ({ id, title }));
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">Lựa chọn của biên tập</h1>
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="home-lead" className="min-w-0 rounded border border-gray-200 bg-white p-4">
          <h2 id="home-lead" className="mb-2 text-lg font-bold">Bài đinh trang chủ</h2>
          <PicksEditor slot="home-lead" max={1} initial={titled(preview.homeLead ? [preview.homeLead] : [])} recent={recent} saveLabel="Lưu bài đinh" />
        </section>
        <section aria-labelledby="must-see" className="min-w-0 rounded border border-gray-200 bg-white p-4">
          <h2 id="must-see" className="mb-2 text-lg font-bold">“Nên xem” (tối đa 10, theo thứ tự)</h2>
          <PicksEditor slot="must-see" max={10} initial={titled(preview.mustSee)} recent={recent} saveLabel="Lưu “Nên xem”" />
        </section>
      </div>
      <section aria-labelledby="preview" className="mt-8">
        <h2 id="preview" className="mb-1 text-lg font-bold">Bạn đọc sẽ thấy</h2>
        <p className="mb-4 text-sm text-gray-700">
          Theo lựa chọn đã lưu. Trang chủ mở đầu bằng bài đinh (chưa chọn thì bằng bài mới nhất); cột “Nên xem” của trang bài viết hiện {RAIL_SHOWN} bài đầu, thiếu thì thêm bài đọc nhiều.
        </p>
        <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
          <div className="min-w-0 rounded border border-gray-200 bg-white p-4" data-preview="home-lead">
            {preview.homeLead ? <ArticleCard article={preview.homeLead} lead /> : <p className="text-sm text-gray-600">Chưa chọn bài đinh.</p>}
          </div>
          <div className="min-w-0 rounded border border-gray-200 bg-white p-4" data-preview="must-see">
            {preview.mustSee.length > 0 ? <StoryRail id="preview-nen-xem" title="Nên xem" items={preview.mustSee.slice(0, RAIL_SHOWN)} detailed narrow /> : <p className="text-sm text-gray-600">Chưa chọn bài “Nên xem”.</p>}
          </div>
        </div>
      </section>
    </>
  );
}
