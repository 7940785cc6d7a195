"use client";

import { useRouter } from "next/navigation";
import { ImagePicker } from "./article-editor/image-picker";

/** Upload into the library from the library page; the list refreshes afterwards. */
export function MediaUploader() {
  const router = useRouter();
  return <ImagePicker label="Tải ảnh mới vào thư viện" media={[]} value={null} onChange={() => undefined} onUploaded={() => router.refresh()} />;
}
