import { mediaUrl } from "@/content/media/responsive-image";
import { variantKey } from "@/content/media/keys";
import { formatDateTime } from "@/content/vietnamese/dates";
import type { NewsroomArticleRow } from "@/newsroom/articles/queries";
import { STATUS_LABELS } from "@/newsroom/articles/statuses";

const number = new Intl.NumberFormat("vi-VN");

/** The date a newsroom row shows: published, scheduled, or last updated. */
export function rowDate(a: Pick<NewsroomArticleRow, "status" | "publishedAt" | "scheduledAt" | "updatedAt">): { label: string; date: Date } {
  if (a.status === "PUBLISHED" && a.publishedAt) return { label: "Xuất bản", date: a.publishedAt };
  if (a.status === "SCHEDULED" && a.scheduledAt) return { label: "Hẹn giờ", date: a.scheduledAt };
  return { label: "Cập nhật", date: a.updatedAt };
}

export const authorsOf = (a: Pick<NewsroomArticleRow, "bylines">) => a.bylines.map((b) => b.person.name).join(", ");

/** Small cover thumbnail from the cover's smallest variant (decorative: the title says what it is). */
export function CoverThumb({ cover }: { cover: NewsroomArticleRow["coverMedia"] }) {
  if (!cover) return <div aria-hidden="true" className="h-16 w-24 shrink-0 rounded bg-gray-100" />;
  const key = cover.variants.length ? variantKey(cover.fileKey, Math.min(...cover.variants)) : cover.fileKey;
  // eslint-disable-next-line @next/next/no-img-element -- variants are generated at upload time
  return <img src={mediaUrl(key)} alt="" width={96} height={64} loading="lazy" decoding="async" className="h-16 w-24 shrink-0 rounded object-cover" />;
}

/** Category, status, date, author (and views when published) of one row, labelled. */
export function ArticleMeta({ article, showStatus = true }: { article: NewsroomArticleRow; showStatus?: boolean }) {
  const when = rowDate(article);
  const authors = authorsOf(article);
  return (
    <dl className="flex flex-wrap gap-x-3 gap-y-0.5 text-sm text-gray-700">
      <div className="flex gap-1">
        <dt className="sr-only">Chuyên mục</dt>
        <dd>{article.category.name}</dd>
      </div>
      {showStatus && (
        <div className="flex gap-1">
          <dt className="sr-only">Trạng thái</dt>
          <dd data-row-status={article.status} className="rounded bg-gray-100 px-1.5 font-semibold text-gray-800">
            {STATUS_LABELS[article.status]}
          </dd>
        </div>
      )}
      <div className="flex gap-1">
        <dt>{when.label}:</dt>
        <dd>
          <time dateTime={when.date.toISOString()}>{formatDateTime(when.date)}</time>
        </dd>
      </div>
      {authors && (
        <div className="flex gap-1">
          <dt>Tác giả:</dt>
          <dd>{authors}</dd>
        </div>
      )}
      {article.status === "PUBLISHED" && (
        <div className="flex gap-1">
          <dt className="sr-only">Lượt xem</dt>
          <dd>{number.format(article.viewCount)} lượt xem</dd>
        </div>
      )}
    </dl>
  );
}

/** "Xem trước" / "Xem trên trang" links of a row (the title itself opens the editor), described by the title. */
export function ArticleLinks({ links, titleId }: { links: { edit?: string; preview?: string; live?: string }; titleId: string }) {
  const style = "inline-flex min-h-11 items-center rounded px-2 text-sm text-brand underline underline-offset-2";
  return (
    <ul className="flex flex-wrap gap-x-1">
      {links.preview && (
        <li>
          <a href={links.preview} aria-describedby={titleId} className={style}>
            Xem trước
          </a>
        </li>
      )}
      {links.live && (
        <li>
          <a href={links.live} aria-describedby={titleId} className={style}>
            Xem trên trang
          </a>
        </li>
      )}
    </ul>
  );
}
