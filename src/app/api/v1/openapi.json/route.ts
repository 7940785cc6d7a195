import { openApiHandler } from "@/api/v1/handlers";
import { apiRoute } from "@/api/v1/route";

/** GET /api/v1/openapi.json: the OpenAPI 3.1 document generated from the zod schemas. */
export const { GET, HEAD, OPTIONS } = apiRoute(openApiHandler);
