import { timingSafeEqual } from "node:crypto";
import { revalidateTag } from "next/cache";
import { NextResponse, type NextRequest } from "next/server";
import { publishDue } from "@/content/article/commands";
import { forgetSlugStatus } from "@/content/routing/slug-status";

/** Called by this process's scheduler clock (src/instrumentation.ts) only. */
export async function POST(request: NextRequest) {
  const secret = (globalThis as unknown as { __schedulerSecret?: string }).__schedulerSecret;
  // Compared as bytes: a header of Latin-1 characters has as many characters as the secret
  // but more UTF-8 bytes, and timingSafeEqual throws (a 500) on buffers of different lengths.
  const given = Buffer.from(request.headers.get("x-scheduler-secret") ?? "");
  if (!secret || given.length !== Buffer.byteLength(secret) || !timingSafeEqual(given, Buffer.from(secret))) {
    return NextResponse.json({ error: "Không có quyền." }, { status: 403 });
  }
  const published = await publishDue();
  for (const item of published) for (const tag of item.tags) revalidateTag(tag, { expire: 0 });
  if (published.length) forgetSlugStatus();
  return NextResponse.json({ published: published.map((p) => p.id) });
}
