import { connection } from "next/server";
import { feedItems } from "@/content/feeds/queries";
import { rssDocument } from "@/content/feeds/rss";
import { xmlResponse } from "@/content/feeds/xml";
import { absoluteUrl, SITE_DESCRIPTION, SITE_NAME } from "@/content/site/config";

/** RSS 2.0 of the whole site. */
export async function GET() {
  await connection();
  const items = await feedItems();
  return xmlResponse(
    rssDocument({ title: SITE_NAME, link: absoluteUrl("/"), description: SITE_DESCRIPTION, self: absoluteUrl("/rss.xml") }, items),
    "application/rss+xml",
  );
}
