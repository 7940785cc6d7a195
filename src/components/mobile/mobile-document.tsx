import { BLOCKS_CSS } from "@/content/blocks/blocks-css";
import { categoryPath } from "@/content/article/paths";
import type { NavCategory } from "@/content/category/queries";
import { MOBILE_CSS } from "./mobile-styles";

export interface MobileHead {
  title: string;
  description?: string;
  /** The desktop URL of the same content (rel=canonical). */
  canonical: string;
  /** Path of the desktop page, for the "Phiên bản đầy đủ" switch. */
  desktopPath: string;
  noindex?: boolean;
}

/** The mobile edition's whole page: inline CSS, no script, a menu that works without JS. */
export function MobileDocument({
  head,
  navigation,
  children,
}: {
  head: MobileHead;
  navigation: NavCategory[];
  children?: React.ReactNode;
}) {
  return (
    <html lang="vi">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${head.title} | Lao động Thủ đô`}</title>
        {head.description && <meta name="description" content={head.description} />}
        <link rel="canonical" href={head.canonical} />
        {head.noindex && <meta name="robots" content="noindex" />}
        <style dangerouslySetInnerHTML={{ __html: MOBILE_CSS + BLOCKS_CSS }} />
      </head>
      <body>
        <header className="m-top">
          <div className="m-wrap">
            <a className="m-logo" href="/m">
              Lao động Thủ đô
            </a>
            <a href="/m/tim-kiem" className="m-menu-search">
              Tìm kiếm
            </a>
          </div>
          <nav aria-label="Chuyên mục" className="m-wrap">
            <details className="m-menu">
              <summary>Chuyên mục</summary>
              <ul>
                {navigation.map((category) => (
                  <li key={category.slug}>
                    <a href={`/m${categoryPath(category.slug)}`}>{category.name}</a>
                  </li>
                ))}
              </ul>
            </details>
          </nav>
        </header>
        <main className="m-wrap m-main">{children}</main>
        <footer className="m-foot">
          <div className="m-wrap">
            <p>© Lao động Thủ đô — Cơ quan của Liên đoàn Lao động thành phố Hà Nội</p>
            <a href={`/phien-ban?chon=day-du&tiep=${encodeURIComponent(head.desktopPath)}`}>Phiên bản đầy đủ</a>
          </div>
        </footer>
      </body>
    </html>
  );
}
