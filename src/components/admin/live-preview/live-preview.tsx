"use client";

import { useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { createPortal } from "react-dom";
import { ArticleView } from "@/components/site/article-view";
import { MobileArticlePage } from "@/components/mobile/mobile-pages";
import { MOBILE_CSS } from "@/components/mobile/mobile-styles";
import type { EditorArticle, MediaOption } from "../article-editor/types";
import { draftView } from "./draft-view";

/** How long typing may run on before the preview redraws (it must follow within a second). */
const FOLLOW_MS = 300;

const MODES = {
  desktop: { label: "Máy tính", width: 1280 },
  phone: { label: "Điện thoại", width: 412 },
  mobile: { label: "Phiên bản di động", width: 412 },
} as const;
type Mode = keyof typeof MODES;

const NO_RAILS = { mustSee: [], mostRead: [], interesting: [], others: [], othersNext: null };

/**
 * The article as readers will see it, beside the editor, following what is typed without
 * saving: drawn by the reader pages' own components (the full site at desktop or phone width,
 * or the mobile edition) inside a frame of that width, scaled to fit.
 */
export function LivePreview({ article, media, categories }: { article: EditorArticle; media: MediaOption[]; categories: { id: number; name: string }[] }) {
  const [mode, setMode] = useState<Mode>("desktop");
  const [shown, setShown] = useState(article);
  useEffect(() => {
    const timer = setTimeout(() => setShown(article), FOLLOW_MS);
    return () => clearTimeout(timer);
  }, [article]);
  const view = useMemo(() => draftView(shown, media, categories, new Date()), [shown, media, categories]);
  return (
    <section aria-labelledby="live-preview-heading" className="rounded border border-gray-200 bg-white p-3">
      <h2 id="live-preview-heading" className="mb-2 font-bold">
        Xem trước trực tiếp
      </h2>
      <div role="group" aria-label="Kiểu xem trước" className="mb-2 flex flex-wrap gap-1">
        {(Object.keys(MODES) as Mode[]).map((m) => (
          <button key={m} type="button" aria-pressed={mode === m} onClick={() => setMode(m)} className={`min-h-11 rounded border px-3 text-sm ${mode === m ? "border-blue-700 bg-blue-50 font-semibold" : "border-gray-300 bg-white"}`}>
            {MODES[m].label}
          </button>
        ))}
      </div>
      <PreviewFrame width={MODES[mode].width} mobile={mode === "mobile"} title={`Xem trước: ${MODES[mode].label}`}>
        {mode === "mobile" ? (
          <MobileArticlePage article={view} rails={NO_RAILS} othersMore={null} />
        ) : (
          <main className="mx-auto max-w-6xl px-4 py-4">
            <ArticleView article={view} />
          </main>
        )}
      </PreviewFrame>
    </section>
  );
}

/**
 * A frame of a reader's screen width, scaled down to the space it has, whose document gets the
 * site's stylesheets (or the mobile edition's own) and the preview rendered into it by a portal.
 * Links inside do not navigate away from the editor.
 */
function PreviewFrame({ width, mobile, title, children }: { width: number; mobile: boolean; title: string; children: ReactNode }) {
  const frame = useRef<HTMLIFrameElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const [body, setBody] = useState<HTMLElement | null>(null);
  const [scale, setScale] = useState(1);
  const [height, setHeight] = useState(800);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setScale(Math.min(1, element.clientWidth / width)));
    observer.observe(element);
    return () => observer.disconnect();
  }, [width]);

  // (Re)build the frame's document for the chosen edition.
  useEffect(() => {
    const doc = frame.current?.contentDocument;
    if (!doc) return;
    doc.open();
    doc.write('<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><base target="_blank"></head><body></body></html>');
    doc.close();
    if (mobile) {
      const style = doc.createElement("style");
      style.textContent = MOBILE_CSS;
      doc.head.append(style);
    } else {
      for (const sheet of document.querySelectorAll('link[rel="stylesheet"], style')) doc.head.append(sheet.cloneNode(true));
    }
    doc.addEventListener("click", (e) => {
      if ((e.target as Element).closest("a")) e.preventDefault();
    });
    setBody(doc.body);
    const observer = new ResizeObserver(() => setHeight(Math.max(400, doc.documentElement.scrollHeight)));
    observer.observe(doc.body);
    return () => observer.disconnect();
  }, [mobile]);

  return (
    <div ref={box} className="max-h-[80vh] w-full overflow-y-auto rounded border border-gray-300 bg-gray-100 [contain:inline-size]">
      <div style={{ height: height * scale, overflow: "hidden" }}>
        <iframe
          ref={frame}
          title={title}
          data-preview-frame={mobile ? "mobile" : "site"}
          style={{ width, height, transform: `scale(${scale})`, transformOrigin: "0 0", border: 0, background: "#fff" }}
        />
      </div>
      {body && createPortal(children, body)}
    </div>
  );
}
