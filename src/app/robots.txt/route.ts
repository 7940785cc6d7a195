import { connection } from "next/server";
import { absoluteUrl } from "@/content/site/config";

export async function GET() {
  await connection();
  const body = ["User-agent: *", "Allow: /", "Disallow: /admin", "Disallow: /tim-kiem", "Disallow: /m/tim-kiem", "", `Sitemap: ${absoluteUrl("/sitemap.xml")}`, ""].join("\n");
  return new Response(body, { headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=3600" } });
}
