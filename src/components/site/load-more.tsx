import { headers } from "next/headers";

/**
 * "Xem thêm": a plain link to the next page (works without JavaScript). With JavaScript it
 * fetches that page and appends the items of its list `sourceId` to the list `listId` in
 * place, then follows that page's own "Xem thêm" link.
 *
 * An island, not a client component: reader pages are stored without React's runtime and
 * flight payload (src/platform/page-cache/reader-html.ts keeps only `data-island` scripts), so
 * the behaviour is this small inline script, the same for every page (one CSP hash). On a
 * page Next serves itself (next dev, the newsroom's preview) it carries the request's nonce.
 */
export async function LoadMore({ href, listId, sourceId = listId }: { href: string; listId: string; sourceId?: string }) {
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <p className="mt-4 text-center">
      <a
        href={href}
        aria-busy="false"
        data-list={listId}
        data-source={sourceId}
        className="inline-flex min-h-11 items-center rounded border border-gray-300 px-6 font-semibold hover:border-brand hover:text-brand"
      >
        Xem thêm
      </a>
      <script data-island="load-more" nonce={nonce} dangerouslySetInnerHTML={{ __html: LOAD_MORE_SCRIPT }} />
    </p>
  );
}

/** Wires every "Xem thêm" link not yet wired; marks it `data-hydrated` when ready. */
export const LOAD_MORE_SCRIPT = `(()=>{for(const a of document.querySelectorAll("a[data-list]:not([data-hydrated])")){let busy=false;const p=a.parentElement;a.addEventListener("click",async(e)=>{if(e.metaKey||e.ctrlKey||e.shiftKey||busy)return;e.preventDefault();busy=true;a.setAttribute("aria-busy","true");a.textContent="Đang tải…";let done=false;try{const r=await fetch(a.href,{headers:{Accept:"text/html"}});if(!r.ok)throw new Error(String(r.status));const doc=new DOMParser().parseFromString(await r.text(),"text/html");const from=doc.getElementById(a.dataset.source),list=document.getElementById(a.dataset.list);if(!from||!list)throw new Error("list not found");list.append(...Array.from(from.children,(c)=>document.importNode(c,true)));const more=doc.querySelector('[data-load-more="'+a.dataset.source+'"] a');p.querySelector("[role=alert]")?.remove();if(more)a.setAttribute("href",more.getAttribute("href"));else done=true}catch{if(!p.querySelector("[role=alert]")){const s=document.createElement("span");s.setAttribute("role","alert");s.className="ml-3 text-sm text-red-700";s.textContent="Không tải được, vui lòng thử lại.";p.append(s)}}finally{busy=false;a.setAttribute("aria-busy","false");a.textContent="Xem thêm";if(done)p.remove()}});a.dataset.hydrated="true"}})()`;
