"use client";

import { useRouter } from "next/navigation";
import { UploadField } from "./article-editor/image-picker";

/** Upload into the library from the library page; the list refreshes afterwards. */
export function MediaUploader() {
  const router = useRouter();
  return (
    <fieldset className="rounded border border-gray-200 bg-white p-3">
      <legend className="px-1 text-sm font-semibold">Tải ảnh mới vào thư viện</legend>
      <UploadField onUploaded={() => router.refresh()} />
    </fieldset>
  );
}
