import type { Metadata } from "next";
import { ActionForm, SubmitButton, TextField } from "@/components/admin/action-form";
import { MediaUploader } from "@/components/admin/media-uploader";
import { mediaUrl } from "@/content/media/responsive-image";
import { variantKey } from "@/content/media/keys";
import { firstValue, searchText } from "@/content/routing/params";
import { deleteMediaAction, updateMediaAction } from "@/newsroom/actions/media";
import { requirePermission } from "@/newsroom/auth/request";
import { STATUS_LABELS, type ArticleStatus } from "@/newsroom/articles/statuses";
import { listMedia, type MediaUseSummary } from "@/newsroom/media/queries";
import { can } from "@/newsroom/permissions";

export const metadata: Metadata = { title: "Thư viện ảnh" };

export default async function MediaLibraryPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const user = await requirePermission("media.upload", "/admin/anh");
  const q = searchText(100).parse(firstValue((await searchParams).q));
  const items = await listMedia(q);
  const manage = can(user.role, "media.manage");
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">Thư viện ảnh</h1>
      <div className="mb-4 max-w-2xl">
        <MediaUploader />
      </div>
      <form method="get" role="search" className="mb-1 flex max-w-md gap-2">
        <label htmlFor="media-q" className="sr-only">
          Tìm ảnh
        </label>
        <input id="media-q" name="q" defaultValue={q} placeholder="Tìm theo chú thích, mô tả, nguồn, tên tệp" className="min-h-11 w-full rounded border border-gray-300 px-3" />
        <button type="submit" className="min-h-11 rounded bg-gray-800 px-4 font-semibold text-white">
          Tìm
        </button>
      </form>
      <p className="mb-4 text-sm text-gray-600">Tìm cả chú thích, mô tả và nguồn ảnh đã gõ trong các bài viết (kể cả bản nháp), không cần dấu. Ảnh mới nhất trước.</p>
      {q && items.length === 0 && <p className="mb-4">Không tìm thấy ảnh nào.</p>}
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {items.map((m) => (
          <li key={m.id} className="rounded border border-gray-200 bg-white p-3" data-media-id={m.id}>
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img
              src={mediaUrl(variantKey(m.fileKey, m.variants[1] ?? m.variants[0] ?? 320))}
              alt={m.alt}
              width={m.width}
              height={m.height}
              loading="lazy"
              className="mb-2 aspect-[16/10] w-full object-cover"
              style={{ objectPosition: `${m.focalX * 100}% ${m.focalY * 100}%` }}
            />
            <p className="mb-2 text-xs text-gray-600">
              #{m.id} · {m.width}×{m.height}
              {m.fileName && <> · {m.fileName}</>}
              {!m.alt && <strong className="ml-1 text-red-700">Thiếu mô tả (alt)</strong>}
            </p>
            <MediaUses uses={m.uses} />
            {manage ? (
              <>
                <ActionForm action={updateMediaAction}>
                  <input type="hidden" name="id" value={m.id} />
                  <TextField name="alt" label="Mô tả ảnh (alt)" defaultValue={m.alt} required />
                  <TextField name="caption" label="Chú thích mặc định" defaultValue={m.caption ?? ""} />
                  <TextField name="credit" label="Nguồn ảnh" defaultValue={m.credit ?? ""} />
                  <div className="grid grid-cols-2 gap-2">
                    <TextField name="focalX" label="Điểm nét ngang (0–1)" defaultValue={String(m.focalX)} />
                    <TextField name="focalY" label="Điểm nét dọc (0–1)" defaultValue={String(m.focalY)} />
                  </div>
                  <SubmitButton variant="secondary">Lưu ảnh #{m.id}</SubmitButton>
                </ActionForm>
                <div className="mt-2">
                  <ActionForm action={deleteMediaAction}>
                    <input type="hidden" name="id" value={m.id} />
                    <SubmitButton variant="danger">Xóa ảnh #{m.id}</SubmitButton>
                  </ActionForm>
                </div>
              </>
            ) : (
              <p className="text-sm">{m.caption ?? m.alt}</p>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Where a photo is used: the articles (most recently edited first), the place in each, and the caption typed there. */
function MediaUses({ uses }: { uses: { shown: MediaUseSummary[]; total: number } }) {
  if (uses.total === 0) return <p className="mb-2 text-xs text-gray-600">Chưa dùng trong bài nào.</p>;
  return (
    <div className="mb-2 text-xs">
      <p className="font-semibold">Dùng trong {uses.total} vị trí:</p>
      <ul className="list-disc pl-4">
        {uses.shown.map((u) => (
          <li key={`${u.articleId}-${u.position}`}>
            <a href={`/admin/bai-viet/${u.articleId}`} className="text-brand underline">
              {u.title}
            </a>{" "}
            ({u.position === 0 ? "ảnh đại diện" : `khối ${u.position}`}, {STATUS_LABELS[u.status as ArticleStatus] ?? u.status})
            {u.caption && <span className="block text-gray-700">“{u.caption}”</span>}
          </li>
        ))}
      </ul>
      {uses.total > uses.shown.length && <p className="text-gray-600">và {uses.total - uses.shown.length} vị trí khác.</p>}
    </div>
  );
}
