import { connection } from "next/server";
import { createElement } from "react";
import { MobileListPage } from "@/components/mobile/mobile-pages";
import { renderMobile } from "@/components/mobile/render-mobile";
import { getHomeSections } from "@/content/article/lists";
import { getHomeFeed } from "@/content/article/queries";
import { absoluteUrl, SITE_DESCRIPTION } from "@/content/site/config";

/** Mobile edition home. */
export async function GET() {
  await connection();
  const [{ lead, latest }, sections] = await Promise.all([getHomeFeed(8), getHomeSections(3)]);
  return renderMobile(
    { title: "Tin tức Thủ đô", description: SITE_DESCRIPTION, canonical: absoluteUrl("/"), desktopPath: "/" },
    createElement(MobileListPage, {
      lead,
      items: latest,
      more: null,
      sections: sections.map((s) => ({ title: s.category.name, href: `/m/chuyen-muc/${s.category.slug}`, items: s.items })),
    }),
  );
}
