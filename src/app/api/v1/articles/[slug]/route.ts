import { connection } from "next/server";
import { articleHandler } from "@/api/v1/handlers";
import { preflight } from "@/api/v1/http";

/** GET /api/v1/articles/{slug} (src/api/v1/handlers.ts). */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  await connection();
  return articleHandler(request, (await params).slug);
}
export const HEAD = GET;
/** CORS preflight (API_CORS_ORIGINS). */
export function OPTIONS(request: Request) {
  return preflight(request);
}
