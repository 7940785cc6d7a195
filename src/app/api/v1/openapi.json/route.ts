import { connection } from "next/server";
import { openApiHandler } from "@/api/v1/handlers";
import { preflight } from "@/api/v1/http";

/** GET /api/v1/openapi.json: the OpenAPI 3.1 document generated from the zod schemas. */
export async function GET(request: Request) {
  await connection();
  return openApiHandler(request);
}
export const HEAD = GET;
/** CORS preflight (API_CORS_ORIGINS). */
export function OPTIONS(request: Request) {
  return preflight(request);
}
