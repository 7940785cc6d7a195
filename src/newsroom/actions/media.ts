"use server";

import { revalidatePath, updateTag } from "next/cache";
import { tagsOfArticlesShowingMedia } from "@/content/article/commands";
import { z } from "zod";
import { prisma } from "@/db/client";
import { deleteMedia, UploadError } from "@/content/media/upload";
import { guardedAction, invalid } from "@/newsroom/auth/guarded-action";
import { formId, positiveId, searchText } from "@/content/routing/params";
import { searchMedia } from "@/newsroom/media/queries";

const mediaDefaultsSchema = z.object({
  id: positiveId("Ảnh không hợp lệ."),
  alt: z.string().trim().min(1, "Vui lòng nhập mô tả ảnh (alt).").max(500, "Mô tả ảnh quá dài."),
  caption: z.string().trim().max(1000, "Chú thích quá dài.").optional(),
  credit: z.string().trim().max(200, "Nguồn ảnh quá dài.").optional(),
  focalX: z.coerce.number().min(0, "Điểm lấy nét từ 0 đến 1.").max(1, "Điểm lấy nét từ 0 đến 1."),
  focalY: z.coerce.number().min(0, "Điểm lấy nét từ 0 đến 1.").max(1, "Điểm lấy nét từ 0 đến 1."),
});

/** Prisma's "record to update/delete does not exist" (the id was well-formed but unknown). */
const isMissingRecord = (error: unknown) => typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2025";
const MISSING = { ok: false, message: "Không tìm thấy ảnh." };

/** Library defaults of a photo (each article can still set its own caption and credit). */
export const updateMediaAction = guardedAction("media.manage", async (_actor, formData) => {
  const parsed = mediaDefaultsSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  const { id, ...data } = parsed.data;
  try {
    await prisma().media.update({ where: { id }, data: { ...data, caption: data.caption || null, credit: data.credit || null } });
  } catch (error) {
    if (isMissingRecord(error)) return MISSING;
    throw error;
  }
  // Articles showing the photo use the library's alt (and caption/credit unless they set their own).
  for (const tag of await tagsOfArticlesShowingMedia(id)) updateTag(tag);
  revalidatePath("/admin/anh");
  return { ok: true, message: "Đã lưu thông tin ảnh." };
});

export const deleteMediaAction = guardedAction("media.manage", async (_actor, formData) => {
  const id = formId(formData.get("id"));
  if (!id) return { ok: false, message: "Ảnh không hợp lệ." };
  try {
    await deleteMedia(id);
  } catch (error) {
    if (error instanceof UploadError) return { ok: false, message: error.message };
    if (isMissingRecord(error)) return MISSING;
    throw error;
  }
  revalidatePath("/admin/anh");
  return { ok: true, message: "Đã xóa ảnh." };
});

/** How many photos the editor's library picker shows at once. */
const PICKER_SIZE = 48;
const mediaSearchSchema = z.object({ q: searchText(100) });

/** The editor's library picker: photos matching caption, alt or file name (also as typed in articles), newest first. */
export const searchMediaAction = guardedAction("media.upload", async (_actor, formData) => {
  const parsed = mediaSearchSchema.safeParse({ q: formData.get("q") ?? undefined });
  if (!parsed.success) return invalid(parsed.error, formData);
  const items = (await searchMedia(parsed.data.q, PICKER_SIZE)).map(({ id, fileKey, alt, caption, credit, variants }) => ({ id, fileKey, alt, caption, credit, variants }));
  return { ok: true, result: { items: JSON.stringify(items) } };
});
