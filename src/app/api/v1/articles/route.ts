import { listArticlesHandler } from "@/api/v1/handlers";
import { apiRoute } from "@/api/v1/route";

/** GET /api/v1/articles (src/api/v1/handlers.ts). */
export const { GET, HEAD, OPTIONS } = apiRoute(listArticlesHandler);
