import { timingSafeEqual } from "node:crypto";
import { revalidateTag } from "next/cache";
import { NextResponse, type NextRequest } from "next/server";
import { publishDue } from "@/content/article/commands";
import { forgetSlugStatus } from "@/content/routing/slug-status";

/** Called by this process's scheduler clock (src/instrumentation.ts) only. */
export async function POST(request: NextRequest) {
  const secret = (globalThis as unknown as { __schedulerSecret?: string }).__schedulerSecret;
  const given = request.headers.get("x-scheduler-secret") ?? "";
  if (!secret || given.length !== secret.length || !timingSafeEqual(Buffer.from(given), Buffer.from(secret))) {
    return NextResponse.json({ error: "Không có quyền." }, { status: 403 });
  }
  const published = await publishDue();
  for (const item of published) for (const tag of item.tags) revalidateTag(tag, { expire: 0 });
  if (published.length) forgetSlugStatus();
  return NextResponse.json({ published: published.map((p) => p.id) });
}
