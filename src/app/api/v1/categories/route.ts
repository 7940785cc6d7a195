import { categoriesHandler } from "@/api/v1/handlers";
import { apiRoute } from "@/api/v1/route";

/** GET /api/v1/categories (src/api/v1/handlers.ts). */
export const { GET, HEAD, OPTIONS } = apiRoute(categoriesHandler);
