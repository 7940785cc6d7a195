import { NotFoundMessage } from "@/components/site/not-found-message";
import { SiteFooter } from "@/components/site/site-footer";
import { Masthead } from "@/components/site/site-header";

/**
 * 404 inside the reader site. Static on purpose (no database read), so it renders even
 * when the database is slow or down.
 */
export default function NotFound() {
  return (
    <>
      <header className="border-b-4 border-brand">
        <Masthead />
      </header>
      <main className="mx-auto max-w-6xl px-4 py-6">
        <NotFoundMessage />
      </main>
      <SiteFooter />
    </>
  );
}
