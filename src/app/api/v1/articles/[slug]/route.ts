import { articleHandler } from "@/api/v1/handlers";
import { apiRoute } from "@/api/v1/route";

/** GET /api/v1/articles/{slug} (src/api/v1/handlers.ts). */
export const { GET, HEAD, OPTIONS } = apiRoute(async (request, { params }: { params: Promise<{ slug: string }> }) =>
  articleHandler(request, (await params).slug),
);
