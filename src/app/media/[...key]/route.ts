import fs from "node:fs/promises";
import { isSafeKey, mediaPath } from "@/content/media/storage";

const TYPES: Record<string, string> = { jpg: "image/jpeg", jpeg: "image/jpeg", png: "image/png", webp: "image/webp", avif: "image/avif" };

/** Serves stored media files; keys are content-addressed per upload, so they are immutable. */
export async function GET(_request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const key = (await params).key.join("/");
  const ext = key.split(".").pop() ?? "";
  if (!isSafeKey(key) || !TYPES[ext]) return new Response("Không tìm thấy tệp.", { status: 404 });
  try {
    const file = await fs.readFile(mediaPath(key));
    return new Response(new Uint8Array(file), {
      headers: {
        "Content-Type": TYPES[ext],
        "Content-Length": String(file.length),
        "Cache-Control": "public, max-age=31536000, immutable",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch {
    return new Response("Không tìm thấy tệp.", { status: 404 });
  }
}
