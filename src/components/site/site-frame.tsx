import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

/**
 * Header, main and footer of a reader page. Rendered by each page (not by the layout)
 * so the header's data is read in the same blocking render as the page's own: the
 * response then starts only when the page knows its status (200 or a real 404).
 */
export function SiteFrame({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SiteHeader />
      <main id="noi-dung" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
