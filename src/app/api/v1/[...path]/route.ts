import { unknownPathHandler } from "@/api/v1/handlers";
import { apiRoute } from "@/api/v1/route";

/** Any other path under /api/v1: a JSON 404 rather than the site's HTML page. */
export const { GET, HEAD, OPTIONS } = apiRoute(unknownPathHandler);
