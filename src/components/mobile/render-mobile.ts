import { createElement, type ReactElement } from "react";
import { getNavigation } from "@/content/category/queries";
import { MobileDocument, type MobileHead } from "./mobile-document";

/**
 * Renders a mobile-edition page to a complete HTML response with react-dom/server,
 * outside Next's client runtime: the page ships no JavaScript at all. (Next forbids a
 * static import of react-dom/server in app code, hence the runtime import.)
 */
export async function renderMobile(head: MobileHead, body: ReactElement, status = 200, cacheControl = "public, max-age=0, must-revalidate"): Promise<Response> {
  const { renderToStaticMarkup } = (await import(
    /* turbopackIgnore: true */ "react-dom/server"
  )) as typeof import("react-dom/server");
  const navigation = await getNavigation();
  const html = "<!DOCTYPE html>" + renderToStaticMarkup(createElement(MobileDocument, { head, navigation }, body));
  return new Response(html, {
    status,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": cacheControl,
    },
  });
}
