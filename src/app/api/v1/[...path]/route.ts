import { connection } from "next/server";
import { unknownPathHandler } from "@/api/v1/handlers";
import { preflight } from "@/api/v1/http";

/** Any other path under /api/v1: a JSON 404 rather than the site's HTML page. */
export async function GET(request: Request) {
  await connection();
  return unknownPathHandler(request);
}
export const HEAD = GET;
/** CORS preflight (API_CORS_ORIGINS). */
export function OPTIONS(request: Request) {
  return preflight(request);
}
