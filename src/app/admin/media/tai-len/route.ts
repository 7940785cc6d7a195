import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { isCleanText } from "@/content/routing/params";
import { MAX_UPLOAD_BYTES, uploadImage, UploadError } from "@/content/media/upload";
import { mediaUrl } from "@/content/media/responsive-image";
import { variantKey } from "@/content/media/keys";
import { currentUser } from "@/newsroom/auth/request";
import { can } from "@/newsroom/permissions";

/** The text fields beside the file: plain text (no NUL or other control characters), or absent. */
const textField = z.string().refine(isCleanText).nullable();
const fieldsSchema = z.object({ alt: textField, caption: textField, credit: textField });

/** Room for the multipart boundaries and the text fields besides the file. */
const FORM_OVERHEAD_BYTES = 64 * 1024;

function sameOrigin(request: NextRequest): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  try {
    return new URL(origin).host === request.headers.get("host");
  } catch {
    return false; // "null" (sandboxed frames, file:) or garbage
  }
}

/** POST multipart (file, alt, caption, credit) → the new media item. Same-origin, media.upload only. */
export async function POST(request: NextRequest) {
  if (!sameOrigin(request)) return NextResponse.json({ error: "Yêu cầu không hợp lệ." }, { status: 403 });
  const user = await currentUser();
  if (!user) return NextResponse.json({ error: "Vui lòng đăng nhập." }, { status: 401 });
  if (!can(user.role, "media.upload")) return NextResponse.json({ error: "Bạn không có quyền tải ảnh." }, { status: 403 });
  // Refuse an oversized body before reading it (the form is buffered in memory).
  if (Number(request.headers.get("content-length") ?? 0) > MAX_UPLOAD_BYTES + FORM_OVERHEAD_BYTES) {
    return NextResponse.json({ error: `Ảnh quá lớn (tối đa ${MAX_UPLOAD_BYTES / 1024 / 1024} MB).` }, { status: 413 });
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return NextResponse.json({ error: "Dữ liệu tải lên không hợp lệ." }, { status: 400 });
  }
  const file = form.get("file");
  if (!(file instanceof File)) return NextResponse.json({ error: "Vui lòng chọn một ảnh." }, { status: 400 });
  const fields = fieldsSchema.safeParse({ alt: form.get("alt"), caption: form.get("caption"), credit: form.get("credit") });
  if (!fields.success) return NextResponse.json({ error: "Mô tả, chú thích hoặc nguồn ảnh không hợp lệ." }, { status: 400 });
  try {
    const media = await uploadImage(
      { bytes: Buffer.from(await file.arrayBuffer()), name: file.name },
      { alt: fields.data.alt ?? "", caption: fields.data.caption ?? "", credit: fields.data.credit ?? "", uploadedById: user.id },
    );
    return NextResponse.json({ ...media, preview: mediaUrl(variantKey(media.fileKey, media.variants[0] ?? 320)) }, { status: 201 });
  } catch (error) {
    if (error instanceof UploadError) return NextResponse.json({ error: error.message }, { status: error.status });
    throw error;
  }
}
