import type { Metadata } from "next";
import { unstable_rethrow } from "next/navigation";

/**
 * Wraps a page's generateMetadata so that it never throws. Reader pages render whole
 * before the response starts (htmlLimitedBots), so metadata sits in the document head;
 * when it fails with an error coming out of a 'use cache' read (e.g. the database
 * refusing a value), Next 16.4 sends the 500 status line and then never finishes the
 * body. A failed metadata read therefore falls back to `fallback`; the page body makes
 * the same read and answers the error itself (its own 500 page, complete). Next's own
 * control flow (notFound, redirect, dynamic bail-outs) passes through untouched.
 */
export function safeMetadata<Args extends unknown[]>(
  generate: (...args: Args) => Promise<Metadata>,
  fallback: Metadata = { robots: { index: false } },
): (...args: Args) => Promise<Metadata> {
  return async (...args) => {
    try {
      return await generate(...args);
    } catch (error) {
      unstable_rethrow(error);
      console.error("[metadata] generateMetadata failed; using the fallback", error);
      return fallback;
    }
  };
}
