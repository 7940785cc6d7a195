import { NotFoundMessage } from "@/components/site/not-found-message";
import { SiteFooter } from "@/components/site/site-footer";

/**
 * 404 inside the reader site. Static on purpose (no database read): Next sends a real
 * 404 status only when the not-found UI renders without waiting for request-time data.
 */
export default function NotFound() {
  return (
    <>
      <header className="border-b-4 border-brand">
        <div className="mx-auto max-w-6xl px-4 py-3">
          <a href="/" className="font-serif text-2xl font-bold text-brand sm:text-3xl">
            Lao động Thủ đô
          </a>
        </div>
      </header>
      <main className="mx-auto max-w-6xl px-4 py-6">
        <NotFoundMessage />
      </main>
      <SiteFooter />
    </>
  );
}
