import { connection } from "next/server";
import { categoriesHandler } from "@/api/v1/handlers";
import { preflight } from "@/api/v1/http";

/** GET /api/v1/categories (src/api/v1/handlers.ts). */
export async function GET(request: Request) {
  await connection();
  return categoriesHandler(request);
}
export const HEAD = GET;
/** CORS preflight (API_CORS_ORIGINS). */
export function OPTIONS(request: Request) {
  return preflight(request);
}
