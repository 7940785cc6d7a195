import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import { NotFoundMessage } from "@/components/site/not-found-message";

export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main className="mx-auto max-w-6xl px-4 py-6">
        <NotFoundMessage />
      </main>
      <SiteFooter />
    </>
  );
}
