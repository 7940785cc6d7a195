import { NotFoundMessage } from "@/components/site/not-found-message";

/** Fallback for URLs outside the reader site's layout; reader pages use (site)/not-found.tsx. */
export default function NotFound() {
  return (
    <main className="mx-auto max-w-6xl px-4 py-6">
      <p className="font-serif text-2xl font-bold text-brand">
        <a href="/">Lao động Thủ đô</a>
      </p>
      <NotFoundMessage />
    </main>
  );
}
