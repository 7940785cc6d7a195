import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { ActionForm, SubmitButton } from "@/components/admin/action-form";
import { RevisionChanges } from "@/components/admin/revision-changes";
import { compareBody, compareFields, snapshotInput } from "@/content/article/revision-diff";
import { idParam, optionalIdQuery, parseOrUndefined } from "@/content/routing/params";
import { formatDateTime } from "@/content/vietnamese/dates";
import { restoreRevisionAction } from "@/newsroom/actions/articles";
import { getArticleForEditing, getRevision } from "@/newsroom/articles/queries";
import { revisionNames } from "@/newsroom/articles/revision-names";
import { requirePermission } from "@/newsroom/auth/request";
import { can } from "@/newsroom/permissions";

export const metadata: Metadata = { title: "So sánh phiên bản" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ a?: string; b?: string }> };

export default async function CompareRevisionsPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requirePermission("article.create", `/admin/bai-viet/${id}/phien-ban`);
  const articleId = parseOrUndefined(idParam, id);
  const article = articleId ? await getArticleForEditing(articleId) : null;
  if (!article) notFound();
  if (!can(user.role, "article.edit-any") && article.createdById !== user.id) forbidden();
  const { a, b } = await searchParams;
  const chosen = { a: optionalIdQuery.safeParse(a), b: optionalIdQuery.safeParse(b) };
  if (!chosen.a.success || !chosen.b.success) notFound();
  const versions = article.revisions.map((r) => r.version);
  const va = chosen.a.data || versions[1] || versions[0];
  const vb = chosen.b.data || versions[0];
  // An article may have no revision yet (e.g. seeded ones): nothing to compare then.
  const [ra, rb] = va && vb ? await Promise.all([getRevision(article.id, va), getRevision(article.id, vb)]) : [null, null];
  const ia = ra ? snapshotInput(ra.snapshot) : null;
  const ib = rb ? snapshotInput(rb.snapshot) : null;
  const names = ia && ib ? await revisionNames(ia, ib) : {};
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">So sánh phiên bản</h1>
      <p className="mb-4">
        <a href={`/admin/bai-viet/${article.id}`} className="text-brand underline">
          ← {article.title}
        </a>
      </p>
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3 rounded border border-gray-200 bg-white p-3">
        {(["a", "b"] as const).map((key) => (
          <label key={key} className="text-sm font-semibold">
            {key === "a" ? "Phiên bản cũ" : "Phiên bản mới"}
            <select name={key} defaultValue={key === "a" ? va : vb} className="mt-1 block min-h-11 rounded border border-gray-300 bg-white px-2">
              {article.revisions.map((r) => (
                <option key={r.version} value={r.version}>
                  {r.version} · {formatDateTime(r.createdAt)} · {r.author ?? "—"}
                </option>
              ))}
            </select>
          </label>
        ))}
        <button type="submit" className="min-h-11 rounded bg-gray-800 px-4 font-semibold text-white">
          So sánh
        </button>
      </form>
      {!ia || !ib ? (
        <p role="alert">Không đọc được một trong hai phiên bản.</p>
      ) : (
        <>
          <p className="mb-3 text-sm text-gray-700">
            Từ phiên bản {va} sang phiên bản {vb}:{" "}
            <del className="bg-red-100 text-red-900">chữ bị bỏ</del>, <ins className="bg-green-100 text-green-900 underline decoration-2 underline-offset-4">chữ được thêm</ins>.
          </p>
          <h2 className="mb-2 text-lg font-bold">Các trường thay đổi</h2>
          <RevisionChanges changes={compareFields(ia, ib, names)} label="Các trường thay đổi" empty="Không có trường nào thay đổi." />
          <h2 className="mb-2 text-lg font-bold">Nội dung</h2>
          <RevisionChanges changes={compareBody(ia.body, ib.body, names)} label="Thay đổi trong nội dung" empty="Nội dung không thay đổi." />
          <ActionForm action={restoreRevisionAction}>
            <input type="hidden" name="id" value={article.id} />
            <input type="hidden" name="revision" value={va} />
            <input type="hidden" name="version" value={article.version} />
            <SubmitButton variant="secondary">Khôi phục phiên bản {va}</SubmitButton>
          </ActionForm>
        </>
      )}
    </>
  );
}
