import { recordView } from "@/content/article/view-counter";
import { parseOrUndefined, slugParam } from "@/content/routing/params";

/**
 * The view beacon: a 1×1 image every article page loads (no JavaScript needed, so the
 * mobile edition counts too), never cached, so each reader's view is counted even when the
 * page itself came from a cache.
 */
const PIXEL = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = parseOrUndefined(slugParam, (await params).slug);
  const counted = slug !== undefined && recordView(slug);
  return new Response(counted ? PIXEL : null, {
    status: counted ? 200 : 404,
    headers: { "Content-Type": "image/gif", "Cache-Control": "no-store, max-age=0", "X-Robots-Tag": "noindex" },
  });
}
