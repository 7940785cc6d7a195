"use client";

import { useEffect, useState } from "react";

/**
 * "Xem thêm": a plain link to the next page (works without JavaScript). With
 * JavaScript it fetches that page and appends the items of its list `sourceId` to
 * the list `listId` in place, then follows that page's own "Xem thêm" link.
 */
export function LoadMore({ href, listId, sourceId = listId }: { href: string; listId: string; sourceId?: string }) {
  const [next, setNext] = useState<string | null>(href);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  if (!next) return null;
  return (
    <p className="mt-4 text-center">
      <a
        href={next}
        aria-busy={busy}
        data-hydrated={hydrated ? "true" : undefined}
        className="inline-flex min-h-11 items-center rounded border border-gray-300 px-6 font-semibold hover:border-brand hover:text-brand"
        onClick={async (event) => {
          if (event.metaKey || event.ctrlKey || event.shiftKey || busy) return;
          event.preventDefault();
          setBusy(true);
          try {
            const response = await fetch(next, { headers: { Accept: "text/html" } });
            if (!response.ok) throw new Error(String(response.status));
            const doc = new DOMParser().parseFromString(await response.text(), "text/html");
            const incoming = doc.getElementById(sourceId);
            const list = document.getElementById(listId);
            if (!incoming || !list) throw new Error("list not found");
            list.append(...Array.from(incoming.children).map((child) => document.importNode(child, true)));
            const more = doc.querySelector<HTMLAnchorElement>(`[data-load-more="${sourceId}"] a`);
            setNext(more ? more.getAttribute("href") : null);
            setFailed(false);
          } catch {
            setFailed(true);
          } finally {
            setBusy(false);
          }
        }}
      >
        {busy ? "Đang tải…" : "Xem thêm"}
      </a>
      {failed && (
        <span role="alert" className="ml-3 text-sm text-red-700">
          Không tải được, vui lòng thử lại.
        </span>
      )}
    </p>
  );
}
