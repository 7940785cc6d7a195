import type { ArticleSummary } from "@/content/article/queries";
import { articlePath } from "@/content/article/paths";
import { ResponsiveImage } from "@/content/media/responsive-image";

const mobileArticle = (slug: string) => `/m${articlePath(slug)}`;

/** A rail reduced to a short list of titles. */
export function MobileTitleList({ title, items }: { title: string; items: ArticleSummary[] }) {
  if (items.length === 0) return null;
  return (
    <section>
      <h2 className="m-h">{title}</h2>
      <ul className="m-list">
        {items.map((a) => (
          <li key={a.id}>
            <a href={mobileArticle(a.slug)}>{a.title}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Stories with a small lazy thumbnail and sapo. */
export function MobileCards({ items, id }: { items: ArticleSummary[]; id?: string }) {
  return (
    <ul className="m-list" id={id}>
      {items.map((a) => (
        <li key={a.id} className="m-card">
          {a.cover ? <ResponsiveImage media={a.cover} alt="" sizes="96px" /> : <span />}
          <div>
            <a href={mobileArticle(a.slug)}>{a.title}</a>
            <p>{a.sapo.length > 140 ? `${a.sapo.slice(0, 140).trimEnd()}…` : a.sapo}</p>
          </div>
        </li>
      ))}
    </ul>
  );
}

export function MobileMore({ href }: { href: string | null }) {
  return href ? (
    <a className="m-more" href={href}>
      Xem thêm
    </a>
  ) : null;
}
