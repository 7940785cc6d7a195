import { NextResponse, type NextRequest } from "next/server";
import { uploadImage, UploadError } from "@/content/media/upload";
import { mediaUrl } from "@/content/media/responsive-image";
import { variantKey } from "@/content/media/keys";
import { currentUser } from "@/newsroom/auth/request";
import { can } from "@/newsroom/permissions";

/** POST multipart (file, alt, caption, credit) → the new media item. Same-origin, media.upload only. */
export async function POST(request: NextRequest) {
  const origin = request.headers.get("origin");
  if (!origin || new URL(origin).host !== request.headers.get("host")) {
    return NextResponse.json({ error: "Yêu cầu không hợp lệ." }, { status: 403 });
  }
  const user = await currentUser();
  if (!user) return NextResponse.json({ error: "Vui lòng đăng nhập." }, { status: 401 });
  if (!can(user.role, "media.upload")) return NextResponse.json({ error: "Bạn không có quyền tải ảnh." }, { status: 403 });
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return NextResponse.json({ error: "Dữ liệu tải lên không hợp lệ." }, { status: 400 });
  }
  const file = form.get("file");
  if (!(file instanceof File)) return NextResponse.json({ error: "Vui lòng chọn một ảnh." }, { status: 400 });
  try {
    const media = await uploadImage(
      { bytes: Buffer.from(await file.arrayBuffer()), name: file.name },
      { alt: String(form.get("alt") ?? ""), caption: String(form.get("caption") ?? ""), credit: String(form.get("credit") ?? ""), uploadedById: user.id },
    );
    return NextResponse.json({ ...media, preview: mediaUrl(variantKey(media.fileKey, media.variants[0] ?? 320)) }, { status: 201 });
  } catch (error) {
    if (error instanceof UploadError) return NextResponse.json({ error: error.message }, { status: error.status });
    throw error;
  }
}
