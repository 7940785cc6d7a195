import { connection } from "next/server";
import { listArticlesHandler } from "@/api/v1/handlers";
import { preflight } from "@/api/v1/http";

/** GET /api/v1/articles (src/api/v1/handlers.ts). */
export async function GET(request: Request) {
  await connection();
  return listArticlesHandler(request);
}
export const HEAD = GET;
/** CORS preflight (API_CORS_ORIGINS). */
export function OPTIONS(request: Request) {
  return preflight(request);
}
