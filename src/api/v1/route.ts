import { connection } from "next/server";
import { preflight } from "./http";

/**
 * The exports of a route file under src/app/api/v1/: GET (and HEAD, the same) render at request
 * time (`connection()`) and call `handle`; OPTIONS answers the CORS preflight (API_CORS_ORIGINS).
 */
export function apiRoute<Context = unknown>(handle: (request: Request, context: Context) => Promise<Response>) {
  async function GET(request: Request, context: Context): Promise<Response> {
    await connection();
    return handle(request, context);
  }
  return { GET, HEAD: GET, OPTIONS: (request: Request) => preflight(request) };
}
